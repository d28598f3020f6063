import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "./create-user";
import { SIGN_IN_LIMIT, verifyCredentials } from "./verify-credentials";
import { PASSWORD, refusal, signUp, snapshot } from "@/test/support/factories";

describe("sign-up", () => {
  it("creates the account, a workspace named after the person, and makes them its owner", async () => {
    const { user, workspaceId } = await createUser({
      input: { name: "Grace Hopper", email: "Grace@Example.com", password: PASSWORD },
    });
    expect(user).toMatchObject({ name: "Grace Hopper", email: "grace@example.com" });
    const workspace = await db().workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      include: { memberships: true },
    });
    expect(workspace.name).toBe("Grace Hopper's workspace");
    expect(workspace.memberships).toEqual([
      expect.objectContaining({ userId: user.id, role: "OWNER" }),
    ]);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a taken email (any case) with 409 on the email field, and writes nothing", async () => {
    const existing = await signUp("Grace Hopper");
    const before = await snapshot();
    const refused = await refusal(
      createUser({
        input: { name: "Someone", email: existing.email.toUpperCase(), password: PASSWORD },
      }),
    );
    expect(refused).toMatchObject({
      status: 409,
      code: "EMAIL_TAKEN",
      fields: { email: expect.stringContaining("already") },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input with 400 naming the fields, and writes nothing", async () => {
    const before = await snapshot();
    const refused = await refusal(
      createUser({ input: { name: "", email: "nope", password: "short" } }),
    );
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.fields ?? {}).sort()).toEqual(["email", "name", "password"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await signUp();
    const result = await verifyCredentials({
      input: { email: user.email.toUpperCase(), password: PASSWORD },
      ip: "10.0.0.1",
    });
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.name, email: user.email } });
  });

  it("refuses a wrong password and an unknown email alike, counting both", async () => {
    const user = await signUp();
    expect(
      await verifyCredentials({ input: { email: user.email, password: "wrong" }, ip: "10.0.0.2" }),
    ).toEqual({ ok: false, reason: "INVALID" });
    expect(
      await verifyCredentials({
        input: { email: "nobody@example.com", password: "x" },
        ip: "10.0.0.2",
      }),
    ).toEqual({ ok: false, reason: "INVALID" });
    expect(await db().signInAttempt.count({ where: { ip: "10.0.0.2" } })).toBe(2);
  });

  it("throttles an account after 10 failures, even with the right password, until the window passes", async () => {
    const user = await signUp();
    const start = new Date();
    for (let i = 0; i < SIGN_IN_LIMIT.attempts; i++) {
      // Each guess from another address, so only the per-account limit applies.
      await verifyCredentials({
        input: { email: user.email, password: `guess-${i}` },
        ip: `10.1.0.${i}`,
        now: start,
      });
    }
    const blocked = await verifyCredentials({
      input: { email: user.email, password: PASSWORD },
      ip: "10.9.9.9",
      now: start,
    });
    expect(blocked).toMatchObject({ ok: false, reason: "THROTTLED" });
    const later = new Date(start.getTime() + SIGN_IN_LIMIT.windowMs + 1000);
    expect(
      await verifyCredentials({
        input: { email: user.email, password: PASSWORD },
        ip: "10.9.9.9",
        now: later,
      }),
    ).toMatchObject({ ok: true });
  });

  it("throttles an address that fails across many accounts", async () => {
    const victim = await signUp();
    for (let i = 0; i < SIGN_IN_LIMIT.attempts; i++) {
      await verifyCredentials({
        input: { email: `spray-${i}@example.com`, password: "x" },
        ip: "10.2.0.1",
      });
    }
    expect(
      await verifyCredentials({
        input: { email: victim.email, password: PASSWORD },
        ip: "10.2.0.1",
      }),
    ).toMatchObject({
      ok: false,
      reason: "THROTTLED",
    });
    // The same account from elsewhere is fine.
    expect(
      await verifyCredentials({
        input: { email: victim.email, password: PASSWORD },
        ip: "10.2.0.2",
      }),
    ).toMatchObject({ ok: true });
  });
});
