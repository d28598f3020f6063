import type { Extensions } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { yCursorPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { editorExtensions, YJS_FIELD } from "@/editor/extensions";
import type { Stage } from "@/lib/stages";
import { renderCaret, renderSelection, type PresenceUser } from "./caret";
import { caretAwareness } from "./caret-awareness";
import { promptPlaceholder } from "./prompt-placeholder";
import { SlashCommand } from "./slash-command";
import { ImageUpload } from "./image-upload";
import { FigureCaptionKeys } from "./figure-caption-keys";
import { FaqEntryKeys } from "./faq-entry-keys";
import { faqPlaceholder } from "./faq-placeholder";
import { RemoteChangeGuard } from "./remote-change-guard";
import { CoachExtension } from "./coach-extension";
import { CommentHighlights } from "./comment-highlights";
import { FirstCharacter } from "./first-character";
import { CaretInView } from "./caret-in-view";
import { viewAfterKeystroke } from "./after-keystroke";
import { MenuSlotExtension, type MenuSlot } from "./menu-slot";
import { selectedFigureImage } from "./figure-alt";

export type BrowserExtensionsOptions = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  stage: Stage;
  sectionId: string;
  /** Where the selection and figure menus show (see menu-slot.ts). */
  menus: { selection: MenuSlot; figure: MenuSlot };
};

/**
 * The one schema (editor/) plus what only a browser does: Yjs sync and its
 * undo history (only your own changes), carets, prompts, the slash menu,
 * image uploads, the keys of FAQ entries, comment threads' highlights and
 * the selection and figure menus;
 * and, on the press release, the plain-language coach.
 */
export function browserExtensions({
  doc,
  provider,
  user,
  stage,
  sectionId,
  menus,
}: BrowserExtensionsOptions): Extensions {
  return [
    ...editorExtensions(),
    Collaboration.configure({ document: doc, field: YJS_FIELD }),
    // All the caret plugin uses of the provider is its awareness (which this app always
    // has); caretAwareness says why it gets a filtered view of it.
    ...(provider.awareness
      ? [
          CollaborationCaret.extend({
            // Where this tab's caret is goes to the others after the keystroke's frame.
            addProseMirrorPlugins() {
              return (this.parent?.() ?? []).map((plugin) =>
                plugin.spec.key === yCursorPluginKey ? viewAfterKeystroke(plugin) : plugin,
              );
            },
          }).configure({
            provider: { awareness: caretAwareness(provider.awareness) },
            user,
            render: renderCaret,
            selectionRender: renderSelection,
          }),
        ]
      : []),
    promptPlaceholder(stage),
    faqPlaceholder(stage),
    SlashCommand,
    ImageUpload.configure({ sectionId }),
    FigureCaptionKeys,
    FaqEntryKeys,
    RemoteChangeGuard,
    CommentHighlights,
    FirstCharacter,
    CaretInView,
    MenuSlotExtension.extend({ name: "selectionMenu" }).configure({ slot: menus.selection }),
    MenuSlotExtension.extend({ name: "figureMenu" }).configure({
      slot: menus.figure,
      anchor: selectedFigureImage,
    }),
    ...(stage === "PRESS_RELEASE" ? [CoachExtension] : []),
  ];
}
