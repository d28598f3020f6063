"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { PresenceUser } from "./caret";

const NOBODY: PresenceUser[] = [];

function usersOf(provider: HocuspocusProvider, selfId: string): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const state of provider.awareness?.getStates().values() ?? []) {
    const user: unknown = state.user;
    if (typeof user !== "object" || !user) continue;
    const { id, name, color } = user as Record<string, unknown>;
    if (typeof id !== "string" || typeof name !== "string" || typeof color !== "string") continue;
    // Two tabs of one person are one person here.
    byId.set(id, { id, name, color });
  }
  const self = byId.get(selfId);
  byId.delete(selfId);
  const others = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  return self ? [self, ...others] : others;
}

const sameUsers = (a: PresenceUser[], b: PresenceUser[]) =>
  a.length === b.length &&
  a.every(
    (user, i) => user.id === b[i]?.id && user.name === b[i]?.name && user.color === b[i]?.color,
  );

/** Who has this section open, from Yjs awareness: you first, then the others by name. */
export function usePresence(provider: HocuspocusProvider | undefined, selfId: string) {
  const cache = useRef<PresenceUser[]>(NOBODY);

  const subscribe = useCallback(
    (onChange: () => void) => {
      provider?.awareness?.on("change", onChange);
      return () => provider?.awareness?.off("change", onChange);
    },
    [provider],
  );

  // useSyncExternalStore needs the same array back while nothing changed.
  const getSnapshot = useCallback(() => {
    const next = provider ? usersOf(provider, selfId) : NOBODY;
    if (!sameUsers(cache.current, next)) cache.current = next;
    return cache.current;
  }, [provider, selfId]);

  return useSyncExternalStore(subscribe, getSnapshot, () => NOBODY);
}
