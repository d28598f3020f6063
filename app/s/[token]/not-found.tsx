import type { Metadata } from "next";
import { headers } from "next/headers";
import { REQUEST_PATH_HEADER } from "@/lib/request-path";
import { parseSharePath } from "@/lib/publication";
import { shareLinkProblemMetadata } from "@/lib/publication-metadata";
import { shareLinkProblemOf } from "@/components/publication/share-reader-page";
import {
  ShareLinkProblemNotice,
  shareLinkProblemTitle,
  type ShareLinkProblem,
} from "@/components/publication/share-link-problem";
import { ReaderBar } from "@/components/publication/reader-bar";

/**
 * Why the share link in this request's path shows no document. Next.js
 * gives not-found pages no params, so the token comes from the path the
 * proxy passes on (lib/request-path.ts); the lookup is the page's own,
 * cached for the request.
 */
async function problemOfThisRequest(): Promise<{ problem: ShareLinkProblem; token: string }> {
  const shared = parseSharePath((await headers()).get(REQUEST_PATH_HEADER) ?? "");
  const problem = shared ? await shareLinkProblemOf(shared.token, shared.version) : null;
  return { problem: problem ?? { kind: "unknown" }, token: shared?.token ?? "" };
}

export async function generateMetadata(): Promise<Metadata> {
  const { problem } = await problemOfThisRequest();
  return shareLinkProblemMetadata(shareLinkProblemTitle(problem));
}

/** A share link that shows no document, with HTTP 404: revoked, unknown, or a version never published. */
export default async function ShareLinkNotFound() {
  const { problem, token } = await problemOfThisRequest();
  return (
    <>
      <ReaderBar />
      <ShareLinkProblemNotice problem={problem} token={token} />
    </>
  );
}
