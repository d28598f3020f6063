import type { Metadata } from "next";
import { headers } from "next/headers";
import { REQUEST_PATH_HEADER } from "@/lib/request-path";
import { parseSharePath } from "@/lib/publication";
import {
  shareLinkProblemHead,
  shareLinkProblemOf,
} from "@/components/publication/share-reader-page";
import { ShareLinkProblemNotice } from "@/components/publication/share-link-problem";
import { ReaderBar } from "@/components/publication/reader-bar";

/**
 * The share link this request is for. Next.js gives not-found pages no
 * params, so it comes from the path the proxy passes on (lib/request-path.ts).
 */
async function requestedLink() {
  const shared = parseSharePath((await headers()).get(REQUEST_PATH_HEADER) ?? "");
  return { token: shared?.token ?? "", version: shared?.version };
}

export async function generateMetadata(): Promise<Metadata> {
  const { token, version } = await requestedLink();
  return shareLinkProblemHead(token, version);
}

/**
 * A share link that shows no document, with HTTP 404: revoked, unknown, or a
 * version never published. The lookup is the page's own, cached for the request.
 */
export default async function ShareLinkNotFound() {
  const { token, version } = await requestedLink();
  const problem = (await shareLinkProblemOf(token, version)) ?? { kind: "unknown" as const };
  return (
    <>
      <ReaderBar />
      <ShareLinkProblemNotice problem={problem} token={token} />
    </>
  );
}
