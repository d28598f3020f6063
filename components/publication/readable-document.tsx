import "server-only";
import type { ReactNode } from "react";
import type { JSONContent } from "@tiptap/core";
import { CUSTOMER_QUESTIONS, type CustomerAnswers } from "@/lib/customer-questions";
import { STAGE_INFO, type Stage } from "@/lib/stages";
import { documentHeadings } from "@/lib/document-outline";
import { DocumentContent } from "./document-content";
import { TableOfContents, type TocEntry } from "./table-of-contents";

/** One stage of the document: its content, and whether it is still a draft. */
export type ReadablePart = {
  stage: Stage;
  /** The stage's editor JSON; null when nothing has been written. */
  content: JSONContent | null;
  /** Set on the document view for stages not complete ("Draft", "Locked"): shown beside the name. */
  draftLabel?: string;
};

export type ReadableDocumentProps = {
  title: string;
  /** Under the title: "Published … · version N", or the document view's state. */
  meta?: ReactNode;
  customer: CustomerAnswers;
  parts: ReadablePart[];
  assetUrl: (assetId: string) => string;
  /** After the last part: feedback, versions. */
  children?: ReactNode;
  /** For a publication, which never changes: keeps its rendered parts (DocumentContent). */
  cacheKey?: string;
};

const CUSTOMER_ID = "customer";

/**
 * A PR/FAQ as one long-form document: the title, a table of contents, the
 * five customer questions, then each stage in order. Server-rendered; the
 * reader pages, the document view and the PDF all use it, with the print
 * stylesheet (app/globals.css, "Reader") laying it out for a meeting.
 */
export function ReadableDocument({
  title,
  meta,
  customer,
  parts,
  assetUrl,
  children,
  cacheKey,
}: ReadableDocumentProps) {
  const answered = CUSTOMER_QUESTIONS.filter((question) => customer[question.field].trim());
  const toc: TocEntry[] = [
    ...(answered.length ? [{ id: CUSTOMER_ID, text: "The customer", level: 1 }] : []),
    ...parts.flatMap((part) => {
      const slug = STAGE_INFO[part.stage].slug;
      return [
        { id: slug, text: STAGE_INFO[part.stage].label, level: 1 },
        ...(part.content ? documentHeadings(slug, part.content) : []).map((heading) => ({
          ...heading,
          level: heading.level + 1,
        })),
      ];
    }),
  ];
  return (
    // The frame: the document lays itself out by the room it is given (globals.css).
    <div className="reader-frame">
      <article className="reader-document">
        <header className="reader-title">
          <h1>{title}</h1>
          {meta ? <div className="reader-meta">{meta}</div> : null}
        </header>
        <TableOfContents entries={toc} />
        {answered.length ? (
          <section
            id={CUSTOMER_ID}
            aria-labelledby={`${CUSTOMER_ID}-title`}
            className="reader-part"
          >
            <h2 id={`${CUSTOMER_ID}-title`}>The customer</h2>
            <dl className="reader-customer">
              {answered.map((question) => (
                <div key={question.field}>
                  <dt>{question.label}</dt>
                  <dd>{customer[question.field]}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        {parts.map((part) => {
          const slug = STAGE_INFO[part.stage].slug;
          return (
            <section
              key={part.stage}
              id={slug}
              aria-labelledby={`${slug}-title`}
              className="reader-part"
              data-stage={part.stage}
            >
              <h2 id={`${slug}-title`}>
                {STAGE_INFO[part.stage].label}
                {part.draftLabel ? <span className="reader-draft">{part.draftLabel}</span> : null}
              </h2>
              {part.content ? (
                <DocumentContent
                  className="foreword-prose reader-prose"
                  content={part.content}
                  anchorPrefix={slug}
                  assetUrl={assetUrl}
                  cacheKey={cacheKey && `${cacheKey}:${part.stage}`}
                />
              ) : (
                <p className="reader-empty">Nothing written yet.</p>
              )}
            </section>
          );
        })}
        {children}
      </article>
    </div>
  );
}
