import "server-only";
import type { JSONContent } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import {
  renderToHTMLString,
  serializeAttrsToHTMLString,
  serializeChildrenToHTMLString,
} from "@tiptap/static-renderer/pm/html-string";
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
   * its image URLs, under which the rendered HTML is kept and reused.
   * Omit it for live content.
   */
  cacheKey?: string;
  /** The class of the element that holds the document. */
  className?: string;
};

/** Rendered publications, oldest first: a publication never changes, so its HTML never goes stale. */
const rendered = new Map<string, string>();
const RENDERED_MAX = 200;

/**
 * A document rendered on the server as static HTML, from the cache when it
 * is immutable: a publication is rendered once per process, not per reader,
 * and a page carries it as one string rather than a tree of elements to
 * serialise for every request (docs/benchmarks.md, "Reader").
 */
export function DocumentContent({ cacheKey, className, ...props }: DocumentContentProps) {
  let html = cacheKey ? rendered.get(cacheKey) : undefined;
  if (html === undefined) {
    html = documentHtml(props);
    if (cacheKey) {
      rendered.set(cacheKey, html);
      if (rendered.size > RENDERED_MAX) rendered.delete(rendered.keys().next().value ?? "");
    }
  }
  // The HTML comes only from the schema: every node and mark is drawn by its
  // extension's renderHTML (links without a safe scheme lose their href;
  // attributes no extension defines are dropped when the JSON is read into
  // the schema) or by the mappings below, and the renderer escapes every text
  // and attribute value. Nothing a client wrote into the shared document can
  // become markup or script (components/publication/readable-document.test.ts).
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The document as HTML with the one editor schema. No editor code reaches the browser. */
export function documentHtml({
  content,
  anchorPrefix,
  assetUrl,
}: Pick<DocumentContentProps, "content" | "anchorPrefix" | "assetUrl">): string {
  let headings = 0;
  try {
    return renderToHTMLString({
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
            const attrs = serializeAttrsToHTMLString({
              id: headingId(anchorPrefix, headings++),
              "data-level": level,
              "data-part": templatePart(node.attrs.part),
            });
            return `<h${level + 2}${attrs}>${serializeChildrenToHTMLString(children)}</h${level + 2}>`;
          },
          faqQuestion: ({ children }) =>
            `<h6 data-type="faq-question">${serializeChildrenToHTMLString(children)}</h6>`,
          figure: ({ node, children }) => {
            const src = assetSrc(node.attrs.src);
            const assetId = src?.slice("/api/assets/".length);
            const alt = typeof node.attrs.alt === "string" ? node.attrs.alt : "";
            const img = assetId
              ? `<img${serializeAttrsToHTMLString({
                  src: assetUrl(assetId),
                  alt: alt.slice(0, LIMITS.altTextMax),
                  loading: "lazy",
                })}>`
              : "";
            return `<figure data-type="figure">${img}<figcaption>${serializeChildrenToHTMLString(children)}</figcaption></figure>`;
          },
        },
      },
    });
  } catch {
    // Only a document that does not fit the schema gets here (stored by an
    // older version, say): say so rather than failing the whole page.
    return '<p class="text-muted-foreground italic">This part could not be displayed.</p>';
  }
}

/** A heading's template part id ("headline") when it has one of that shape; anything else is dropped. */
function templatePart(part: unknown): string | undefined {
  return typeof part === "string" && /^[a-z][a-z-]{0,39}$/.test(part) ? part : undefined;
}
