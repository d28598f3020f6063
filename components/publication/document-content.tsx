import "server-only";
import { createElement, type ReactNode } from "react";
import type { JSONContent } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import { assetSrc, editorExtensions } from "@/editor/extensions";
import { editorSchema } from "@/editor/document";
import { headingId } from "@/lib/document-outline";
import { LIMITS } from "@/lib/schemas/limits";

export type DocumentContentProps = {
  /** A section's editor JSON (editor/extensions). */
  content: JSONContent;
  /** Prefix of the headings' anchors (lib/document-outline.ts): the stage's slug. */
  anchorPrefix: string;
  /**
   * Where the reader loads an uploaded image from, given its asset id: the
   * publication's own asset route, so an image is readable exactly as long as
   * the publication is, and only through it.
   */
  assetUrl: (assetId: string) => string;
  /**
   * For content that never changes (a publication's): a key naming it and
   * its image URLs, under which the rendered elements are kept and reused.
   * Omit it for live content.
   */
  cacheKey?: string;
};

/** Rendered publications, newest last; React elements are immutable, so any request may reuse them. */
const rendered = new Map<string, ReactNode>();
const RENDERED_MAX = 200;

/**
 * A document rendered on the server (renderDocument), from the cache when it
 * is immutable: a publication is rendered once per process, not per reader.
 */
export function DocumentContent({ cacheKey, ...props }: DocumentContentProps) {
  if (!cacheKey) return renderDocument(props);
  const cached = rendered.get(cacheKey);
  if (cached !== undefined) return cached;
  const element = renderDocument(props);
  rendered.set(cacheKey, element);
  if (rendered.size > RENDERED_MAX) rendered.delete(rendered.keys().next().value ?? "");
  return element;
}

/**
 * A document rendered on the server with the one editor schema, as React
 * elements: every text, attribute and URL goes through the schema's own
 * renderHTML (links without a safe scheme lose their href) and React's
 * escaping, so nothing a client wrote into the shared document can become
 * markup or script. No editor code reaches the browser.
 */
function renderDocument({ content, anchorPrefix, assetUrl }: DocumentContentProps): ReactNode {
  let headings = 0;
  try {
    return renderToReactElement({
      extensions: editorExtensions(),
      // A node of the schema built once (editor/document.ts): given JSON, the
      // renderer would build the whole schema again for every document.
      content: Node.fromJSON(editorSchema(), content),
      options: {
        nodeMapping: {
          // The page's title is its h1 and each part's name an h2, so a part's
          // own headings move two levels down (h1 → h3); data-level keeps their look.
          // data-part (the template part it introduces) lets the reader style the
          // press release as one: the headline's text as a headline.
          heading: ({ node, children }) => {
            const level = Math.min(Math.max(Number(node.attrs.level) || 1, 1), 3);
            const id = headingId(anchorPrefix, headings++);
            const part = templatePart(node.attrs.part);
            return createElement(
              `h${level + 2}`,
              { id, "data-level": level, "data-part": part },
              children as ReactNode,
            );
          },
          faqQuestion: ({ children }) => <h6 data-type="faq-question">{children as ReactNode}</h6>,
          figure: ({ node, children }) => {
            const src = assetSrc(node.attrs.src);
            const assetId = src?.slice("/api/assets/".length);
            const alt = typeof node.attrs.alt === "string" ? node.attrs.alt : "";
            return (
              <figure data-type="figure">
                {assetId ? (
                  // Server-rendered from the snapshot; next/image would add client code.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img
                    src={assetUrl(assetId)}
                    alt={alt.slice(0, LIMITS.altTextMax)}
                    loading="lazy"
                  />
                ) : null}
                <figcaption>{children as ReactNode}</figcaption>
              </figure>
            );
          },
        },
      },
    });
  } catch {
    // Only a document that does not fit the schema gets here (stored by an
    // older version, say): say so rather than failing the whole page.
    return <p className="text-muted-foreground italic">This part could not be displayed.</p>;
  }
}

/** A heading's template part id ("headline") when it has one of that shape; anything else is dropped. */
function templatePart(part: unknown): string | undefined {
  return typeof part === "string" && /^[a-z][a-z-]{0,39}$/.test(part) ? part : undefined;
}
