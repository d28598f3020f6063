/**
 * Builders for integration tests: real rows through the real domain functions
 * wherever one exists, so the tests exercise what users do.
 */
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { createUser } from "@/server/data/user/create-user";
import { createInitiative } from "@/server/data/initiative/create-initiative";
import { AppError } from "@/server/errors";
import type { Role } from "@/lib/roles";
import type * as Y from "yjs";
import { encodeStateAsUpdate } from "yjs";
import type { Prisma } from "@/generated/prisma/client";
import { jsonYDoc, plainTextYDoc, snapshotOf } from "@/editor/document";
import type { Stage } from "@/lib/stages";
import { READY_CUSTOMER, READY_DOCUMENTS } from "@/lib/checks/fixtures/ready-documents";
import { checkCounts } from "@/lib/checks";
import { getCheckContext } from "@/server/data/section/get-check-context";

export const PASSWORD = "correct horse battery";

/**
 * Signs up a person with a unique email; they own a workspace of their own.
 * That workspace requires no approvals (a real one requires one), so tests
 * of anything but review can complete stages straight from drafting; tests
 * of review say what they require with `requireApprovals`.
 */
export async function signUp(name = "Ada Lovelace") {
  const email = `${name.split(" ")[0]?.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  const { user, workspaceId } = await createUser({ input: { name, email, password: PASSWORD } });
  if (!workspaceId) throw new Error("signUp: a sign-up without an invite owns a workspace");
  await requireApprovals(workspaceId, 0);
  return { ...user, workspaceId };
}

/** Sets how many approvals a workspace's stages need before they complete (0, 1 or 2). */
export async function requireApprovals(workspaceId: string, requiredApprovals: number) {
  await db().workspace.update({ where: { id: workspaceId }, data: { requiredApprovals } });
}

/** A new user who is a member of `workspaceId` with `role` (as if they had accepted an invite). */
export async function member(
  workspaceId: string,
  role: Role,
  name = `${role.toLowerCase()} person`,
) {
  const user = await signUp(name);
  await db().membership.create({ data: { userId: user.id, workspaceId, role } });
  return user;
}

/** An initiative in the owner's workspace, with its sections keyed by stage. */
export async function initiativeFor(
  owner: { id: string; workspaceId: string },
  title = "Instant refunds",
  /** Whether all five customer questions are answered (the press release's checks ask for them), or only "who". */
  { answered = true }: { answered?: boolean } = {},
) {
  const initiative = await createInitiative({
    userId: owner.id,
    workspaceId: owner.workspaceId,
    input: answered ? { title, ...READY_CUSTOMER } : { title, customer: READY_CUSTOMER.customer },
  });
  const sections = await db().section.findMany({ where: { initiativeId: initiative.id } });
  const byStage = Object.fromEntries(sections.map((section) => [section.stage, section]));
  const section = (stage: string) => {
    const found = byStage[stage];
    if (!found) throw new Error(`no ${stage} section`);
    return found;
  };
  return { ...initiative, section };
}

/** A new owner with an initiative, and its first two sections (drafting and locked). */
export async function ownerWithInitiative(
  name = "Olivia Owner",
  /** Start the press release from a document that passes its checks, so it can complete. */
  { ready = false }: { ready?: boolean } = {},
) {
  const owner = await signUp(name);
  const initiative = await initiativeFor(owner);
  if (ready) await writeReady(initiative.section("PRESS_RELEASE"));
  return {
    owner,
    initiative,
    pressRelease: initiative.section("PRESS_RELEASE"),
    faq: initiative.section("FAQ"),
  };
}

/** The AppError a call is refused with (status, code, fields), failing the test if it succeeds. */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError)
      return {
        status: error.status,
        code: error.code,
        fields: error.fields,
        message: error.message,
        checks: error.checks,
      };
    throw error;
  }
  throw new Error("expected the call to be refused, but it succeeded");
}

/** Runs every query at once and returns their results under the same keys. */
async function allOf<T extends Record<string, Promise<unknown>>>(
  queries: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(queries);
  const values = await Promise.all(Object.values(queries));
  return Object.fromEntries(keys.map((key, index) => [key, values[index]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

/** Every row that a refused call must leave untouched, for before/after comparison. */
export async function snapshot() {
  const byId = { orderBy: { id: "asc" } } as const;
  return allOf({
    users: db().user.findMany(byId),
    workspaces: db().workspace.findMany(byId),
    memberships: db().membership.findMany(byId),
    invites: db().invite.findMany(byId),
    initiatives: db().initiative.findMany(byId),
    sections: db().section.findMany(byId),
    activities: db().activity.findMany(byId),
    threads: db().commentThread.findMany(byId),
    comments: db().comment.findMany(byId),
    mentions: db().commentMention.findMany({ orderBy: [{ commentId: "asc" }, { userId: "asc" }] }),
    reviews: db().review.findMany(byId),
    notifications: db().notification.findMany(byId),
    publications: db().publication.findMany(byId),
    shareLinks: db().shareLink.findMany(byId),
    feedbackThreads: db().feedbackThread.findMany(byId),
    feedbackMessages: db().feedbackMessage.findMany(byId),
  });
}

/**
 * Puts text in a section in the shape the collab server stores it (Yjs state,
 * JSON, text, word count), for tests of what happens to written stages. It
 * bypasses the store's guard on purpose, to set up any state a test needs.
 */
export async function write(sectionId: string, text: string) {
  await writeDocument(sectionId, plainTextYDoc(text));
}

/**
 * Writes a document that passes every check of the section's stage (from
 * lib/checks/fixtures), so the stage can complete when its initiative's
 * customer questions are answered too (as `initiativeFor` does by default).
 */
export async function writeReady(section: { id: string; stage: Stage }) {
  await writeDocument(section.id, jsonYDoc(READY_DOCUMENTS[section.stage]));
}

/** Like `write`, for a whole Yjs document (a template, say). */
export async function writeDocument(sectionId: string, document: Y.Doc) {
  const snapshot = snapshotOf(document);
  const context = await getCheckContext({ sectionId });
  if (!context) throw new Error(`No section ${sectionId}`);
  await db().section.update({
    where: { id: sectionId },
    data: {
      ydoc: new Uint8Array(encodeStateAsUpdate(document)),
      content: snapshot.json as Prisma.InputJsonValue,
      text: snapshot.text,
      wordCount: snapshot.wordCount,
      ...checkCounts(context.stage, snapshot.json, context),
      savedAt: new Date(),
    },
  });
}

/**
 * A new owner with an initiative whose press release is complete (written
 * ready, then completed as a person would), so it can be published and its
 * FAQ written.
 */
export async function ownerWithCompletePressRelease(name = "Olivia Owner") {
  const setup = await ownerWithInitiative(name, { ready: true });
  // Imported here: transitionSection reaches the collab server's client, which
  // tests that only build rows need not load.
  const { transitionSection } = await import("@/server/data/section/transition-section");
  await transitionSection({
    userId: setup.owner.id,
    sectionId: setup.pressRelease.id,
    input: { action: "complete" },
  });
  return setup;
}
