"use client";

import type { ReactNode } from "react";

/**
 * Opens the browser's print dialog, where "Save as PDF" makes a PDF from the
 * print stylesheet on any machine. Styles and icon come from the server
 * (ExportLinks), so the reader ships no more than this handler.
 */
export function PrintButton({ className, children }: { className: string; children: ReactNode }) {
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      {children}
    </button>
  );
}
