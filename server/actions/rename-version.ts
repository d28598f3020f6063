"use server";

import { renameVersion } from "@/server/data/version/rename-version";
import { authedAction } from "./safe-action";

/** Names or renames a saved version. */
export const renameVersionAction = authedAction(async ({ user }, input, versionId: string) =>
  renameVersion({ userId: user.id, versionId, input }),
);
