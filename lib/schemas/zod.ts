/**
 * zod for every schema in the app. Pages run under a Content Security Policy
 * without 'unsafe-eval'; zod's default probes `new Function()` to compile
 * faster object parsers, which the browser reports as a policy violation.
 * Interpreted parsing is plenty fast for forms and API bodies.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
