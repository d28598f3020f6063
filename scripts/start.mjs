#!/usr/bin/env node
// `npm start`: like `npm run dev` (see scripts/launcher.mjs) but serves the
// production build from `npm run build`. Arguments (`--port`, `--hostname`)
// are passed on to scripts/app-server.mjs.
import { appProcess, COLLAB_PROCESS, launch } from "./launcher.mjs";

await launch({
  processes: () => [appProcess(process.argv.slice(2)), COLLAB_PROCESS],
});
