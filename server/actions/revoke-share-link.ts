"use server";

import { revalidatePath } from "next/cache";
import { revokeShareLink } from "@/server/data/publication/revoke-share-link";
import { authedAction } from "./safe-action";

/** Revokes the live share link: the page it led to says "This link was revoked". */
export const revokeShareLinkAction = authedAction(
  async ({ user }, _input, initiativeId: string) => {
    const result = await revokeShareLink({ userId: user.id, initiativeId });
    revalidatePath("/w", "layout");
    return result;
  },
);
