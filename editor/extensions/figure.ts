import { Node, mergeAttributes } from "@tiptap/core";
import { LIMITS } from "@/lib/schemas/limits";

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
