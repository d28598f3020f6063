"use server";

import { createThread } from "@/server/data/comment/create-thread";
import { authedAction } from "./safe-action";

/** Starts a comment thread on a passage of a section. */
export const createThreadAction = authedAction(async ({ user }, input, sectionId: string) =>
  createThread({ userId: user.id, sectionId, input }),
);
