"use client";

import { useLayoutEffect, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { MenuBehaviour, MenuSlot } from "./menu-slot";

type Props = MenuBehaviour & {
  slot: MenuSlot;
  children: ReactNode;
};

/**
 * A menu's content, rendered into its slot (components/editor/menu-slot.ts),
 * and what the menu does; the editor's plugin shows, places and hides the slot.
 */
export function MenuSlotContent({ slot, shouldShow, onHide, children }: Props) {
  useLayoutEffect(() => slot.bind({ shouldShow, onHide }), [slot, shouldShow, onHide]);
  return createPortal(children, slot.element);
}
