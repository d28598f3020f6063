"use server";

import { nameVersion } from "@/server/data/version/name-version";
import { authedAction } from "./safe-action";

/** Saves a section's current text under a name. */
export const nameVersionAction = authedAction(async ({ user }, input, sectionId: string) =>
  nameVersion({ userId: user.id, sectionId, input }),
);
