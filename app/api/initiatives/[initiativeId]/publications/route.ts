import { apiRoute } from "@/server/http/api-route";
import { publishInitiative } from "@/server/data/publication/publish-initiative";
import { publicationPath } from "@/lib/publication";

/** Publishes the next version of the initiative: `{ note?: string }` → 201 `{ version, url }`. */
export const POST = apiRoute<{ initiativeId: string }>(async ({ ctx, params, input }) => {
  const publication = await publishInitiative({
    userId: ctx.user.id,
    initiativeId: params.initiativeId,
    input,
  });
  return {
    status: 201,
    body: {
      id: publication.id,
      version: publication.version,
      createdAt: publication.createdAt,
      url: publicationPath(params.initiativeId, publication.version),
    },
  };
});
