import type { Metadata } from "next";
import { ShareReaderPage, shareReaderMetadata } from "@/components/publication/share-reader-page";

type Props = PageProps<"/s/[token]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shareReaderMetadata(await params);
}

/** The latest publication, for anyone holding the share link. */
export default async function SharedPublicationPage({ params }: Props) {
  return <ShareReaderPage {...await params} />;
}
