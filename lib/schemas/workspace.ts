import { z } from "@/lib/schemas/zod";
import { ROLES } from "@/lib/roles";
import { REQUIRED_APPROVALS } from "@/lib/stages";
import { LIMITS } from "./limits";
import { ZText } from "./text";

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

const approvalsError = "Choose 0, 1 or 2 approvals";

/** A workspace's settings: the approvals a stage needs before it completes (0, 1 or 2). */
export const ZUpdateWorkspaceSettingsSchema = z.object({
  /** A number from JSON, or its digit from a form. */
  requiredApprovals: z
    .union([z.number(), z.string().regex(/^\d$/).transform(Number)], { error: approvalsError })
    .pipe(
      z.union(
        REQUIRED_APPROVALS.map((count) => z.literal(count)),
        { error: approvalsError },
      ),
    ),
});
export type TUpdateWorkspaceSettings = z.infer<typeof ZUpdateWorkspaceSettingsSchema>;

/** A workspace's name, as the switcher shows it ("Payments team"). */
export const ZWorkspaceNameSchema = z.object({
  name: ZText("Name the workspace")
    .trim()
    .min(1, "Name the workspace")
    .max(LIMITS.workspaceNameMax, `Keep the name under ${LIMITS.workspaceNameMax} characters`),
});
export type TWorkspaceName = z.infer<typeof ZWorkspaceNameSchema>;
