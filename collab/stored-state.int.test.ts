/**
 * What readers see (the section's JSON, plain text, word count and checks,
 * which the reader page, search, publication and the completion gate read)
 * always matches the Yjs state stored beside it: the store writes all of
 * them in one statement. Checked after typing stops, after the real server
 * process is sent SIGTERM mid-typing, after it restarts, and at the
 * completion gate, which must never judge a stale text.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { freePort, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, storedText } from "@/test/support/collab-harness";
import { member, ownerWithInitiative, refusal } from "@/test/support/factories";
import { COLLAB_PROCESS, ROOT } from "@/scripts/launcher.mjs";

process.env.COLLAB_PORT = String(await freePort());

const { db } = await import("@/server/db");
const { snapshotOf } = await import("@/editor/document");
const { YJS_FIELD } = await import("@/editor/extensions");
const { checkCounts } = await import("@/lib/checks");
const { customerAnswersOf } = await import("@/lib/customer-questions");
const { transitionSection } = await import("@/server/data/section/transition-section");

const harness = collabHarness();

/** Reads the section's row and checks every derived column against its stored Yjs state; returns that state. */
async function expectRowMatchesItsState(sectionId: string): Promise<Y.Doc> {
  const row = await db().section.findUniqueOrThrow({
    where: { id: sectionId },
    include: { initiative: true },
  });
  if (!row.ydoc) throw new Error("nothing stored");
  const stored = new Y.Doc();
  Y.applyUpdate(stored, row.ydoc);
  const snapshot = snapshotOf(stored);
  expect(row.content).toEqual(snapshot.json);
  expect(row.text).toBe(snapshot.text);
  expect(row.wordCount).toBe(snapshot.wordCount);
  const counts = checkCounts(row.stage, snapshot.json, {
    customer: customerAnswersOf(row.initiative),
  });
  expect({ passed: row.checksPassed, total: row.checksTotal }).toEqual({
    passed: counts.checksPassed,
    total: counts.checksTotal,
  });
  return stored;
}

/** Whether `stored` holds every edit `client` has made or received. */
const holdsEverything = (stored: Y.Doc, client: Y.Doc) =>
  Y.encodeStateAsUpdate(client, Y.encodeStateVector(stored)).byteLength <=
  Y.encodeStateAsUpdate(new Y.Doc()).byteLength;

/** The collab server as production runs it (collab/server.ts), as a child process. */
async function collabProcess(port: number) {
  const child: ChildProcess = spawn(COLLAB_PROCESS.command, COLLAB_PROCESS.args, {
    cwd: ROOT,
    env: { ...process.env, COLLAB_PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  await waitFor(
    async () =>
      (await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.ok ?? false,
    "the collab process to listen",
    30_000,
  );
  return {
    url: `ws://127.0.0.1:${port}`,
    /** SIGTERM, as an orchestrator stops it; resolves with the exit code. */
    terminate: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

describe("the stored JSON and text", () => {
  it("match the stored Yjs state once two editors stop typing, and hold every edit", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start();
    const a = await harness.opened({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    const b = await harness.opened({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
    });
    for (let i = 0; i < 15; i++) {
      typeParagraph(a.doc, `Olivia's line ${i}`);
      typeParagraph(b.doc, `Eddie's line ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await waitFor(
      () => textOf(a.doc) === textOf(b.doc) && textOf(a.doc).includes("Eddie's line 14"),
      "both editors to converge",
    );
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Eddie's line 14"),
      "the last edits stored",
    );
    const stored = await expectRowMatchesItsState(pressRelease.id);
    expect(holdsEverything(stored, a.doc)).toBe(true);
    expect(snapshotOf(stored).text).toBe(textOf(a.doc));
  });

  it("match the stored Yjs state after SIGTERM mid-typing and after a restart, with nothing lost", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const port = await freePort();
    let server = await collabProcess(port);
    const a = await harness.opened({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    for (let i = 0; i < 20; i++) typeParagraph(a.doc, `Before the restart ${i}`);
    await waitFor(() => !a.provider.hasUnsyncedChanges, "the server to have every edit");
    // Well inside the debounce: only the shutdown stores these edits.
    expect(await server.terminate()).toBe(0);
    let stored = await expectRowMatchesItsState(pressRelease.id);
    expect(holdsEverything(stored, a.doc)).toBe(true);
    a.destroy();

    server = await collabProcess(port);
    const b = await harness.opened({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(textOf(b.doc)).toContain("Before the restart 19");
    for (let i = 0; i < 20; i++) typeParagraph(b.doc, `After the restart ${i}`);
    await waitFor(() => !b.provider.hasUnsyncedChanges, "the server to have every edit");
    expect(await server.terminate()).toBe(0);
    stored = await expectRowMatchesItsState(pressRelease.id);
    expect(holdsEverything(stored, b.doc)).toBe(true);
    expect(snapshotOf(stored).text).toContain("After the restart 19");
  });
});

describe("the completion gate", () => {
  it("judges the text as typed up to the request, never the last stored one", async () => {
    // A document that passes every check, stored; then the editor empties it.
    const { owner, pressRelease } = await ownerWithInitiative(undefined, { ready: true });
    // Debounces far longer than the test: only the completion's own store can write.
    const server = await harness.start({ debounceMs: 60_000, maxDebounceMs: 120_000 });
    const a = await harness.opened({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    const fragment = a.doc.getXmlFragment(YJS_FIELD);
    a.doc.transact(() => fragment.delete(0, fragment.length));
    typeParagraph(a.doc, "Nothing here yet");
    await waitFor(() => !a.provider.hasUnsyncedChanges, "the server to have the edit");

    const refused = await refusal(
      transitionSection({
        userId: owner.id,
        sectionId: pressRelease.id,
        input: { action: "complete" },
      }),
    );
    expect(refused.status).toBe(409);
    const row = await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } });
    expect(row.state).toBe("DRAFTING");
    expect(row.text).toBe("Nothing here yet");
    await expectRowMatchesItsState(pressRelease.id);
  });
});
