#!/usr/bin/env node
// `npm run dev`: the embedded database unless DATABASE_URL is set, migrations,
// then the Next dev server. Arguments are passed on to `next dev`.
import { bin, COLLAB_PROCESS, launch } from "./launcher.mjs";

await launch({
  processes: () => [
    { name: "next", command: bin("next"), args: ["dev", ...process.argv.slice(2)] },
    COLLAB_PROCESS,
  ],
});
