import type { Metadata } from "next";
import { connection } from "next/server";
import { Toaster } from "@/components/ui/sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Foreword", template: "%s · Foreword" },
  description: "Write the press release first. Working Backwards documents, written together.",
  // Drawn from the brand mark by scripts/make-icons.mjs; the manifest is app/manifest.ts.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next.js can put that request's CSP
  // nonce (proxy.ts) on its scripts; a page prerendered at build time (the
  // 404 page was) would carry none, and the policy would block its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background text-foreground antialiased">
        {children}
        <Toaster position="bottom-right" theme="light" />
      </body>
    </html>
  );
}
