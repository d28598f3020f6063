import { apiRoute } from "@/server/http/api-route";
import { archiveInitiative } from "@/server/data/initiative/archive-initiative";
import { unarchiveInitiative } from "@/server/data/initiative/unarchive-initiative";

/** Archives an initiative (owners, editors): read-only and out of the list until restored. */
export const POST = apiRoute<{ initiativeId: string }>(async ({ ctx, params }) => ({
  body: {
    initiative: await archiveInitiative({ userId: ctx.user.id, initiativeId: params.initiativeId }),
  },
}));

/** Restores an archived initiative (owners, editors). */
export const DELETE = apiRoute<{ initiativeId: string }>(async ({ ctx, params }) => ({
  body: {
    initiative: await unarchiveInitiative({
      userId: ctx.user.id,
      initiativeId: params.initiativeId,
    }),
  },
}));
