import { describe, expect, it } from "vitest";
import { db } from "@/server/db";

// Proves the harness: the file's database exists, is migrated, and server/db.ts reaches it.
describe("test database", () => {
  it("creates and reads a user", async () => {
    const created = await db().user.create({
      data: { name: "Ada Lovelace", email: "ada@example.com", passwordHash: "not-a-real-hash" },
    });
    const found = await db().user.findUnique({ where: { email: "ada@example.com" } });
    expect(found).toMatchObject({ id: created.id, name: "Ada Lovelace" });
    expect(await db().user.count()).toBe(1);
  });
});
