import { Extension, type Editor, type Range } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import type { EditorState } from "@tiptap/pm/state";
import { PluginKey } from "@tiptap/pm/state";
import { ReactRenderer } from "@tiptap/react";
import { Suggestion, exitSuggestion, type SuggestionProps } from "@tiptap/suggestion";
import { SlashMenu, type SlashMenuProps } from "./slash-menu";
import { filterSlashItems, type SlashItem } from "./slash-items";

const slashKey = new PluginKey("slashCommand");

/**
 * "/" opens the menu only at the start of an empty line or after a space,
 * and never inside code, a caption or an FAQ question, where a slash is just
 * a slash.
 */
function allowSlash({
  editor,
  state,
  range,
}: {
  editor: Editor;
  state: EditorState;
  range: Range;
}) {
  if (!editor.isEditable) return false;
  const $from = state.doc.resolve(range.from);
  const parent = $from.parent;
  // A question is one line of text: blocks do not go in it.
  if (parent.type.spec.code || parent.type.name === "figure" || parent.type.name === "faqQuestion")
    return false;
  const before = parent.textBetween(0, $from.parentOffset, undefined, "\ufffc");
  if (before === "") {
    const after = parent.textBetween(
      Math.min(parent.content.size, range.to - $from.start()),
      parent.content.size,
      undefined,
      "\ufffc",
    );
    return after === "";
  }
  return /\s$/.test(before);
}

/** The menu's lifecycle, outside React: which item is active, and the keys. */
function renderSlashMenu() {
  let renderer: ReactRenderer<unknown, SlashMenuProps> | undefined;
  let unmount: (() => void) | undefined;
  let props: SuggestionProps<SlashItem, SlashItem> | undefined;
  let selected = 0;

  const update = () => {
    if (!renderer || !props) return;
    renderer.updateProps({ items: props.items, selected, onSelect: props.command });
  };

  return {
    onStart: (next: SuggestionProps<SlashItem, SlashItem>) => {
      props = next;
      selected = 0;
      renderer = new ReactRenderer(SlashMenu, {
        editor: next.editor,
        props: { items: next.items, selected, onSelect: next.command },
        className: "slash-menu z-50",
      });
      unmount = next.mount(renderer.element);
    },
    onUpdate: (next: SuggestionProps<SlashItem, SlashItem>) => {
      // Names have spaces ("FAQ entry"), so a space does not close the menu; a
      // space right after "/", or after words that name nothing, means a slash
      // in prose: close it, and the text stays as typed.
      // (From the query, not next.items: the plugin reports each change first
      // with no items, before it has asked for them.)
      const namesNothing = filterSlashItems(next.query).length === 0;
      if (/^\s/.test(next.query) || (namesNothing && /\s$/.test(next.query))) {
        // Not from inside the plugin's view update that called us.
        queueMicrotask(() => exitSuggestion(next.editor.view, slashKey));
        return;
      }
      if (props && next.query !== props.query) selected = 0;
      props = next;
      update();
    },
    onKeyDown: ({ event }: { event: KeyboardEvent }) => {
      const count = props?.items.length ?? 0;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (count === 0) return true;
        selected = (selected + (event.key === "ArrowDown" ? 1 : count - 1)) % count;
        update();
        return true;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        const item = props?.items[selected];
        if (!item) return false;
        props?.command(item);
        return true;
      }
      // Escape is handled by the plugin, which closes the menu.
      return false;
    },
    onExit: () => {
      unmount?.();
      renderer?.destroy();
      renderer = undefined;
      unmount = undefined;
      props = undefined;
    },
  };
}

/** "/" then a block name: headings, lists, quote, code, table, divider, image. */
export const SlashCommand = Extension.create({
  name: "slashCommand",

  addProseMirrorPlugins() {
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: slashKey,
        char: "/",
        allowedPrefixes: [" ", "\u00a0"],
        allowSpaces: true,
        allow: allowSlash,
        // Someone else's slash opens nothing here.
        shouldShow: ({ transaction }) => !isChangeOrigin(transaction),
        items: ({ query }) => filterSlashItems(query),
        command: ({ editor, range, props: item }) => item.run(editor, range),
        render: renderSlashMenu,
      }),
    ];
  },
});
