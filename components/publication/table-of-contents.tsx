import type { DocumentHeading } from "@/lib/document-outline";

/** A table-of-contents line: level 1 for the document's parts, 2–3 for their headings. */
export type TocEntry = DocumentHeading;

/** The document's parts and their headings, as same-page links (no script). */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="Contents" className="reader-toc">
      <h2>Contents</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} data-level={entry.level}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
