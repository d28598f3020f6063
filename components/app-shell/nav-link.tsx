"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

type Props = {
  href: string;
  /** "prefix-except-settings": active anywhere in the workspace but its settings (and search). */
  match: "prefix" | "prefix-except-settings";
  children: React.ReactNode;
};

export function NavLink({ href, match, children }: Props) {
  const pathname = usePathname();
  const inside = pathname === href || pathname.startsWith(`${href}/`);
  const elsewhere = ["settings", "search"].some((page) => pathname.startsWith(`${href}/${page}`));
  const active = match === "prefix" ? inside : inside && !elsewhere;
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground [&_svg]:size-4",
        active && "bg-accent font-medium text-accent-foreground",
      )}
    >
      {children}
    </Link>
  );
}
