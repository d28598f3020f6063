import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "./create-user";
import { SIGN_IN_LIMITS, verifyCredentials } from "./verify-credentials";
import { PASSWORD, refusal, signUp, snapshot } from "@/test/support/factories";

describe("sign-up", () => {
  it("creates the account, a workspace named after the person, and makes them its owner", async () => {
    const { user, workspaceId } = await createUser({
      input: { name: "Grace Hopper", email: "Grace@Example.com", password: PASSWORD },
    });
    expect(user).toMatchObject({ name: "Grace Hopper", email: "grace@example.com" });
    if (!workspaceId) throw new Error("a sign-up without an invite must own a workspace");
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

  it("throttles an account from one address after 10 failures, even with the right password, until the window passes", async () => {
    const user = await signUp();
    const start = new Date();
    const limit = SIGN_IN_LIMITS.ACCOUNT_ADDRESS;
    for (let i = 0; i < limit.attempts; i++) {
      await verifyCredentials({
        input: { email: user.email, password: `guess-${i}` },
        ip: "10.1.0.1",
        now: start,
      });
    }
    const blocked = await verifyCredentials({
      input: { email: user.email, password: PASSWORD },
      ip: "10.1.0.1",
      now: start,
    });
    expect(blocked).toEqual({
      ok: false,
      reason: "THROTTLED",
      limit: "ACCOUNT_ADDRESS",
      retryAfterMs: limit.windowMs,
    });
    const later = new Date(start.getTime() + limit.windowMs + 1000);
    expect(
      await verifyCredentials({
        input: { email: user.email, password: PASSWORD },
        ip: "10.1.0.1",
        now: later,
      }),
    ).toMatchObject({ ok: true });
  });

  it("lets the owner in from another address while an attacker's address is throttled", async () => {
    const owner = await signUp();
    const attacker = "10.3.0.1";
    for (let i = 0; i < SIGN_IN_LIMITS.ACCOUNT_ADDRESS.attempts + 5; i++) {
      await verifyCredentials({
        input: { email: owner.email, password: `guess-${i}` },
        ip: attacker,
      });
    }
    expect(
      await verifyCredentials({ input: { email: owner.email, password: PASSWORD }, ip: attacker }),
    ).toMatchObject({ ok: false, reason: "THROTTLED", limit: "ACCOUNT_ADDRESS" });
    expect(
      await verifyCredentials({
        input: { email: owner.email, password: PASSWORD },
        ip: "10.3.0.2",
      }),
    ).toMatchObject({ ok: true });
    // Throttled attempts are not recorded: only the 10 that were checked count.
    expect(await db().signInAttempt.count({ where: { ip: attacker } })).toBe(
      SIGN_IN_LIMITS.ACCOUNT_ADDRESS.attempts,
    );
  });

  it("a success clears that address's failures on the account only", async () => {
    const owner = await signUp();
    await verifyCredentials({ input: { email: owner.email, password: "x" }, ip: "10.4.0.1" });
    await verifyCredentials({ input: { email: owner.email, password: "x" }, ip: "10.4.0.2" });
    await verifyCredentials({ input: { email: owner.email, password: PASSWORD }, ip: "10.4.0.1" });
    expect(
      await db().signInAttempt.findMany({ where: { email: owner.email }, select: { ip: true } }),
    ).toEqual([{ ip: "10.4.0.2" }]);
  });

  it("throttles an address that fails across many accounts", async () => {
    const victim = await signUp();
    for (let i = 0; i < SIGN_IN_LIMITS.ADDRESS.attempts; i++) {
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
    ).toMatchObject({ ok: false, reason: "THROTTLED", limit: "ADDRESS" });
    // The same account from elsewhere is fine.
    expect(
      await verifyCredentials({
        input: { email: victim.email, password: PASSWORD },
        ip: "10.2.0.2",
      }),
    ).toMatchObject({ ok: true });
  });

  it("caps guesses on one account across many addresses with the wider per-account limit", async () => {
    const owner = await signUp();
    const { ACCOUNT, ACCOUNT_ADDRESS } = SIGN_IN_LIMITS;
    const start = new Date(Date.now() - 60 * 60 * 1000);
    // A botnet: each address stays under the hard limit, together they reach the account's.
    const addresses = Math.ceil(ACCOUNT.attempts / (ACCOUNT_ADDRESS.attempts - 1));
    await db().signInAttempt.createMany({
      data: Array.from({ length: ACCOUNT.attempts }, (_, i) => ({
        email: owner.email,
        ip: `10.5.${i % addresses}.1`,
        createdAt: new Date(start.getTime() + i * 1000),
      })),
    });
    const now = new Date();
    const refused = await verifyCredentials({
      input: { email: owner.email, password: PASSWORD },
      ip: "10.5.200.1",
      now,
    });
    expect(refused).toEqual({
      ok: false,
      reason: "THROTTLED",
      limit: "ACCOUNT",
      // The window reopens when the oldest of those failures is a day old.
      retryAfterMs: start.getTime() + ACCOUNT.windowMs - now.getTime(),
    });
    // One failure short of the limit (a day later, the first has aged out), the owner gets in.
    const nextDay = new Date(start.getTime() + ACCOUNT.windowMs + 500);
    expect(
      await verifyCredentials({
        input: { email: owner.email, password: PASSWORD },
        ip: "10.5.200.1",
        now: nextDay,
      }),
    ).toMatchObject({ ok: true });
  });
});

describe("sign-in under concurrency", () => {
  // The review's attack: many attempts at once, all past the check before any
  // was recorded. Now at most the limit are ever checked against a password.
  it("checks at most 10 of 50 simultaneous guesses on one account from one address, and the right password sent last does not get in", async () => {
    const owner = await signUp();
    const ip = "10.6.0.1";
    const guesses = Array.from({ length: 49 }, (_, i) =>
      verifyCredentials({ input: { email: owner.email, password: `guess-${i}` }, ip }),
    );
    const right = verifyCredentials({ input: { email: owner.email, password: PASSWORD }, ip });
    const results = await Promise.all([...guesses, right]);
    const checked = results.filter((result) => !result.ok && result.reason === "INVALID").length;
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.ACCOUNT_ADDRESS.attempts);
    expect(await right).toMatchObject({ ok: false, reason: "THROTTLED" });
    expect(results.filter((result) => result.ok)).toEqual([]);
    // Only the checked guesses are recorded, so the wider per-account limit
    // does not fill up from one address.
    expect(await db().signInAttempt.count({ where: { email: owner.email } })).toBe(checked);
  });

  it("checks at most 10 of 15 accounts sprayed at once from one address", async () => {
    const ip = "10.6.0.2";
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        verifyCredentials({ input: { email: `burst-${i}@example.com`, password: "x" }, ip }),
      ),
    );
    const checked = results.filter((result) => !result.ok && result.reason === "INVALID").length;
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.ADDRESS.attempts);
    expect(results.length - checked).toBeGreaterThanOrEqual(5);
    expect(await db().signInAttempt.count({ where: { ip } })).toBe(checked);
  });

  it("checks no more than the account's wide limit allows when many addresses guess at once", async () => {
    const owner = await signUp();
    const { ACCOUNT } = SIGN_IN_LIMITS;
    const room = 5;
    await db().signInAttempt.createMany({
      data: Array.from({ length: ACCOUNT.attempts - room }, (_, i) => ({
        email: owner.email,
        ip: `10.7.${i % 20}.1`,
      })),
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        verifyCredentials({
          input: { email: owner.email, password: `guess-${i}` },
          ip: `10.8.${i}.1`,
        }),
      ),
    );
    const checked = results.filter((result) => !result.ok && result.reason === "INVALID").length;
    expect(checked).toBeLessThanOrEqual(room);
    expect(results.filter((result) => !result.ok && result.reason === "THROTTLED")).toHaveLength(
      20 - checked,
    );
  });
});
