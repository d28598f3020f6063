import type { Metadata } from "next";
import { READER_ROBOTS } from "@/lib/publication-metadata";

export const metadata: Metadata = { robots: READER_ROBOTS };

/**
 * The published reader for workspace members: its own quiet page, outside
 * the app's shell (no sidebar, bell or live events), so it ships almost no
 * script. Signing in is checked by the proxy and again by each page.
 */
export default function MemberReaderLayout({ children }: { children: React.ReactNode }) {
  return <div className="reader-shell">{children}</div>;
}
