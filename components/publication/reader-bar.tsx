import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";

/**
 * The reader pages' slim top bar: the Foreword mark, and on the right where
 * the reader stands (a way back to the workspace, or "Shared with you").
 * Not printed (app/globals.css, "Reader").
 */
export function ReaderBar({ children }: { children?: ReactNode }) {
  return (
    <header className="reader-bar">
      <div className="reader-bar-inner">
        <Logo className="text-sm" />
        {children ? <div className="reader-bar-aside">{children}</div> : null}
      </div>
    </header>
  );
}
