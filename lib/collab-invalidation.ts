import { z } from "@/lib/schemas/zod";

/**
 * What the app tells the collab server when rights change: these documents,
 * or these people's role in a workspace. The collab server closes the
 * affected sockets; browsers reconnect and are authorised afresh.
 */
export const ZInvalidationSchema = z.object({
  documents: z.array(z.string().max(100)).max(1000).default([]),
  members: z
    .array(z.object({ userId: z.string().max(64), workspaceId: z.string().max(64) }))
    .max(1000)
    .default([]),
});
export type TInvalidation = z.infer<typeof ZInvalidationSchema>;
