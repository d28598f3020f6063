import { HistoryIcon, Link2OffIcon } from "lucide-react";
import { sharePath } from "@/lib/publication";

/** Why a share link shows no document. */
export type ShareLinkProblem =
  | { kind: "revoked" }
  | { kind: "unknown" }
  /** The link is live; the version in the URL was never published. */
  | { kind: "no-version"; version: string };

/** The page's heading (and title) for a problem. */
export function shareLinkProblemTitle(problem: ShareLinkProblem): string {
  switch (problem.kind) {
    case "revoked":
      return "This link was revoked";
    case "unknown":
      return "This link does not work";
    case "no-version":
      return `There is no version ${problem.version} of this document`;
  }
}

/**
 * What someone holding a share link reads when it leads to no document,
 * saying who can help: the page of app/s/[token]/not-found.tsx (HTTP 404).
 * Nothing about the document or its team: a revoked link reveals nothing.
 */
export function ShareLinkProblemNotice({
  problem,
  token,
}: {
  problem: ShareLinkProblem;
  token: string;
}) {
  return (
    <main className="reader-main">
      <div className="reader-problem">
        {problem.kind === "no-version" ? (
          <HistoryIcon aria-hidden className="size-6" />
        ) : (
          <Link2OffIcon aria-hidden className="size-6" />
        )}
        <h1>{shareLinkProblemTitle(problem)}</h1>
        {problem.kind === "revoked" ? (
          <p>
            The person who shared this document has turned the link off, so it no longer opens
            anything. If you still need to read it, ask them for a new link: the owners of their
            Foreword workspace can make one in a moment.
          </p>
        ) : problem.kind === "unknown" ? (
          <p>
            No shared document is at this address. Check that you copied the whole link, or ask the
            person who sent it to you for a new one.
          </p>
        ) : (
          <p>
            The link works, but this document has no such version.{" "}
            <a href={sharePath(token)}>Read the latest version</a>.
          </p>
        )}
      </div>
    </main>
  );
}
