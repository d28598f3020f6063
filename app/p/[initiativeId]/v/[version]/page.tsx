import type { Metadata } from "next";
import {
  MemberReaderPage,
  memberReaderMetadata,
} from "@/components/publication/member-reader-page";

type Props = PageProps<"/p/[initiativeId]/v/[version]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return memberReaderMetadata(await params);
}

/** One version of an initiative's publications, for members of its workspace. */
export default async function PublicationVersionPage({ params }: Props) {
  return <MemberReaderPage {...await params} />;
}
