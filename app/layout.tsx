import type { Metadata } from "next";
import { Toaster } from "@/components/ui/sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Foreword", template: "%s · Foreword" },
  description: "Write the press release first. Working Backwards documents, written together.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background text-foreground antialiased">
        {children}
        <Toaster position="bottom-right" theme="light" />
      </body>
    </html>
  );
}
