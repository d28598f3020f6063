import { Extension } from "@tiptap/core";

/**
 * Enter in a caption starts a paragraph below the figure. Without this,
 * Enter would split the figure and duplicate its image.
 */
export const FigureCaptionKeys = Extension.create({
  name: "figureCaptionKeys",
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== "figure") return false;
        const after = $from.after();
        return editor
          .chain()
          .insertContentAt(after, { type: "paragraph" })
          .setTextSelection(after + 1)
          .scrollIntoView()
          .run();
      },
    };
  },
});
