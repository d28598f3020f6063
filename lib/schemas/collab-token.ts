import { z } from "./zod";

/**
 * What opening a section on the collab server takes: GET /api/collab-token
 * answers it, and the stage page hands the browser the first one with the
 * page itself (server/data/section/issue-collab-token.ts).
 */
export const ZCollabTokenResponse = z.object({
  token: z.string().min(1),
  /** ISO date; tokens live five minutes. */
  expiresAt: z.string(),
  /** The Yjs document name, `section.<id>`. */
  document: z.string().min(1),
  /** The collab server's public WebSocket URL; null means "this host, on `port`". */
  url: z.string().nullable(),
  port: z.number().int(),
  /** Whether the app thinks this person may write; the collab server decides again. */
  writable: z.boolean(),
});
export type TCollabTokenResponse = z.infer<typeof ZCollabTokenResponse>;
