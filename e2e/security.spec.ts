/**
 * What the production server sends and refuses, checked over HTTP: security
 * headers on a page, an API route and a static file; undecodable paths; and
 * the sign-in throttle keyed on the socket's address (scripts/app-server.mjs,
 * TRUSTED_PROXIES unset), whatever X-Forwarded-For a client sends.
 */
import { request as httpRequest } from "node:http";
import { OWNER_STATE, expect, newUser, signUp, test, workspaceIdFrom } from "./fixtures";

const BASE_URL = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");

const FIXED_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

test.describe("security headers", () => {
  test("a page: a nonce-based script policy that forbids framing", async ({ request }) => {
    const response = await request.get("/sign-in");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers).toMatchObject(FIXED_HEADERS);
    const policy = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    // The editor's WebSocket: the page's host on COLLAB_PORT.
    expect(policy).toMatch(new RegExp(`connect-src 'self' ws://${BASE_URL.hostname}:\\d+`));
    // Next.js put this request's nonce on its scripts.
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    // A fresh nonce per request.
    const again = await request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  });

  test("an API route", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.headers()).toMatchObject({
      ...FIXED_HEADERS,
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    });
  });

  test("a static asset", async ({ request }) => {
    const html = await (await request.get("/sign-in")).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const response = await request.get(script ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject(FIXED_HEADERS);
  });

  test("the session cookie is HttpOnly and SameSite; not Secure over plain http", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: OWNER_STATE });
    const cookies = await context.cookies();
    await context.close();
    const session = cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"));
    // APP_URL is http here; with https it is `__Secure-authjs.session-token`, Secure (auth.config.ts).
    expect(session).toMatchObject({
      name: "authjs.session-token",
      httpOnly: true,
      sameSite: "Lax",
    });
  });
});

test.describe("undecodable paths", () => {
  test("an API path answers 400 signed out, as JSON", async ({ request }) => {
    const response = await request.get("/api/assets/%FF");
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_PATH" } });
  });

  test("a page path answers 400 signed in", async ({ browser }) => {
    const context = await browser.newContext({ storageState: OWNER_STATE });
    const page = await context.newPage();
    await page.goto("/");
    await page.waitForURL(/\/w\/[^/]+$/);
    const workspaceId = workspaceIdFrom(page);
    for (const path of [
      "/w/%FF/i/%FF/press-release",
      `/w/${workspaceId}/i/%FF/press-release`,
      `/w/${workspaceId}/i/x/%E0%A4%A`,
    ]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(400);
    }
    // A person who follows such a link gets a page that says so, with a way back.
    const response = await page.goto("/w/%FF/i/%FF/press-release");
    expect(response?.status()).toBe(400);
    await expect(page).toHaveTitle("Address not valid · Foreword");
    await expect(page.getByRole("heading", { name: "This address is not valid" })).toBeVisible();
    await page.getByRole("link", { name: "Go to your workspaces" }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    await context.close();
  });
});

type Reply = { status: number; location: string; cookies: Map<string, string> };

/** One HTTP request from a chosen loopback address, so the server sees that socket peer. */
function send(
  from: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: BASE_URL.hostname,
        port: BASE_URL.port,
        method,
        path,
        localAddress: from,
        headers: body ? { ...headers, "content-length": String(Buffer.byteLength(body)) } : headers,
      },
      (res) => {
        const cookies = new Map(
          (res.headers["set-cookie"] ?? []).map((line) => {
            const [pair = ""] = line.split(";");
            const at = pair.indexOf("=");
            return [pair.slice(0, at), pair.slice(at + 1)] as [string, string];
          }),
        );
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? "", cookies }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * A credentials sign-in through next-auth's own endpoint, from `from`, with a
 * forged X-Forwarded-For (and the app's own address header, forged too).
 * Returns "ok", "invalid" or "throttled".
 */
async function signInFrom(from: string, email: string, password: string, forged: string) {
  const spoof = { "x-forwarded-for": forged, "x-foreword-client-address": forged };
  const csrf = await send(from, "GET", "/api/auth/csrf", spoof);
  const token = csrf.cookies.get("authjs.csrf-token") ?? "";
  const csrfToken = decodeURIComponent(token).split("|")[0] ?? "";
  const reply = await send(
    from,
    "POST",
    "/api/auth/callback/credentials",
    {
      ...spoof,
      "content-type": "application/x-www-form-urlencoded",
      cookie: `authjs.csrf-token=${token}`,
    },
    new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }).toString(),
  );
  if (reply.location.includes("code=throttled")) return "throttled";
  if (reply.location.includes("error=")) return "invalid";
  return reply.cookies.has("authjs.session-token") ? "ok" : `unexpected ${reply.location}`;
}

test.describe("sign-in throttling by socket address", () => {
  test("15 guesses with a new X-Forwarded-For each: the last 5 are throttled, and the owner still gets in from elsewhere", async ({
    newPage,
  }) => {
    const owner = await signUp(await newPage(), { name: "Tess Target" });
    const results = [];
    for (let i = 0; i < 15; i++) {
      // The attacker (127.0.0.21) names another address on every request.
      results.push(await signInFrom("127.0.0.21", owner.email, `guess-${i}`, `203.0.113.${i}`));
    }
    expect(results.filter((result) => result === "throttled")).toHaveLength(5);
    expect(await signInFrom("127.0.0.21", owner.email, owner.password, "127.0.0.22")).toBe(
      "throttled",
    );
    // The owner, from their own address, is not locked out by it.
    expect(await signInFrom("127.0.0.22", owner.email, owner.password, "203.0.113.1")).toBe("ok");
  });

  test("spraying 15 accounts from one address with forged headers: the last 5 are throttled", async () => {
    const results = [];
    for (let i = 0; i < 15; i++) {
      const { email } = newUser(`Spray ${i}`);
      results.push(await signInFrom("127.0.0.23", email, "guess", `198.51.100.${i}`));
    }
    expect(results.filter((result) => result === "throttled")).toHaveLength(5);
  });
});
