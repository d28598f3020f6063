import "server-only";
import { db } from "@/server/db";

export type GetAccountSettingsOptions = { userId: string };

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

/** What the account page shows the person about themselves. */
export async function getAccountSettings({ userId }: GetAccountSettingsOptions) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      emailNotifications: true,
      passwordHash: true,
      accounts: { select: { provider: true } },
    },
  });
  return {
    name: user.name,
    email: user.email,
    emailNotifications: user.emailNotifications,
    hasPassword: user.passwordHash !== null,
    providers: user.accounts.map((account) => PROVIDER_NAMES[account.provider] ?? account.provider),
  };
}
