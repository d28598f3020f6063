"use client";

import { useSyncExternalStore } from "react";
import { cn } from "@/lib/utils";

const subscribe = () => () => {};
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "⌘K" on Apple keyboards, "Ctrl K" elsewhere (and in the server's HTML). */
export function ShortcutHint({ className }: { className?: string }) {
  const apple = useSyncExternalStore(subscribe, isApple, () => false);
  return (
    <kbd
      className={cn(
        "rounded border bg-muted px-1.5 font-sans text-[0.7rem] font-medium text-muted-foreground",
        className,
      )}
    >
      {apple ? "⌘K" : "Ctrl K"}
    </kbd>
  );
}
