import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): how Foreword looks when installed. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Foreword",
    short_name: "Foreword",
    description: "Write the press release first. Working Backwards documents, written together.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#ffffff",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
