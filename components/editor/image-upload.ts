import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { IMAGE_TYPES } from "@/lib/images";
import { transferredFiles } from "./upload-image";
import { trackPosition } from "./tracked-position";
import { insertImages, pickImageFiles } from "./insert-images";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    imageUpload: {
      /** Opens the file picker and inserts the chosen images at `at` (default: where the cursor is). */
      pickImages: (at?: number) => ReturnType;
    };
  }
}

export type ImageUploadOptions = { sectionId: string };

/**
 * Pasted, dropped and picked images: uploaded to /api/assets for this
 * section, then inserted as figures. Only the uploaded URL ever enters the
 * document, never the file's bytes or a foreign URL.
 */
export const ImageUpload = Extension.create<ImageUploadOptions>({
  name: "imageUpload",

  addOptions() {
    return { sectionId: "" };
  },

  addCommands() {
    return {
      pickImages:
        (position) =>
        ({ editor, dispatch }) => {
          if (!editor.isEditable) return false;
          if (dispatch) {
            const at = trackPosition(editor, position ?? editor.state.selection.from);
            void pickImageFiles(IMAGE_TYPES).then((files) => {
              if (files.length > 0) void insertImages(editor, files, at, this.options.sectionId);
            });
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const sectionId = this.options.sectionId;
    return [
      new Plugin({
        key: new PluginKey("imageUpload"),
        props: {
          handlePaste: (view, event) => {
            const files = transferredFiles(event.clipboardData);
            if (files.length === 0 || !editor.isEditable) return false;
            event.preventDefault();
            const at = trackPosition(editor, view.state.selection.from);
            void insertImages(editor, files, at, sectionId);
            return true;
          },
          handleDrop: (view, event, _slice, moved) => {
            if (moved) return false; // moving content inside the editor
            const files = transferredFiles(event.dataTransfer);
            if (files.length === 0) return false;
            event.preventDefault();
            if (!editor.isEditable) return true;
            const drop = view.posAtCoords({ left: event.clientX, top: event.clientY });
            const pos = drop?.pos ?? view.state.selection.from;
            void insertImages(editor, files, trackPosition(editor, pos), sectionId);
            return true;
          },
        },
      }),
    ];
  },
});
