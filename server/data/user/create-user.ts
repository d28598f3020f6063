import "server-only";
import { db } from "@/server/db";
import { AppError, parseInput } from "@/server/errors";
import { hashPassword } from "@/server/passwords";
import { ZSignUpSchema } from "@/lib/schemas/auth";
import { Prisma } from "@/generated/prisma/client";
import { getInviteByToken } from "@/server/data/invite/get-invite";

export type CreateUserOptions = { input: unknown };

/**
 * Signs a person up: the account, a workspace of their own named after them,
 * and their OWNER membership, all or nothing. Someone signing up through a
 * pending invite to their address gets no workspace of their own (it would
 * sit unused beside the one they were invited to): `workspaceId` is then
 * null and they go on to accept the invite.
 */
export async function createUser({ input }: CreateUserOptions) {
  const { name, email, password, invite } = parseInput(ZSignUpSchema, input);
  const invited = invite ? await getInviteByToken({ token: invite }) : null;
  const joiningByInvite = invited?.status === "PENDING" && invited.email === email;
  const passwordHash = await hashPassword(password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, passwordHash } });
      const workspace = joiningByInvite
        ? null
        : await tx.workspace.create({
            data: {
              name: `${name}'s workspace`,
              memberships: { create: { userId: user.id, role: "OWNER" } },
            },
          });
      return {
        user: { id: user.id, name: user.name, email: user.email },
        workspaceId: workspace?.id ?? null,
      };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError(409, "EMAIL_TAKEN", "An account with this email already exists.", {
        email: "An account with this email already exists. Sign in instead.",
      });
    }
    throw error;
  }
}
