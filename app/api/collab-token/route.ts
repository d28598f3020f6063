import { apiRoute } from "@/server/http/api-route";
import { AppError, notFound } from "@/server/errors";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { signCollabToken } from "@/server/collab/collab-token";
import { env } from "@/lib/env";
import { sectionDocumentName } from "@/lib/collab-document";

/**
 * GET ?section=<id>: a short-lived token for opening one section on the
 * collab server, where to connect, and whether the person may write (the
 * collab server decides again for itself). The editor asks for a fresh one
 * on every (re)connection.
 */
export const GET = apiRoute<Record<string, never>>(async ({ ctx, request }) => {
  const sectionId = new URL(request.url).searchParams.get("section");
  if (!sectionId) {
    throw new AppError(400, "INVALID_INPUT", "section: Name the section to open.", {
      section: "Name the section to open.",
    });
  }
  const access = await getSectionAccess({ userId: ctx.user.id, sectionId });
  if (!access) throw notFound("Section");
  const { token, expiresAt } = await signCollabToken({ userId: ctx.user.id, sectionId });
  const { COLLAB_URL, COLLAB_PORT } = env();
  return {
    headers: { "Cache-Control": "no-store" },
    body: {
      token,
      expiresAt,
      document: sectionDocumentName(sectionId),
      url: COLLAB_URL ?? null,
      port: COLLAB_PORT,
      writable: access.writable,
    },
  };
});
