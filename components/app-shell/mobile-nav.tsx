"use client";

import { useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { MenuIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

/**
 * Below the `md` breakpoint the sidebar would leave the page a sliver: it
 * moves into a drawer behind a menu button in a top bar. The drawer closes
 * when a link in it changes the page.
 */
export function MobileNav({
  logo,
  actions,
  children,
}: {
  logo: ReactNode;
  /** At the right of the top bar (the bell). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const pathname = usePathname();
  // Open on the page it was opened on: a new page closes it, without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <div className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-background px-3 md:hidden">
      <Sheet open={open} onOpenChange={(next) => setOpenOn(next ? pathname : null)}>
        <SheetTrigger asChild>
          <Button variant="ghost" size="icon" aria-label="Open menu">
            <MenuIcon />
          </Button>
        </SheetTrigger>
        <SheetContent>
          <SheetTitle className="sr-only">Menu</SheetTitle>
          {children}
        </SheetContent>
      </Sheet>
      {logo}
      {actions ? <div className="ml-auto flex items-center">{actions}</div> : null}
    </div>
  );
}
