import type { Metadata } from "next";
import { ShareReaderPage, shareReaderMetadata } from "@/components/publication/share-reader-page";

type Props = PageProps<"/s/[token]/v/[version]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shareReaderMetadata(await params);
}

/** One version of the publications, for anyone holding the share link. */
export default async function SharedPublicationVersionPage({ params }: Props) {
  return <ShareReaderPage {...await params} />;
}
