import { Extension, type Editor } from "@tiptap/core";
import { BubbleMenuPlugin, type BubbleMenuPluginProps } from "@tiptap/extension-bubble-menu";

type ShouldShow = NonNullable<BubbleMenuPluginProps["shouldShow"]>;

/**
 * A bubble menu's element, made before the editor, so that the editor is
 * created with the menu's plugin. @tiptap/react's <BubbleMenu> registers its
 * plugin once it has mounted, and every `registerPlugin` reconfigures the
 * editor: each plugin's state is made again and each plugin view rebuilt,
 * y-tiptap's sync view by rendering the whole document from Yjs again: once
 * per menu on every page load, tens of milliseconds each at 10,000 words
 * (docs/benchmarks.md, "Fifth pass").
 *
 * The React menu portals its content into `element` and binds what the
 * menu does (MenuSlotContent); the plugin asks the slot.
 */
export type MenuBehaviour = {
  shouldShow: ShouldShow;
  onHide: () => void;
};

export type MenuSlot = MenuBehaviour & {
  readonly element: HTMLDivElement;
  /** Makes the slot behave as `behaviour` says, until the returned function is called. */
  bind(behaviour: MenuBehaviour): () => void;
};

/** Both menus are popovers of the same look; hidden until the plugin shows them. */
const MENU_CLASS = "z-40 rounded-lg border bg-popover text-popover-foreground shadow-lg";

const UNBOUND: MenuBehaviour = { shouldShow: () => false, onHide: () => {} };

export function createMenuSlot(): MenuSlot {
  const element = document.createElement("div");
  element.className = MENU_CLASS;
  element.style.visibility = "hidden";
  element.style.position = "absolute";
  let current = UNBOUND;
  return {
    element,
    shouldShow: (props) => current.shouldShow(props),
    onHide: () => current.onHide(),
    bind(behaviour) {
      current = behaviour;
      return () => {
        if (current === behaviour) current = UNBOUND;
      };
    },
  };
}

type MenuOptions = {
  slot: MenuSlot | null;
  /** What the menu sits next to; the selection when absent. */
  anchor?: (editor: Editor) => HTMLElement | null;
};

/** The editor side of a menu slot: a bubble menu plugin named after the extension. */
export const MenuSlotExtension = Extension.create<MenuOptions>({
  name: "menuSlot",
  addOptions() {
    return { slot: null };
  },
  addProseMirrorPlugins() {
    const { slot, anchor } = this.options;
    if (!slot) return [];
    const editor = this.editor;
    return [
      BubbleMenuPlugin({
        pluginKey: this.name,
        editor,
        element: slot.element,
        shouldShow: slot.shouldShow,
        getReferencedVirtualElement: anchor ? () => anchor(editor) : undefined,
        options: { placement: "top", offset: 8, onHide: slot.onHide },
      }),
    ];
  },
});
