import { apiRoute } from "@/server/http/api-route";
import { AppError, notFound } from "@/server/errors";
import { issueCollabToken } from "@/server/data/section/issue-collab-token";

/**
 * GET ?section=<id>: a short-lived token for opening one section on the
 * collab server, where to connect, and whether the person may write (the
 * collab server decides again for itself). The editor asks for a fresh one
 * on every (re)connection after the first, whose token came with the page.
 */
export const GET = apiRoute<Record<string, never>>(async ({ ctx, request }) => {
  const sectionId = new URL(request.url).searchParams.get("section");
  if (!sectionId) {
    throw new AppError(400, "INVALID_INPUT", "section: Name the section to open.", {
      section: "Name the section to open.",
    });
  }
  const body = await issueCollabToken({ userId: ctx.user.id, sectionId });
  if (!body) throw notFound("Section");
  return { headers: { "Cache-Control": "no-store" }, body };
});
