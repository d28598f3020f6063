#!/usr/bin/env node
// Runs the Prisma CLI with DATABASE_URL always set. Prisma 6 falls back to its
// native engine (and tries to download it) when the variable is missing, even
// for `generate`, which never connects; these machines cannot download it.
import { spawn } from "node:child_process";

const env = { ...process.env };
env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/foreword_generate";
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const bin = new URL("../node_modules/.bin/prisma", import.meta.url).pathname;
const child = spawn(bin, process.argv.slice(2), { stdio: "inherit", env, shell: false });
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
