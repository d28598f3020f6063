"use server";

import { revalidatePath } from "next/cache";
import { createShareLink } from "@/server/data/publication/create-share-link";
import { sharePath } from "@/lib/publication";
import { authedAction } from "./safe-action";

/** Turns on the share link, or replaces the live one (the old one stops working). */
export const createShareLinkAction = authedAction(
  async ({ user }, _input, initiativeId: string) => {
    const link = await createShareLink({ userId: user.id, initiativeId });
    revalidatePath("/w", "layout");
    return { path: sharePath(link.token) };
  },
);
