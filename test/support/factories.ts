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
import { plainTextYDoc, snapshotOf } from "@/editor/document";

export const PASSWORD = "correct horse battery";

/** Signs up a person with a unique email; they own a workspace of their own. */
export async function signUp(name = "Ada Lovelace") {
  const email = `${name.split(" ")[0]?.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  const { user, workspaceId } = await createUser({ input: { name, email, password: PASSWORD } });
  return { ...user, workspaceId };
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
) {
  const initiative = await createInitiative({
    userId: owner.id,
    workspaceId: owner.workspaceId,
    input: { title, customer: "Shoppers returning an item in store" },
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
export async function ownerWithInitiative(name = "Olivia Owner") {
  const owner = await signUp(name);
  const initiative = await initiativeFor(owner);
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
      };
    throw error;
  }
  throw new Error("expected the call to be refused, but it succeeded");
}

/** Every row that a refused call must leave untouched, for before/after comparison. */
export async function snapshot() {
  const [users, workspaces, memberships, invites, initiatives, sections, activities] =
    await Promise.all([
      db().user.findMany({ orderBy: { id: "asc" } }),
      db().workspace.findMany({ orderBy: { id: "asc" } }),
      db().membership.findMany({ orderBy: { id: "asc" } }),
      db().invite.findMany({ orderBy: { id: "asc" } }),
      db().initiative.findMany({ orderBy: { id: "asc" } }),
      db().section.findMany({ orderBy: { id: "asc" } }),
      db().activity.findMany({ orderBy: { id: "asc" } }),
    ]);
  return { users, workspaces, memberships, invites, initiatives, sections, activities };
}

/**
 * Puts text in a section in the shape the collab server stores it (Yjs state,
 * JSON, text, word count), for tests of what happens to written stages. It
 * bypasses the store's guard on purpose, to set up any state a test needs.
 */
export async function write(sectionId: string, text: string) {
  await writeDocument(sectionId, plainTextYDoc(text));
}

/** Like `write`, for a whole Yjs document (a template, say). */
export async function writeDocument(sectionId: string, document: Y.Doc) {
  const snapshot = snapshotOf(document);
  await db().section.update({
    where: { id: sectionId },
    data: {
      ydoc: new Uint8Array(encodeStateAsUpdate(document)),
      content: snapshot.json as Prisma.InputJsonValue,
      text: snapshot.text,
      wordCount: snapshot.wordCount,
      savedAt: new Date(),
    },
  });
}
