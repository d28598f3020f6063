#!/usr/bin/env node
// `npm run dev`: the embedded database unless DATABASE_URL is set, migrations,
// then the Next dev server (through scripts/app-server.mjs, as in production).
// Arguments (`--port`, `--hostname`) are passed on to it.
import { appProcess, COLLAB_PROCESS, launch } from "./launcher.mjs";

await launch({
  processes: () => [appProcess(["--dev", ...process.argv.slice(2)]), COLLAB_PROCESS],
});
