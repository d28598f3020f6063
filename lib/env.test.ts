import { describe, expect, it } from "vitest";
import { mailFrom, parseEnv } from "./env";

const BASE = {
  DATABASE_URL: "postgresql://localhost/foreword",
  AUTH_SECRET: "x".repeat(32),
  APP_URL: "https://foreword.example",
};

describe("mail and sign-in settings", () => {
  it("need none of them: email goes to the log, no provider buttons", () => {
    const env = parseEnv(BASE);
    expect(env.SMTP_URL).toBeUndefined();
    expect(mailFrom(env)).toBe("Foreword <no-reply@foreword.example>");
  });

  it("treat an empty value as unset", () => {
    expect(
      parseEnv({ ...BASE, SMTP_URL: "", MAIL_FROM: "", AUTH_GITHUB_ID: "" }).SMTP_URL,
    ).toBeUndefined();
  });

  it("take smtp:// and smtps:// URLs, with a sender", () => {
    for (const url of ["smtp://user:pass@mail.example:587", "smtps://mail.example"]) {
      const env = parseEnv({ ...BASE, SMTP_URL: url, MAIL_FROM: "Foreword <hi@foreword.example>" });
      expect(env.SMTP_URL).toBe(url);
      expect(mailFrom(env)).toBe("Foreword <hi@foreword.example>");
    }
    expect(
      parseEnv({ ...BASE, SMTP_URL: "smtp://m", MAIL_FROM: "hi@foreword.example" }).MAIL_FROM,
    ).toBe("hi@foreword.example");
  });

  it.each([
    [
      { SMTP_URL: "http://mail.example", MAIL_FROM: "a@b.c" },
      "SMTP_URL: must be an smtp:// or smtps:// URL",
    ],
    [{ SMTP_URL: "smtp://mail.example" }, "MAIL_FROM: is required when SMTP_URL is set"],
    [{ MAIL_FROM: "not an address" }, "MAIL_FROM: must be an address"],
    [{ MAIL_FROM: "Evil\r\nBcc: x@y.z <a@b.c>" }, "MAIL_FROM: must be an address"],
    [{ AUTH_GITHUB_ID: "id" }, "AUTH_GITHUB_SECRET: is required when AUTH_GITHUB_ID is set"],
    [{ AUTH_GOOGLE_SECRET: "s" }, "AUTH_GOOGLE_ID: is required when AUTH_GOOGLE_SECRET is set"],
  ])("refuse %o, naming the variable", (extra, message) => {
    expect(() => parseEnv({ ...BASE, ...extra })).toThrow(message);
  });

  it("take a provider when both its id and secret are set", () => {
    const env = parseEnv({ ...BASE, AUTH_GOOGLE_ID: "id", AUTH_GOOGLE_SECRET: "secret" });
    expect([env.AUTH_GOOGLE_ID, env.AUTH_GOOGLE_SECRET]).toEqual(["id", "secret"]);
  });
});
