import { z } from "@/lib/schemas/zod";
import { ROLES } from "@/lib/roles";
import { LIMITS } from "./limits";

const role = z.enum(ROLES, { error: "Choose a role" });

/** Inviting someone to a workspace. */
export const ZCreateInviteSchema = z.object({
  email: z
    .string({ error: "Enter an email address" })
    .trim()
    .toLowerCase()
    .max(LIMITS.emailMax, `Use at most ${LIMITS.emailMax} characters`)
    .pipe(z.email({ error: "Enter a valid email address" })),
  role,
});
export type TCreateInvite = z.infer<typeof ZCreateInviteSchema>;

/** Changing a member's role. */
export const ZUpdateMemberRoleSchema = z.object({ role });
export type TUpdateMemberRole = z.infer<typeof ZUpdateMemberRoleSchema>;
