/**
 * The mockups' checklist: at least one image, and every image with a caption
 * and alt text.
 *
 * An image is a `figure` whose `src` is one of our asset URLs (`assetSrc`); a
 * figure without one (a pasted picture from elsewhere, dropped by the schema)
 * shows only its caption, so it is not an image and is not counted. Figures are
 * top-level blocks as the editor inserts them, but one inside a list, table or
 * blockquote counts too; anchors point at the top-level block that holds it.
 * Captions and alt text fail while there is no image, so an untouched template
 * passes no item.
 */
import type { JSONContent } from "@tiptap/core";
import { assetSrc } from "@/editor/extensions";
import { descendants, findParts, outline, partAnchor, textOf, type PartSpec } from "./outline";
import { plural, result } from "./result";
import type { CheckAnchor, CheckResult, StageChecks } from "./types";

const PARTS = [
  {
    id: "screens",
    names: /\b(?:screens?|mock-?ups?|sketch(?:es)?|wireframes?|designs?|images?)\b/i,
  },
] as const satisfies readonly PartSpec[];

/** An image, what it says, and the top-level block it sits in. */
type Image = { blockIndex: number; caption: string; alt: string };

function imagesIn(doc: JSONContent): Image[] {
  return [...descendants(doc)]
    .filter(({ node }) => node.type === "figure" && assetSrc(node.attrs?.src))
    .map(({ node, blockIndex }) => ({
      blockIndex,
      caption: textOf(node).trim(),
      alt: typeof node.attrs?.alt === "string" ? node.attrs.alt.trim() : "",
    }));
}

/** Every image has `what`: fails naming how many lack it, at the first that does. */
function everyImage(
  images: Image[],
  item: { id: string; label: string; hint: string },
  has: (image: Image) => boolean,
  missing: string,
  noImage: CheckAnchor,
): CheckResult {
  if (images.length === 0)
    return result(item, { passed: false, detail: "Add an image first.", anchor: noImage });
  const lacking = images.filter((image) => !has(image));
  const first = lacking[0];
  if (!first) return result(item, { passed: true });
  return result(item, {
    passed: false,
    detail:
      images.length === 1
        ? `The image has no ${missing}.`
        : `${lacking.length} of ${plural(images.length, "image")} ${lacking.length === 1 ? "has" : "have"} no ${missing}.`,
    anchor: { kind: "block", index: first.blockIndex },
  });
}

/** The mockups' checklist. */
export const mockupsChecks: StageChecks = (doc) => {
  const screens = findParts(outline(doc), PARTS).screens;
  const images = imagesIn(doc);
  // With no image yet, every item points where the first one goes.
  const noImage = partAnchor(screens);
  return {
    checks: [
      result(
        {
          id: "images",
          label: "At least one image",
          hint: "Add a sketch or screenshot of what the customer sees.",
        },
        { passed: images.length > 0, anchor: noImage },
      ),
      everyImage(
        images,
        {
          id: "captions",
          label: "Every image has a caption",
          hint: "Under each image, say what the customer sees.",
        },
        (image) => image.caption.length > 0,
        "caption",
        noImage,
      ),
      everyImage(
        images,
        {
          id: "alt-text",
          label: "Every image has alt text",
          hint: "Describe each image for people who cannot see it.",
        },
        (image) => image.alt.length > 0,
        "alt text",
        noImage,
      ),
    ],
  };
};
