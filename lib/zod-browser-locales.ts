/**
 * What the browser build gets for zod's locale index (next.config.ts aliases
 * it): English only. zod re-exports all of its ~50 locales as one namespace
 * (`z.locales`), which Turbopack cannot tree-shake, so every page carried
 * about 190 KB of error messages in languages the app never shows. zod
 * registers English itself, from its own module, whatever this exports.
 */
export { default as en } from "zod/v4/locales/en.js";
