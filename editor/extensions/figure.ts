import { Node, mergeAttributes } from "@tiptap/core";
import { LIMITS } from "@/lib/schemas/limits";
import { markdownInlineText } from "./markdown-syntax";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an uploaded image with an (editable) caption. */
      insertFigure: (attrs: { src: string; alt?: string; caption?: string }) => ReturnType;
    };
  }
}

/**
 * An image with a caption: `<figure><img><figcaption>…</figcaption></figure>`.
 * The caption is the node's inline content, so people edit it in place and
 * it merges like any other text; the image is only ever an uploaded asset.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "inline*",
  marks: "bold italic strike link",
  draggable: true,
  isolating: true,
  defining: true,

  addAttributes() {
    return {
      src: {
        default: null,
        // Pasted HTML keeps its caption but loses any image that is not ours.
        parseHTML: (element) => assetSrc(element.querySelector("img")?.getAttribute("src")) ?? null,
      },
      alt: {
        default: "",
        parseHTML: (element) => element.querySelector("img")?.getAttribute("alt") ?? "",
      },
    };
  },

  parseHTML() {
    return [{ tag: "figure", contentElement: "figcaption" }];
  },

  renderHTML({ HTMLAttributes }) {
    const { src, alt, ...rest } = HTMLAttributes as { src?: unknown; alt?: unknown };
    const attrs = mergeAttributes(rest, { "data-type": "figure" });
    // The Yjs document accepts whatever a client sends, so the src is checked
    // again wherever it is drawn: a foreign URL never reaches an <img>.
    const safeSrc = assetSrc(src);
    if (!safeSrc) return ["figure", attrs, ["figcaption", 0]];
    const img = {
      src: safeSrc,
      // Clamped here too: the form limits it, but any client can write the attribute.
      alt: typeof alt === "string" ? alt.slice(0, LIMITS.altTextMax) : "",
      draggable: "false",
      loading: "lazy",
    };
    return ["figure", attrs, ["img", img], ["figcaption", 0]];
  },

  /**
   * `![alt](url)` and the caption in italics below it. Only an image of ours
   * becomes an image (markdownImageSrc); a figure without one keeps its
   * caption.
   */
  renderMarkdown: (node, helpers) => {
    const src = markdownImageSrc(node.attrs?.src);
    const alt =
      typeof node.attrs?.alt === "string" ? node.attrs.alt.slice(0, LIMITS.altTextMax) : "";
    const caption = node.content ? helpers.renderChildren(node.content).trim() : "";
    return [src ? `![${markdownInlineText(alt)}](${src})` : "", caption ? `_${caption}_` : ""]
      .filter(Boolean)
      .join("\n\n");
  },

  addCommands() {
    return {
      insertFigure:
        ({ src, alt = "", caption }) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { src, alt },
            content: caption ? [{ type: "text", text: caption }] : [],
          }),
    };
  },
});

/** Only our own asset URLs may appear as images: no hot-linking, no tracking pixels. */
export const ASSET_URL_PATTERN = /^\/api\/assets\/[A-Za-z0-9_-]+$/;

/** `value` if it is one of our asset URLs, otherwise undefined. */
export function assetSrc(value: unknown): string | undefined {
  return typeof value === "string" && ASSET_URL_PATTERN.test(value) ? value : undefined;
}

/**
 * An image address a figure may carry in Markdown: one of our asset URLs,
 * relative, or absolute as editor/markdown.ts writes them for a downloaded
 * file (`https://app.example/api/assets/<id>`, or a publication's
 * `…/api/publications/<id>/assets/<id>?share=<token>`). Markdown goes to other
 * programs, so it names the app's own address; the exporter builds it from a
 * src that passed assetSrc, never from what the document says.
 */
const EXPORTED_ASSET_PATH =
  /^\/api\/(?:assets\/[A-Za-z0-9_-]+|publications\/[A-Za-z0-9_-]+\/assets\/[A-Za-z0-9_-]+)$/;

/** `value` if a figure may show it in Markdown (see EXPORTED_ASSET_PATH), otherwise undefined. */
export function markdownImageSrc(value: unknown): string | undefined {
  if (assetSrc(value)) return value as string;
  if (typeof value !== "string") return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const plain =
    (url.protocol === "http:" || url.protocol === "https:") &&
    !url.username &&
    !url.password &&
    !url.hash &&
    EXPORTED_ASSET_PATH.test(url.pathname) &&
    (url.search === "" || /^\?share=[A-Za-z0-9_-]{1,64}$/.test(url.search));
  return plain ? url.href : undefined;
}
