import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createInvite } from "@/server/data/invite/create-invite";
import { acceptInvite } from "@/server/data/invite/accept-invite";
import { getInviteByToken } from "@/server/data/invite/get-invite";
import { revokeInvite } from "@/server/data/invite/revoke-invite";
import { listMembers } from "./list-members";
import { updateMemberRole } from "./update-member-role";
import { removeMember } from "./remove-member";
import { member, refusal, signUp, snapshot } from "@/test/support/factories";

const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";

describe("invites", () => {
  it("an owner invites by email; the invited person accepts and joins with that role", async () => {
    const owner = await signUp("Olivia Owner");
    const invitee = await signUp("Rey Reviewer");
    const invite = await createInvite({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { email: invitee.email, role: "REVIEWER" },
    });
    expect(invite.url).toMatch(/\/invite\/[\w-]{40,}$/);
    const token = tokenOf(invite.url);
    // Only a hash of the secret is stored.
    expect(JSON.stringify(await db().invite.findMany())).not.toContain(token);
    expect(await getInviteByToken({ token })).toMatchObject({
      status: "PENDING",
      role: "REVIEWER",
      workspace: { name: "Olivia Owner's workspace" },
    });

    await expect(acceptInvite({ userId: invitee.id, token })).resolves.toEqual({
      workspaceId: owner.workspaceId,
      role: "REVIEWER",
    });
    const { members } = await listMembers({ userId: invitee.id, workspaceId: owner.workspaceId });
    expect(members.map((m) => [m.user.name, m.role])).toEqual([
      ["Olivia Owner", "OWNER"],
      ["Rey Reviewer", "REVIEWER"],
    ]);
    expect(await getInviteByToken({ token })).toMatchObject({ status: "ACCEPTED" });
    expect(await refusal(acceptInvite({ userId: invitee.id, token }))).toMatchObject({
      status: 410,
    });
  });

  it("refuses a link used by someone other than the invited email", async () => {
    const owner = await signUp();
    const invite = await createInvite({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { email: "friend@example.com", role: "EDITOR" },
    });
    const stranger = await signUp("Mallory");
    const before = await snapshot();
    expect(
      await refusal(acceptInvite({ userId: stranger.id, token: tokenOf(invite.url) })),
    ).toMatchObject({ status: 403 });
    expect(
      await refusal(acceptInvite({ userId: stranger.id, token: "forged-token" })),
    ).toMatchObject({ status: 404 });
    expect(await snapshot()).toEqual(before);
  });

  it("expires links, and a withdrawn or replaced invite stops working", async () => {
    const owner = await signUp();
    const invitee = await signUp("Ivy");
    const first = await createInvite({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { email: invitee.email, role: "VIEWER" },
    });
    const second = await createInvite({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { email: invitee.email, role: "EDITOR" },
    });
    expect(await getInviteByToken({ token: tokenOf(first.url) })).toMatchObject({
      status: "REVOKED",
    });
    const later = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect(await getInviteByToken({ token: tokenOf(second.url), now: later })).toMatchObject({
      status: "EXPIRED",
    });
    await revokeInvite({ userId: owner.id, workspaceId: owner.workspaceId, inviteId: second.id });
    expect(
      await refusal(acceptInvite({ userId: invitee.id, token: tokenOf(second.url) })),
    ).toMatchObject({ status: 410, code: "REVOKED" });
  });

  it("refuses an existing member, bad input, non-owners (403) and outsiders (404), writing nothing", async () => {
    const owner = await signUp();
    const editor = await member(owner.workspaceId, "EDITOR");
    const outsider = await signUp("Mallory");
    const before = await snapshot();
    const invite = (userId: string, input: unknown) =>
      refusal(createInvite({ userId, workspaceId: owner.workspaceId, input }));
    expect(await invite(owner.id, { email: editor.email, role: "VIEWER" })).toMatchObject({
      status: 409,
      code: "ALREADY_MEMBER",
    });
    expect(await invite(owner.id, { email: "not-an-email", role: "GOD" })).toMatchObject({
      status: 400,
      fields: { email: expect.any(String), role: expect.any(String) },
    });
    expect(await invite(editor.id, { email: "x@example.com", role: "VIEWER" })).toMatchObject({
      status: 403,
    });
    expect(await invite(outsider.id, { email: "x@example.com", role: "VIEWER" })).toMatchObject({
      status: 404,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("members", () => {
  it("an owner changes a role and removes a member", async () => {
    const owner = await signUp();
    const person = await member(owner.workspaceId, "REVIEWER");
    const membership = await db().membership.findFirstOrThrow({ where: { userId: person.id } });
    await updateMemberRole({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      membershipId: membership.id,
      input: { role: "EDITOR" },
    });
    expect((await db().membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe(
      "EDITOR",
    );
    await removeMember({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      membershipId: membership.id,
    });
    expect(await db().membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect(
      await refusal(listMembers({ userId: person.id, workspaceId: owner.workspaceId })),
    ).toMatchObject({ status: 404 });
  });

  it("never leaves a workspace without an owner", async () => {
    const owner = await signUp();
    const own = await db().membership.findFirstOrThrow({
      where: { userId: owner.id, workspaceId: owner.workspaceId },
    });
    const before = await snapshot();
    expect(
      await refusal(
        updateMemberRole({
          userId: owner.id,
          workspaceId: owner.workspaceId,
          membershipId: own.id,
          input: { role: "EDITOR" },
        }),
      ),
    ).toMatchObject({ status: 409, code: "LAST_OWNER" });
    expect(
      await refusal(
        removeMember({ userId: owner.id, workspaceId: owner.workspaceId, membershipId: own.id }),
      ),
    ).toMatchObject({ status: 409 });
    expect(await snapshot()).toEqual(before);
    // With a second owner, the first may step down.
    const second = await member(owner.workspaceId, "OWNER");
    await updateMemberRole({
      userId: second.id,
      workspaceId: owner.workspaceId,
      membershipId: own.id,
      input: { role: "EDITOR" },
    });
  });

  it.each(["EDITOR", "REVIEWER", "VIEWER"] as const)(
    "refuses a %s changing roles or removing anyone (403)",
    async (role) => {
      const owner = await signUp();
      const person = await member(owner.workspaceId, role);
      const own = await db().membership.findFirstOrThrow({ where: { userId: owner.id } });
      const before = await snapshot();
      expect(
        await refusal(
          updateMemberRole({
            userId: person.id,
            workspaceId: owner.workspaceId,
            membershipId: own.id,
            input: { role: "VIEWER" },
          }),
        ),
      ).toMatchObject({ status: 403 });
      expect(
        await refusal(
          removeMember({ userId: person.id, workspaceId: owner.workspaceId, membershipId: own.id }),
        ),
      ).toMatchObject({ status: 403 });
      expect(await snapshot()).toEqual(before);
    },
  );

  it("answers 404 to outsiders and for members of another workspace", async () => {
    const owner = await signUp();
    const other = await signUp("Other Owner");
    const otherMembership = await db().membership.findFirstOrThrow({ where: { userId: other.id } });
    const before = await snapshot();
    expect(
      await refusal(
        updateMemberRole({
          userId: other.id,
          workspaceId: owner.workspaceId,
          membershipId: otherMembership.id,
          input: { role: "VIEWER" },
        }),
      ),
    ).toMatchObject({ status: 404 });
    // An owner of workspace A naming a membership of workspace B.
    expect(
      await refusal(
        removeMember({
          userId: owner.id,
          workspaceId: owner.workspaceId,
          membershipId: otherMembership.id,
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(await snapshot()).toEqual(before);
  });
});
