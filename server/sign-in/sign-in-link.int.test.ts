/**
 * "Email me a sign-in link" through next-auth's real route handlers, the
 * adapter over PostgreSQL and a real SMTP exchange with a local server: the
 * link arrives, signs in once, expires, and asking is throttled and says
 * nothing about who has an account.
 */
import { afterAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { startSmtpSink } from "@/scripts/smtp-sink.mjs";
import { db } from "@/server/db";
import { handlers } from "@/server/auth";
import { verifyCredentials } from "@/server/data/user/verify-credentials";
import { SIGN_IN_LINK_LIMITS } from "@/server/data/sign-in-link/admit-sign-in-link";
import { CLIENT_ADDRESS_HEADER, declareClientAddressStamping } from "@/lib/client-address";
import { signUp } from "@/test/support/factories";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.MAIL_FROM = "Foreword <no-reply@foreword.test>";
const ORIGIN = "http://localhost:3000";
process.env.APP_URL = ORIGIN;
declareClientAddressStamping();

afterAll(() => sink.close());

let addressCounter = 0;
/** A fresh client address per test, so the per-address limit of one test never touches another. */
const freshAddress = () => `198.51.100.${++addressCounter}`;

/** Asks for a link the way the sign-in form's POST does (CSRF token and cookie first). */
async function requestLink(email: string, ip: string) {
  const csrf = await handlers.GET(
    new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { [CLIENT_ADDRESS_HEADER]: ip } }),
  );
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  const response = await handlers.POST(
    new NextRequest(`${ORIGIN}/api/auth/signin/nodemailer`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        [CLIENT_ADDRESS_HEADER]: ip,
      },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${ORIGIN}/w/somewhere` }),
    }),
  );
  return { status: response.status, location: response.headers.get("location") ?? "" };
}

/** Opens a link from an email as a browser would: where it leads, and whether a session came with it. */
async function follow(link: string) {
  const response = await handlers.GET(new NextRequest(link));
  const session = response.headers
    .getSetCookie()
    .some((value) => /^authjs\.session-token=[^;]+/.test(value));
  return { location: response.headers.get("location") ?? "", session };
}

/**
 * The emailed link opens a page (app/(auth)/sign-in/link) whose button submits
 * the link's parameters to next-auth's callback: returns that callback.
 */
const signInLink = (text: string) => {
  const found = /http:\/\/localhost:3000\/sign-in\/link\?\S+/.exec(text)?.[0];
  if (!found) throw new Error(`no sign-in link in:\n${text}`);
  return {
    emailed: found,
    callback: `${ORIGIN}/api/auth/callback/nodemailer${new URL(found).search}`,
  };
};

describe("emailed sign-in links", () => {
  it("arrive, sign in once, and then say the link was used", async () => {
    const ada = await signUp("Ada Lovelace");
    const asked = await requestLink(ada.email.toUpperCase(), freshAddress());
    expect(asked.status).toBe(302);
    expect(asked.location).toMatch(/\/api\/auth\/verify-request\?/);

    const mail = await sink.waitFor((message) => message.to.includes(ada.email));
    expect(mail.subject).toBe("Your Foreword sign-in link");
    const { emailed, callback: link } = signInLink(mail.text);
    expect(mail.html).toContain(emailed.replace(/&/g, "&amp;"));
    // Only a hash of the link's secret is stored.
    const stored = await db().verificationToken.findMany({ where: { identifier: ada.email } });
    expect(stored).toHaveLength(1);
    expect(link).not.toContain(stored[0]?.tokenHash);

    const first = await follow(link);
    expect(first).toEqual({ location: `${ORIGIN}/w/somewhere`, session: true });
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: ada.id } })).emailVerified,
    ).toBeInstanceOf(Date);
    const again = await follow(link);
    expect(again.session).toBe(false);
    expect(again.location).toContain("/sign-in?error=Verification");
  });

  it("stop working once expired", async () => {
    const ada = await signUp("Ada Lovelace");
    await requestLink(ada.email, freshAddress());
    const mail = await sink.waitFor((message) => message.to.includes(ada.email));
    const [token] = await db().verificationToken.findMany({ where: { identifier: ada.email } });
    expect(token && token.expires.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    await db().verificationToken.updateMany({
      where: { identifier: ada.email },
      data: { expires: new Date(Date.now() - 1_000) },
    });
    const opened = await follow(signInLink(mail.text).callback);
    expect(opened.session).toBe(false);
    expect(opened.location).toContain("/sign-in?error=Verification");
  });

  it("answer an unknown address the same way, and email it no link", async () => {
    const email = `nobody-${Date.now()}@example.com`;
    const asked = await requestLink(email, freshAddress());
    expect(asked.status).toBe(302);
    expect(asked.location).toMatch(/\/api\/auth\/verify-request\?/);
    const mail = await sink.waitFor((message) => message.to.includes(email));
    expect(mail.subject).toBe("Signing in to Foreword");
    expect(mail.text).toContain("no account uses this address");
    expect(mail.text).not.toMatch(/callback\/nodemailer|sign-in\/link/);
    expect(await db().verificationToken.count({ where: { identifier: email } })).toBe(0);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("are throttled per email, from any address, and per address", async () => {
    const ada = await signUp("Ada Lovelace");
    const { requests } = SIGN_IN_LINK_LIMITS.EMAIL;
    for (let index = 0; index < requests; index++)
      expect((await requestLink(ada.email, freshAddress())).location).toMatch(/verify-request/);
    const refused = await requestLink(ada.email, freshAddress());
    expect(refused.location).toContain("/sign-in?error=CredentialsSignin&code=link-throttled");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.messages.filter((message) => message.to.includes(ada.email))).toHaveLength(
      requests,
    );

    const ip = freshAddress();
    for (let index = 0; index < SIGN_IN_LINK_LIMITS.ADDRESS.requests; index++)
      expect((await requestLink(`spray-${index}@example.com`, ip)).location).toMatch(
        /verify-request/,
      );
    expect((await requestLink("spray-last@example.com", ip)).location).toContain(
      "code=link-throttled",
    );
    expect(sink.messages.some((message) => message.to.includes("spray-last@example.com"))).toBe(
      false,
    );
  });

  it("leave password sign-in refusing an account that has no password", async () => {
    const email = `linkonly-${Date.now()}@example.com`;
    await db().user.create({ data: { name: "Link Only", email } });
    expect(
      await verifyCredentials({
        input: { email, password: "anything at all" },
        ip: freshAddress(),
      }),
    ).toEqual({ ok: false, reason: "INVALID" });
  });
});
