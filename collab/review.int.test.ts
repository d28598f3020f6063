import { describe, expect, it } from "vitest";
import { freePort, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, storedText } from "@/test/support/collab-harness";
import { member, ownerWithInitiative, requireApprovals } from "@/test/support/factories";
import { plainTextYDoc } from "@/editor/document";

// The app reaches the collab server on COLLAB_PORT: fix it before anything reads the environment.
process.env.COLLAB_PORT = String(await freePort());

const { requestReview } = await import("@/server/data/review/request-review");
const { decideReview } = await import("@/server/data/review/decide-review");
const { withdrawReview } = await import("@/server/data/review/withdraw-review");
const { storeSectionDocument } = await import("@/server/data/section/store-section-document");

const harness = collabHarness();

async function readyForReview() {
  const made = await ownerWithInitiative("Olivia Owner", { ready: true });
  await requireApprovals(made.owner.workspaceId, 1);
  const editor = await member(made.owner.workspaceId, "EDITOR", "Eddie Editor");
  const reviewer = await member(made.owner.workspaceId, "REVIEWER", "Rita Reviewer");
  return { ...made, editor, reviewer };
}

describe("a stage in review is frozen on the socket", () => {
  it("keeps the edits typed before the request, refuses every one after, and opens again on request changes", async () => {
    const { owner, editor, reviewer, pressRelease } = await readyForReview();
    // Debounced for longer than the test: only the freeze can store the last edit in time.
    const server = await harness.start({ debounceMs: 30_000, maxDebounceMs: 60_000 });
    const author = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await author.authenticated).toBe("read-write");
    await waitFor(() => textOf(author.doc).includes("Headline"), "the document");
    // Typed just before asking: the freeze stores it, so the reviewer reads it and the checks see it.
    typeParagraph(author.doc, "Last words before review");
    await waitFor(() => !author.provider.hasUnsyncedChanges, "the server to have the edit");

    await requestReview({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { reviewerIds: [reviewer.id] },
    });
    expect(await storedText(pressRelease.id)).toContain("Last words before review");
    await waitFor(
      () => author.provider.isAuthenticated && author.provider.authorizedScope === "readonly",
      "the author's editor read-only after reconnecting",
    );

    // An editor who sends updates anyway: each is answered "not applied", none stored.
    const sneaky = await harness.raw({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
    });
    expect(sneaky.scope).toBe("readonly");
    sneaky.type("Changed while in review");
    await waitFor(() => sneaky.statuses.length > 0, "the server's answer");
    expect(sneaky.statuses).toEqual([false]);
    expect(await storedText(pressRelease.id)).not.toContain("Changed while in review");

    await decideReview({
      userId: reviewer.id,
      sectionId: pressRelease.id,
      input: { decision: "requestChanges", note: "Say who the leader is." },
    });
    const again = harness.client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    expect(await again.authenticated).toBe("read-write");
    await waitFor(
      () => author.provider.isAuthenticated && author.provider.authorizedScope === "read-write",
      "the open editor writable again",
    );
    typeParagraph(again.doc, "The leader is Jane Doe");
    await waitFor(() => !again.provider.hasUnsyncedChanges, "the server to have the fix");
    await harness.stop(server); // stores every open document
    expect(await storedText(pressRelease.id)).toContain("The leader is Jane Doe");
  });

  it("withdrawing opens the stage again for its editors", async () => {
    const { owner, editor, reviewer, pressRelease } = await readyForReview();
    const server = await harness.start();
    await requestReview({
      userId: editor.id,
      sectionId: pressRelease.id,
      input: { reviewerIds: [reviewer.id] },
    });
    const author = harness.client({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
    });
    expect(await author.authenticated).toBe("readonly");
    await withdrawReview({ userId: owner.id, sectionId: pressRelease.id });
    await waitFor(
      () => author.provider.isAuthenticated && author.provider.authorizedScope === "read-write",
      "writable after the withdrawal",
    );
  });

  it("the store itself refuses a section in review, whatever the collab server was told", async () => {
    const { owner, reviewer, pressRelease } = await readyForReview();
    // No collab server runs here: nobody freezes or revokes anything.
    await requestReview({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { reviewerIds: [reviewer.id] },
    });
    const before = await storedText(pressRelease.id);
    const { outcome } = await storeSectionDocument({
      sectionId: pressRelease.id,
      document: plainTextYDoc("Overwritten during review"),
      contributors: [owner.id],
    });
    expect(outcome).toBe("refused");
    expect(await storedText(pressRelease.id)).toBe(before);
  });
});
