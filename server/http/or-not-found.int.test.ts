/**
 * Pages that take an id from the URL render the not-found page (404) for a
 * malformed one, as for an unknown one, never the error page (500). Pages are
 * called as Next calls them; rendering their components is not under test.
 */
import fc from "fast-check";
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ user: { id: "", name: "", email: "" } }));
// auth() only works inside Next's request scope: the test signs in by standing in for it.
vi.mock("@/server/auth", () => ({ requireUser: async () => session.user }));

const { signUp, initiativeFor } = await import("@/test/support/factories");
const { anyString } = await import("@/test/support/bad-input");
const WorkspacePage = (await import("@/app/(app)/w/[workspaceId]/page")).default;
const SettingsPage = (await import("@/app/(app)/w/[workspaceId]/settings/page")).default;
const InitiativePage = (await import("@/app/(app)/w/[workspaceId]/i/[initiativeId]/page")).default;
const StagePage = (await import("@/app/(app)/w/[workspaceId]/i/[initiativeId]/[stage]/page"))
  .default;
const DocumentPage = (await import("@/app/(app)/w/[workspaceId]/i/[initiativeId]/document/page"))
  .default;

let workspaceId = "";

beforeAll(async () => {
  const owner = await signUp();
  await initiativeFor(owner);
  session.user = owner;
  workspaceId = owner.workspaceId;
});

/** The status Next would answer a page with: 404 for notFound(), 307 for redirect(), 500 for anything else thrown. */
async function statusOf(render: () => Promise<unknown>): Promise<number> {
  try {
    await render();
    return 200;
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return getAccessFallbackHTTPStatus(error);
    if (isRedirectError(error)) return 307;
    return 500;
  }
}

/** Every page that reads an id from its URL, with `id` in each id segment. */
function pagesWith(id: string, inWorkspace = workspaceId) {
  const props = <P>(params: P) => ({
    params: Promise.resolve(params),
    searchParams: Promise.resolve({}),
  });
  return [
    () => WorkspacePage(props({ workspaceId: id })),
    () => SettingsPage(props({ workspaceId: id })),
    () => InitiativePage(props({ workspaceId: inWorkspace, initiativeId: id })),
    () => StagePage(props({ workspaceId: inWorkspace, initiativeId: id, stage: "faq" })),
    () => DocumentPage(props({ workspaceId: inWorkspace, initiativeId: id })),
  ];
}

describe("pages and malformed ids", () => {
  it.each(["\u0000", "x\u0000y", "%00", "\ud800", "c".repeat(25)])(
    "answer 404 to %j",
    async (id) => {
      const statuses = await Promise.all(pagesWith(id).map(statusOf));
      expect(statuses).toEqual([404, 404, 404, 404, 404]);
    },
  );

  it("answer generated ids with 404, never 500", () =>
    fc.assert(
      fc.asyncProperty(anyString, async (id) => {
        for (const status of await Promise.all(pagesWith(id).map(statusOf)))
          expect(status).toBe(404);
      }),
      { numRuns: 50 },
    ));
});
