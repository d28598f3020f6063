/**
 * The client address end to end over real sockets: what scripts/app-server.mjs
 * does to each request (stampClientAddress), what the sign-in reads
 * (clientIp), and the throttle in PostgreSQL. Requests leave from different
 * loopback addresses (127.0.0.x), so the socket's peer really differs.
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { clientIp } from "@/server/client-ip";
import { SIGN_IN_LIMITS, verifyCredentials } from "@/server/data/user/verify-credentials";
import { declareClientAddressStamping, stampClientAddress } from "@/lib/client-address";
import { PASSWORD, signUp } from "@/test/support/factories";

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A sign-in endpoint behind the app server's stamping, with TRUSTED_PROXIES = trustedProxies. */
async function startSignInServer(trustedProxies: number): Promise<number> {
  declareClientAddressStamping();
  server = createServer((req, res) => {
    stampClientAddress(req.headers, req.socket.remoteAddress, trustedProxies);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", async () => {
      const result = await verifyCredentials({ input: JSON.parse(body), ip: clientIp(headers) });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(result.ok ? { ok: true } : { ok: false, reason: result.reason }));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return (server?.address() as AddressInfo).port;
}

type Attempt = { from: string; forwardedFor?: string; email: string; password: string };

function attempt(port: number, { from, forwardedFor, email, password }: Attempt) {
  return new Promise<{ ok: boolean; reason?: string }>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/sign-in",
        localAddress: from,
        headers: {
          "content-type": "application/json",
          ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
          // A client naming its own address in the app's header is ignored too.
          "x-foreword-client-address": forwardedFor ?? "6.6.6.6",
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        res.on("end", () => resolve(JSON.parse(text)));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ email, password }));
  });
}

/** 15 wrong passwords from `from` (to `email`, or to another account each time): how many were throttled. */
async function fifteenSpoofedGuesses(
  port: number,
  from: string,
  email: string | undefined,
  forwarded: (i: number) => string,
) {
  const results = [];
  for (let i = 0; i < 15; i++) {
    results.push(
      await attempt(port, {
        from,
        forwardedFor: forwarded(i),
        email: email ?? `spray-${i}-${port}@example.com`,
        password: `guess-${i}`,
      }),
    );
  }
  return results.filter((result) => result.reason === "THROTTLED").length;
}

describe("the client address behind the app server", () => {
  it("with TRUSTED_PROXIES=0, a new X-Forwarded-For on each of 15 guesses is ignored: the last 5 are throttled", async () => {
    const port = await startSignInServer(0);
    const user = await signUp();
    const throttled = await fifteenSpoofedGuesses(
      port,
      "127.0.0.2",
      user.email,
      (i) => `203.0.113.${i}`,
    );
    expect(throttled).toBe(15 - SIGN_IN_LIMITS.ACCOUNT_ADDRESS.attempts);
    const stored = await db().signInAttempt.findMany({
      where: { email: user.email },
      distinct: ["ip"],
      select: { ip: true },
    });
    expect(stored).toEqual([{ ip: "127.0.0.2" }]);
  });

  it("with TRUSTED_PROXIES=0, spraying 15 accounts with a new X-Forwarded-For each: the last 5 are throttled", async () => {
    const port = await startSignInServer(0);
    const throttled = await fifteenSpoofedGuesses(
      port,
      "127.0.0.5",
      undefined,
      (i) => `203.0.113.${i}`,
    );
    expect(throttled).toBe(15 - SIGN_IN_LIMITS.ADDRESS.attempts);
  });

  it("with TRUSTED_PROXIES=1, the entry our proxy appended is the client, not the forged ones before it", async () => {
    const port = await startSignInServer(1);
    const user = await signUp();
    // The proxy (socket 127.0.0.6) appended the real client, 198.51.100.7.
    const throttled = await fifteenSpoofedGuesses(
      port,
      "127.0.0.6",
      user.email,
      (i) => `203.0.113.${i}, 198.51.100.7`,
    );
    expect(throttled).toBe(15 - SIGN_IN_LIMITS.ACCOUNT_ADDRESS.attempts);
    const stored = await db().signInAttempt.findMany({
      where: { email: user.email },
      distinct: ["ip"],
      select: { ip: true },
    });
    expect(stored).toEqual([{ ip: "198.51.100.7" }]);
  });

  it("an attacker throttled on an account does not stop its owner signing in from elsewhere", async () => {
    const port = await startSignInServer(0);
    const owner = await signUp();
    for (let i = 0; i < SIGN_IN_LIMITS.ACCOUNT_ADDRESS.attempts + 2; i++) {
      // The attacker even claims to be the owner's address.
      await attempt(port, {
        from: "127.0.0.3",
        forwardedFor: "127.0.0.4",
        email: owner.email,
        password: `guess-${i}`,
      });
    }
    expect(
      await attempt(port, { from: "127.0.0.3", email: owner.email, password: PASSWORD }),
    ).toEqual({ ok: false, reason: "THROTTLED" });
    expect(
      await attempt(port, { from: "127.0.0.4", email: owner.email, password: PASSWORD }),
    ).toEqual({ ok: true });
  });
});
