/**
 * Managing workspaces (issue 10, item 5): renaming one (owners only),
 * creating another (anyone signed in, who owns it) and leaving one (anyone
 * but the last owner). Leaving on the socket: collab/manage.int.test.ts.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { member, ownerWithInitiative, refusal, signUp } from "@/test/support/factories";
import { renameWorkspace } from "./rename-workspace";
import { createWorkspace } from "./create-workspace";
import { getWorkspace } from "./get-workspace";
import { listWorkspaces } from "./list-workspaces";
import { leaveWorkspace } from "@/server/data/membership/leave-workspace";
import { getInitiative } from "@/server/data/initiative/get-initiative";

// Nothing listens here: the freeze and invalidation calls fail fast (the socket side has its own test).
process.env.COLLAB_INTERNAL_URL = "http://127.0.0.1:9";

const activity = (workspaceId: string, type: string) =>
  db().activity.findMany({ where: { workspaceId, type } });

describe("renaming a workspace", () => {
  it("is for owners, recorded with the old and the new name", async () => {
    const owner = await signUp("Olivia Owner");
    const renamed = await renameWorkspace({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { name: "  Payments team " },
    });
    expect(renamed.name).toBe("Payments team");
    expect((await getWorkspace({ userId: owner.id, workspaceId: owner.workspaceId })).name).toBe(
      "Payments team",
    );
    const [recorded] = await activity(owner.workspaceId, "workspace.renamed");
    expect(recorded).toMatchObject({
      actorId: owner.id,
      data: { from: "Olivia Owner's workspace", to: "Payments team" },
    });
  });

  it("refuses editors and viewers (403), outsiders (404) and a blank or overlong name (400 on name)", async () => {
    const owner = await signUp("Olivia Owner");
    const editor = await member(owner.workspaceId, "EDITOR");
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Mallory Outsider");
    const rename = (userId: string, name: unknown) =>
      refusal(renameWorkspace({ userId, workspaceId: owner.workspaceId, input: { name } }));
    expect(await rename(editor.id, "Ours")).toMatchObject({ status: 403 });
    expect(await rename(viewer.id, "Ours")).toMatchObject({ status: 403 });
    expect(await rename(outsider.id, "Ours")).toMatchObject({ status: 404 });
    expect(await rename(owner.id, " ")).toMatchObject({
      status: 400,
      fields: { name: expect.any(String) },
    });
    expect(await rename(owner.id, "x".repeat(101))).toMatchObject({ status: 400 });
    expect(await rename(owner.id, "a\u0000b")).toMatchObject({ status: 400 });
    expect(
      (await db().workspace.findUniqueOrThrow({ where: { id: owner.workspaceId } })).name,
    ).toBe("Olivia Owner's workspace");
  });
});

describe("creating a workspace", () => {
  it("makes the person its only owner, one approval per stage, listed beside their others", async () => {
    const { owner } = await ownerWithInitiative();
    const created = await createWorkspace({ userId: owner.id, input: { name: "Side project" } });
    const workspace = await getWorkspace({ userId: owner.id, workspaceId: created.id });
    expect(workspace).toMatchObject({ name: "Side project", requiredApprovals: 1 });
    expect(workspace.actor).toEqual({ userId: owner.id, role: "OWNER" });
    expect(await db().membership.count({ where: { workspaceId: created.id } })).toBe(1);
    expect((await listWorkspaces({ userId: owner.id })).map((w) => w.name)).toEqual([
      "Olivia Owner's workspace",
      "Side project",
    ]);
    expect(await activity(created.id, "workspace.created")).toHaveLength(1);
    expect(await refusal(createWorkspace({ userId: owner.id, input: { name: "" } }))).toMatchObject(
      {
        status: 400,
        fields: { name: expect.any(String) },
      },
    );
  });
});

describe("leaving a workspace", () => {
  it("refuses the last owner, and says why", async () => {
    const owner = await signUp("Olivia Owner");
    await member(owner.workspaceId, "EDITOR");
    expect(
      await refusal(leaveWorkspace({ userId: owner.id, workspaceId: owner.workspaceId })),
    ).toMatchObject({
      status: 409,
      code: "LAST_OWNER",
      message: "A workspace needs at least one owner. Make someone else an owner first.",
    });
    expect(await db().membership.count({ where: { workspaceId: owner.workspaceId } })).toBe(2);
  });

  it("takes the member's access at once, records it, and lands them on another workspace or none", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
    expect(await leaveWorkspace({ userId: editor.id, workspaceId: owner.workspaceId })).toEqual({
      next: `/w/${editor.workspaceId}`,
    });
    expect(
      await refusal(getInitiative({ userId: editor.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 404 });
    const [left] = await activity(owner.workspaceId, "member.left");
    expect(left).toMatchObject({ actorId: editor.id, data: { memberId: editor.id } });

    // An owner may leave once another owner stays; with nothing else, they land on /no-workspace.
    const second = await member(owner.workspaceId, "OWNER");
    await db().membership.delete({
      where: { userId_workspaceId: { userId: second.id, workspaceId: second.workspaceId } },
    });
    expect(await leaveWorkspace({ userId: second.id, workspaceId: owner.workspaceId })).toEqual({
      next: "/no-workspace",
    });
    // Leaving twice, or a workspace one never joined: 404.
    expect(
      await refusal(leaveWorkspace({ userId: second.id, workspaceId: owner.workspaceId })),
    ).toMatchObject({ status: 404 });
  });
});
