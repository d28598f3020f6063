import type { Metadata } from "next";
import { READER_ROBOTS } from "@/lib/publication-metadata";

// The secret is in the URL: never indexed, never sent on as a Referer
// (next.config.ts sends the same as headers).
export const metadata: Metadata = { robots: READER_ROBOTS, referrer: "no-referrer" };

/** The published reader for anyone holding a share link: no account, no app around it. */
export default function ShareReaderLayout({ children }: { children: React.ReactNode }) {
  return <div className="reader-shell">{children}</div>;
}
