"use server";

import { revalidatePath } from "next/cache";
import { publishInitiative } from "@/server/data/publication/publish-initiative";
import { authedAction } from "./safe-action";

/** Publishes the next version of an initiative, with an optional note. */
export const publishInitiativeAction = authedAction(
  async ({ user }, input, initiativeId: string) => {
    const publication = await publishInitiative({ userId: user.id, initiativeId, input });
    revalidatePath("/", "layout");
    return { version: publication.version };
  },
);
