#!/usr/bin/env node
// Draws Foreword's icons from its brand mark (components/brand/logo.tsx: a
// serif "F" in the primary colour's rounded square) into public/: icon.svg,
// PNGs for home screens and the web app manifest, and favicon.ico. The
// outputs are committed; run this again after changing the mark or the
// primary colour (app/globals.css). Renders with Debian's Chromium, as the
// end-to-end suite does (scripts/ensure-browser.mjs).
//
//   node scripts/make-icons.mjs
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ensureBrowser } from "./ensure-browser.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = (name) => `${root}public/${name}`;

/** The light theme's value of a colour variable in app/globals.css (oklch). */
async function cssColour(name) {
  const css = await readFile(`${root}app/globals.css`, "utf8");
  const value = new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1];
  if (!value) throw new Error(`app/globals.css has no --${name}`);
  return value.trim();
}

/**
 * The mark on a 32-unit square, as the sidebar shows it at 28 px: a rounded
 * square (the logo's rounded-md, 6 px of 28) and a serif capital F with
 * bracketed serifs, drawn as a path so every icon looks the same whatever
 * fonts a machine has. `square` fills the corners (iOS rounds them itself).
 */
function markSvg({ background, foreground, square = false }) {
  const radius = square ? 0 : 7;
  const f =
    "M9 7.5H22.5V12.4H21.3C20.9 10.8 20.2 9.9 18.4 9.9H14.4V14.9H17.4C18.4 14.9 18.7 14.3 18.9 13.3H20.1V19H18.9" +
    "C18.7 18 18.4 17.4 17.4 17.4H14.4V22.6C14.4 23.3 14.8 23.6 16.6 23.8V24.8H9V23.8C10.5 23.6 10.9 23.3 10.9 22.6" +
    "V9.7C10.9 9 10.5 8.7 9 8.5Z";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${radius}" fill="${background}"/>
  <path d="${f}" fill="${foreground}"/>
</svg>
`;
}

/** A .ico holding PNG images (supported everywhere since Windows Vista). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, bytes }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(bytes.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bytes.length;
  });
  return Buffer.concat([header, ...pngs.map(({ bytes }) => bytes)]);
}

await ensureBrowser();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  // SVG favicons are read by programs that may not know oklch: hex, as this Chromium computes it.
  const [background, foreground] = await page.evaluate(
    (colours) =>
      colours.map((colour) => {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 1;
        const context = canvas.getContext("2d");
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
        return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
      }),
    [await cssColour("primary"), await cssColour("primary-foreground")],
  );

  const rounded = markSvg({ background, foreground });
  await writeFile(out("icon.svg"), rounded);

  /** The mark as a PNG of `size` pixels, transparent outside the rounded square. */
  async function png(svg, size) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator("img").evaluate((image) => image.decode());
    return page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  }

  await writeFile(out("icon-192.png"), await png(rounded, 192));
  await writeFile(out("icon-512.png"), await png(rounded, 512));
  await writeFile(
    out("apple-touch-icon.png"),
    await png(markSvg({ background, foreground, square: true }), 180),
  );
  const small = [];
  for (const size of [16, 32, 48]) small.push({ size, bytes: await png(rounded, size) });
  await writeFile(out("favicon.ico"), ico(small));
  console.log(`Icons written to public/ (${background} on ${foreground}).`);
} finally {
  await browser.close();
}
