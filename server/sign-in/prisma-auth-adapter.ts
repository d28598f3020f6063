import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/server/db";
import { Prisma } from "@/generated/prisma/client";
import { LIMITS } from "@/lib/schemas/limits";

/** How long an emailed sign-in link works. */
export const SIGN_IN_LINK_TTL_SECONDS = 15 * 60;

const USER_FIELDS = { id: true, name: true, email: true, emailVerified: true } as const;

function adapterUser(user: {
  id: string;
  name: string;
  email: string;
  emailVerified: Date | null;
}): AdapterUser {
  return { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified };
}

/** A display name for someone a provider did not name: the part of the address before the @. */
function nameFor(user: { name?: string | null; email: string }): string {
  const name = (user.name ?? "").trim() || user.email.split("@")[0] || "New member";
  return name.slice(0, LIMITS.nameMax);
}

/**
 * next-auth's storage, over our Prisma client and typed against it (the
 * official @auth/prisma-adapter is typed `any` against a custom-output
 * client). Sessions stay JWTs, so only what the email and OAuth flows need is
 * here: users, linked provider accounts and sign-in link tokens.
 *
 * - Tokens arrive hashed (next-auth hashes the link's secret with
 *   AUTH_SECRET) and are stored only for addresses with an account: a link
 *   can never create one. Using one deletes it, in one statement, so a link
 *   works once even when clicked twice at the same moment.
 * - Users are created here only by GitHub/Google sign-in (with a provider-
 *   verified address, see server/auth.ts): no password; a workspace of their
 *   own unless an invite to their address is waiting.
 * - updateUser records only when the address was verified: a provider's
 *   profile never renames anyone.
 */
export function prismaAuthAdapter(): Adapter {
  return {
    async createUser(user) {
      const email = user.email.toLowerCase();
      const name = nameFor(user);
      return db().$transaction(async (tx) => {
        const created = await tx.user.create({
          data: { name, email, emailVerified: user.emailVerified, passwordHash: null },
          select: USER_FIELDS,
        });
        const invited = await tx.invite.findFirst({
          where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
          select: { id: true },
        });
        if (!invited)
          await tx.workspace.create({
            data: {
              name: `${name}'s workspace`,
              memberships: { create: { userId: created.id, role: "OWNER" } },
            },
          });
        return adapterUser(created);
      });
    },
    async getUser(id) {
      const user = await db().user.findUnique({ where: { id }, select: USER_FIELDS });
      return user && adapterUser(user);
    },
    async getUserByEmail(email) {
      const user = await db().user.findUnique({
        where: { email: email.toLowerCase() },
        select: USER_FIELDS,
      });
      return user && adapterUser(user);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db().account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: USER_FIELDS } },
      });
      return account && adapterUser(account.user);
    },
    async updateUser({ id, emailVerified }) {
      const user = await db().user.update({
        where: { id },
        data: emailVerified ? { emailVerified } : {},
        select: USER_FIELDS,
      });
      return adapterUser(user);
    },
    async linkAccount({ userId, provider, providerAccountId }) {
      await db().account.upsert({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        create: { userId, provider, providerAccountId },
        update: {},
      });
    },
    async createVerificationToken({ identifier, token, expires }) {
      const email = identifier.toLowerCase();
      const known = await db().user.findUnique({ where: { email }, select: { id: true } });
      // Expired links of anyone's are of no use to keep.
      await db().verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
      if (known)
        await db().verificationToken.create({
          data: { identifier: email, tokenHash: token, expires },
        });
      return { identifier: email, token, expires };
    },
    async useVerificationToken({ identifier, token }) {
      try {
        const used = await db().verificationToken.delete({ where: { tokenHash: token } });
        // A link for one address cannot sign in another (next-auth checks this too).
        if (identifier && used.identifier !== identifier.toLowerCase()) return null;
        return { identifier: used.identifier, token, expires: used.expires };
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
          return null; // unknown, or already used
        throw error;
      }
    },
  };
}
