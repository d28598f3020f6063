#!/usr/bin/env node
// `npm start`: like `npm run dev` (see scripts/launcher.mjs) but serves the
// production build from `npm run build`. Arguments are passed on to `next start`.
import { bin, COLLAB_PROCESS, launch } from "./launcher.mjs";

await launch({
  processes: () => [
    { name: "next", command: bin("next"), args: ["start", ...process.argv.slice(2)] },
    COLLAB_PROCESS,
  ],
});
