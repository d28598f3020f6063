import { apiRoute } from "@/server/http/api-route";
import { renameInitiative } from "@/server/data/initiative/rename-initiative";
import { deleteInitiative } from "@/server/data/initiative/delete-initiative";

/** Renames an initiative (owners, editors): `{ title }` → `{ initiative: { id, title } }`. */
export const PATCH = apiRoute<{ initiativeId: string }>(async ({ ctx, params, input }) => ({
  body: {
    initiative: await renameInitiative({
      userId: ctx.user.id,
      initiativeId: params.initiativeId,
      input,
    }),
  },
}));

/** Deletes an initiative and everything in it (owners): `{ confirmation }`, its title. */
export const DELETE = apiRoute<{ initiativeId: string }>(async ({ ctx, params, input }) => ({
  body: {
    deleted: await deleteInitiative({
      userId: ctx.user.id,
      initiativeId: params.initiativeId,
      input,
    }),
  },
}));
