import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { freePort, redisAnswers, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, storedText as stored } from "@/test/support/collab-harness";
import { member, signUp, write, ownerWithInitiative } from "@/test/support/factories";

// The app reaches the collab server on COLLAB_PORT: fix it before anything reads the environment.
process.env.COLLAB_PORT = String(await freePort());

const { db } = await import("@/server/db");
const { transitionSection } = await import("@/server/data/section/transition-section");
const { updateMemberRole } = await import("@/server/data/membership/update-member-role");
const { signCollabToken } = await import("@/server/collab/collab-token");

const harness = collabHarness();
const { start, client, raw } = harness;
type Server = Awaited<ReturnType<typeof start>>;

describe("co-editing", () => {
  it("seeds the template once on the server, and two editors converge", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await start();
    const a = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    const b = client({ url: server.url, userId: editor.id, sectionId: pressRelease.id });
    expect(await a.authenticated).toBe("read-write");
    expect(await b.authenticated).toBe("read-write");
    await waitFor(
      () => textOf(a.doc).startsWith("Headline") && textOf(b.doc).startsWith("Headline"),
      "the template",
    );
    expect(textOf(a.doc).match(/Headline/g)).toHaveLength(1);

    typeParagraph(a.doc, "From Olivia");
    typeParagraph(b.doc, "From Eddie");
    await waitFor(
      () => textOf(a.doc).includes("From Eddie") && textOf(b.doc).includes("From Olivia"),
      "both edits on both sides",
    );
    expect(textOf(a.doc)).toBe(textOf(b.doc));
    await waitFor(
      async () => (await stored(pressRelease.id)).includes("From Eddie"),
      "the edits in PostgreSQL",
    );
    const row = await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } });
    expect(row.wordCount).toBeGreaterThan(10);
    expect(row.content).toMatchObject({ type: "doc" });
  });

  it("keeps every edit across a server restart", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    let server = await start();
    const a = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    await a.authenticated;
    for (let i = 0; i < 20; i++) typeParagraph(a.doc, `Line ${i}`);
    await waitFor(() => !a.provider.hasUnsyncedChanges, "the server to have every edit");
    await harness.stop(server); // stores every open document
    a.destroy();

    server = await start();
    const b = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    await b.authenticated;
    await waitFor(() => textOf(b.doc).includes("Line 19"), "the edits after the restart");
    for (let i = 0; i < 20; i++) expect(textOf(b.doc)).toContain(`Line ${i}`);
  });

  it("does not write unchanged documents, and debounces a burst of typing into a few writes", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await start();
    // Opened, read and closed: the document unloads (after its store decision) without a write.
    const reader = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    await reader.authenticated;
    await waitFor(() => textOf(reader.doc).startsWith("Headline"), "the template");
    reader.destroy();
    await waitFor(() => server.hocuspocus.getDocumentsCount() === 0, "the document unloaded");
    expect(server.persistence?.stats.writes).toBe(0);

    const a = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    await a.authenticated;
    for (let i = 0; i < 50; i++) {
      typeParagraph(a.doc, `x${i}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitFor(async () => (await stored(pressRelease.id)).includes("x49"), "the burst stored");
    expect(server.persistence?.stats.writes).toBeLessThanOrEqual(3);
  });
});

describe("read-only where the rules say so", () => {
  it("drops every update from a reviewer, whatever their client sends", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    await write(pressRelease.id, "The owner's text");
    const server = await start();
    const ownerClient = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    const reviewerClient = client({
      url: server.url,
      userId: reviewer.id,
      sectionId: pressRelease.id,
    });
    expect(await reviewerClient.authenticated).toBe("readonly");
    await waitFor(
      () => textOf(reviewerClient.doc).includes("The owner's text"),
      "the reviewer to read",
    );
    typeParagraph(reviewerClient.doc, "Reviewer was here");
    typeParagraph(ownerClient.doc, "Owner again");
    await waitFor(
      async () => (await stored(pressRelease.id)).includes("Owner again"),
      "the owner's edit stored",
    );
    await harness.stop(server);
    expect(await stored(pressRelease.id)).not.toContain("Reviewer was here");
    expect(textOf(ownerClient.doc)).not.toContain("Reviewer was here");
  });

  it("drops updates to a locked stage, even from its owner", async () => {
    const { owner, faq } = await ownerWithInitiative();
    const server = await start();
    const a = await raw({ url: server.url, userId: owner.id, sectionId: faq.id });
    expect(a.scope).toBe("readonly");
    expect(textOf(a.doc)).toContain("External FAQ");
    a.type("Sneaky");
    // The server answers every update: false, not applied.
    await waitFor(() => a.statuses.length > 0, "the server's answer");
    expect(a.statuses).toEqual([false]);
    await harness.stop(server);
    expect(await stored(faq.id)).not.toContain("Sneaky");
  });

  it("turns a connected editor read-only when its stage is completed, and writable again on reopen", async () => {
    const { owner, pressRelease } = await ownerWithInitiative(undefined, { ready: true });
    const server = await start();
    const a = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    expect(await a.authenticated).toBe("read-write");
    typeParagraph(a.doc, "Final words");
    await waitFor(
      async () => (await stored(pressRelease.id)).includes("Final words"),
      "the text stored",
    );

    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    await waitFor(
      () => a.closes.some((close) => close.reason === "permissions-changed"),
      "the socket to be closed",
    );
    await waitFor(
      () => a.provider.isAuthenticated && a.provider.authorizedScope === "readonly",
      "read-only after reconnecting",
    );
    const late = await raw({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    expect(late.scope).toBe("readonly");
    late.type("After completion");
    await waitFor(() => late.statuses.length > 0, "the server's answer");
    expect(late.statuses).toEqual([false]);
    expect(await stored(pressRelease.id)).not.toContain("After completion");

    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "reopen" },
    });
    await waitFor(
      () => a.provider.isAuthenticated && a.provider.authorizedScope === "read-write",
      "writable after reopening",
    );
  });

  it("turns an editor read-only when an owner makes them a reviewer", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const membership = await db().membership.findFirstOrThrow({
      where: { userId: editor.id, workspaceId: owner.workspaceId },
    });
    const server = await start();
    const a = client({ url: server.url, userId: editor.id, sectionId: pressRelease.id });
    expect(await a.authenticated).toBe("read-write");
    await updateMemberRole({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      membershipId: membership.id,
      input: { role: "REVIEWER" },
    });
    await waitFor(
      () => a.provider.isAuthenticated && a.provider.authorizedScope === "readonly",
      "read-only after the role change",
    );
  });
});

describe("authentication", () => {
  it("refuses a forged token, an expired one, one for another section, and an outsider", async () => {
    const { owner, pressRelease, faq } = await ownerWithInitiative();
    const outsider = await signUp("Mallory");
    const server = await start();
    const forged = `${(await signCollabToken({ userId: owner.id, sectionId: pressRelease.id })).token.slice(0, -4)}AAAA`;
    expect(
      await client({ url: server.url, userId: owner.id, sectionId: pressRelease.id, token: forged })
        .refused,
    ).toBe("token-invalid");
    const expired = (
      await signCollabToken(
        { userId: owner.id, sectionId: pressRelease.id },
        Date.now() - 10 * 60_000,
      )
    ).token;
    expect(
      await client({
        url: server.url,
        userId: owner.id,
        sectionId: pressRelease.id,
        token: expired,
      }).refused,
    ).toBe("token-expired");
    const otherSection = (await signCollabToken({ userId: owner.id, sectionId: faq.id })).token;
    expect(
      await client({
        url: server.url,
        userId: owner.id,
        sectionId: pressRelease.id,
        token: otherSection,
      }).refused,
    ).toBe("token-invalid");
    expect(
      await client({ url: server.url, userId: outsider.id, sectionId: pressRelease.id }).refused,
    ).toBe("not-found");
    // None of the refused clients caused a document to be created.
    expect(
      (await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } })).ydoc,
    ).toBeNull();
  });

  it("refuses to open a document whose stored state cannot be read, and never overwrites it", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const corrupt = new Uint8Array([1, 2, 3, 4, 5]);
    await db().section.update({
      where: { id: pressRelease.id },
      data: { ydoc: corrupt, text: "precious" },
    });
    const server = await start();
    const a = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    expect(await a.refused).toBe("load-failed");
    await harness.stop(server);
    const row = await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } });
    expect([...(row.ydoc ?? [])]).toEqual([...corrupt]);
    expect(row.text).toBe("precious");
  });
});

describe("limits", () => {
  it("closes a socket that sends an oversized message, and keeps serving others", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await start({ limits: { maxMessageBytes: 64 * 1024 } });
    const raw = new WebSocket(server.url);
    await new Promise((resolve) => raw.once("open", resolve));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      raw.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    raw.send(new Uint8Array(65 * 1024));
    expect(await closed).toEqual({ code: 1009, reason: "message-too-large" });
    const a = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    expect(await a.authenticated).toBe("read-write");
  });

  it("closes connections over the per-IP limit with a reason", async () => {
    const server = await start({ limits: { maxConnectionsPerIp: 2 } });
    const open = async () => {
      const socket = new WebSocket(server.url);
      await new Promise((resolve) => socket.once("open", resolve));
      return socket;
    };
    const first = await open();
    const second = await open();
    const third = new WebSocket(server.url);
    const closed = await new Promise<{ code: number; reason: string }>((resolve) =>
      third.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    expect(closed).toEqual({ code: 4429, reason: "too-many-connections" });
    first.close();
    second.close();
  });

  it("counts a forged X-Forwarded-For against the real address, unless a trusted proxy set it", async () => {
    const open = async (url: string, forwardedFor: string) => {
      const socket = new WebSocket(url, { headers: { "X-Forwarded-For": forwardedFor } });
      const closed = new Promise<string>((resolve) =>
        socket.once("close", (_code, reason) => resolve(reason.toString())),
      );
      await new Promise((resolve) => socket.once("open", resolve));
      return { socket, closed };
    };
    const admitted = async (server: Server) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/health`);
      return ((await response.json()) as { connections: number }).connections;
    };

    const direct = await start({ limits: { maxConnectionsPerIp: 2 }, trustedProxies: 0 });
    const spoofers = [];
    for (const address of ["203.0.113.1", "203.0.113.2", "203.0.113.3"])
      spoofers.push(await open(direct.url, address));
    expect(await spoofers[2]?.closed).toBe("too-many-connections");
    expect(await admitted(direct)).toBe(2);
    for (const { socket } of spoofers) socket.close();
    await harness.stop(direct);

    // Behind one proxy (this test plays it), the address it appended is the client's.
    const proxied = await start({ limits: { maxConnectionsPerIp: 2 }, trustedProxies: 1 });
    const clients = [];
    for (const address of ["198.51.100.1", "198.51.100.2", "198.51.100.3"])
      clients.push(await open(proxied.url, `6.6.6.6, ${address}`));
    await waitFor(async () => (await admitted(proxied)) === 3, "all three admitted");
    for (const { socket } of clients) socket.close();
  });

  it("refuses a client beyond the people-per-document limit", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await start({ limits: { maxClientsPerDocument: 1 } });
    const first = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    // Synced, so the first is on the document before the second arrives: "authenticated"
    // comes before the connection joins its document, and the newcomer must be the one refused.
    await waitFor(() => textOf(first.doc).startsWith("Headline"), "the first client in");
    const second = client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    // Refused at once, or (if it arrived while the document was loading) closed once in.
    const outcome = await Promise.race([
      second.refused,
      waitFor(
        () => second.closes.some((close) => close.reason === "document-full"),
        "the close",
      ).then(() => "document-full"),
    ]);
    expect(outcome).toBe("document-full");
  });
});

const redisUp = await redisAnswers();

describe.skipIf(!redisUp)("several collab servers sharing Redis (127.0.0.1:6379)", () => {
  it("converges with clients split across two servers", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const one = await start({ redisUrl: "redis://127.0.0.1:6379", port: 0 });
    const two = await start({ redisUrl: "redis://127.0.0.1:6379", port: 0 });
    const a = client({ url: one.url, userId: owner.id, sectionId: pressRelease.id });
    const b = client({ url: two.url, userId: editor.id, sectionId: pressRelease.id });
    await Promise.all([a.authenticated, b.authenticated]);
    typeParagraph(a.doc, "Via server one");
    typeParagraph(b.doc, "Via server two");
    await waitFor(
      () => textOf(a.doc).includes("Via server two") && textOf(b.doc).includes("Via server one"),
      "edits relayed through Redis",
    );
    expect(textOf(a.doc)).toBe(textOf(b.doc));
    expect(textOf(a.doc).match(/Headline/g)).toHaveLength(1);
  });
});
