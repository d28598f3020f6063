import type { Metadata } from "next";
import {
  MemberReaderPage,
  memberReaderMetadata,
} from "@/components/publication/member-reader-page";

type Props = PageProps<"/p/[initiativeId]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return memberReaderMetadata(await params);
}

/** An initiative's latest publication, for members of its workspace. */
export default async function LatestPublicationPage({ params }: Props) {
  return <MemberReaderPage {...await params} />;
}
