// Types for scripts/launcher.mjs (what the e2e runner and the editor benchmark use).

export type ProcessSpec = {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
};

/** The repository root. */
export const ROOT: string;

/** A binary from node_modules/.bin, run directly. */
export function bin(name: string): string;

/** Runs every process of `processes(env)` together after preparing the environment. */
export function launch(options: {
  processes: (env: NodeJS.ProcessEnv) => ProcessSpec[];
}): Promise<never>;

/** The app through scripts/app-server.mjs; `args` for it: `--dev`, `--port N`, `--hostname H`. */
export function appProcess(args: string[]): ProcessSpec;

/** The collab server (collab/server.ts) under `--conditions=react-server`. */
export const COLLAB_PROCESS: ProcessSpec;
