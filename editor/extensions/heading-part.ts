import { Extension } from "@tiptap/core";

/**
 * Which part of the stage's template a heading introduces ("headline",
 * "leader-quote"), stored on the heading itself. The template sets it, and it
 * stays with the node when people rename the heading or move it elsewhere, so
 * the checks find a part by what it is, not by its words or its place. Only
 * ids the stage's template defines mean anything; the checks ignore others.
 */
export const HeadingPart = Extension.create({
  name: "headingPart",

  addGlobalAttributes() {
    return [
      {
        types: ["heading"],
        attributes: {
          part: {
            default: null,
            parseHTML: (element) => element.getAttribute("data-part"),
            renderHTML: (attributes) =>
              typeof attributes.part === "string" ? { "data-part": attributes.part } : {},
          },
        },
      },
    ];
  },
});
