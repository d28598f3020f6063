import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createAsset } from "./create-asset";
import { getAsset } from "./get-asset";
import { initiativeFor, member, refusal, signUp } from "@/test/support/factories";
import { MAX_IMAGE_BYTES } from "@/lib/images";

// The smallest valid PNG (1×1, transparent) and GIF.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  ),
);
const GIF = Uint8Array.from(
  Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"),
);

async function setup() {
  const owner = await signUp();
  const initiative = await initiativeFor(owner);
  return {
    owner,
    pressRelease: initiative.section("PRESS_RELEASE"),
    faq: initiative.section("FAQ"),
  };
}

describe("uploading images", () => {
  it("stores a PNG or GIF with the type read from its bytes, and serves it back", async () => {
    const { owner, pressRelease } = await setup();
    const png = await createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: PNG });
    expect(png).toMatchObject({
      contentType: "image/png",
      size: PNG.byteLength,
      url: `/api/assets/${png.id}`,
    });
    const gif = await createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: GIF });
    expect(gif.contentType).toBe("image/gif");
    const served = await getAsset({ userId: owner.id, assetId: png.id });
    expect(served.contentType).toBe("image/png");
    expect(Buffer.from(served.bytes).equals(Buffer.from(PNG))).toBe(true);
    expect(served.etag).toMatch(/^"[0-9a-f]{64}"$/);
  });

  it("refuses what is not an image (400), an empty file (400) and one over 10 MB (413), storing nothing", async () => {
    const { owner, pressRelease } = await setup();
    const extra: string[] = [];
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    expect(
      await refusal(createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: html })),
    ).toMatchObject({
      status: 400,
      fields: { file: expect.stringContaining("PNG, JPEG, WebP and GIF") },
    });
    expect(
      await refusal(
        createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: new Uint8Array() }),
      ),
    ).toMatchObject({ status: 400 });
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(PNG);
    expect(
      await refusal(createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: huge })),
    ).toMatchObject({ status: 413 });
    expect(
      await db().asset.count({ where: { sectionId: { in: [pressRelease.id, ...extra] } } }),
    ).toBe(0);
  });

  it("refuses reviewers and locked stages (403) and outsiders (404)", async () => {
    const { owner, pressRelease, faq } = await setup();
    const extra = [faq.id];
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const outsider = await signUp("Mallory");
    expect(
      await refusal(createAsset({ userId: reviewer.id, sectionId: pressRelease.id, bytes: PNG })),
    ).toMatchObject({ status: 403 });
    expect(
      await refusal(createAsset({ userId: owner.id, sectionId: faq.id, bytes: PNG })),
    ).toMatchObject({ status: 403 });
    expect(
      await refusal(createAsset({ userId: outsider.id, sectionId: pressRelease.id, bytes: PNG })),
    ).toMatchObject({ status: 404 });
    expect(
      await db().asset.count({ where: { sectionId: { in: [pressRelease.id, ...extra] } } }),
    ).toBe(0);
  });
});

describe("serving images", () => {
  it("serves them to anyone who may read drafts, and 404 to viewers and outsiders", async () => {
    const { owner, pressRelease } = await setup();
    const asset = await createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: PNG });
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    await expect(getAsset({ userId: reviewer.id, assetId: asset.id })).resolves.toMatchObject({
      contentType: "image/png",
    });
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Mallory");
    expect(await refusal(getAsset({ userId: viewer.id, assetId: asset.id }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(getAsset({ userId: outsider.id, assetId: asset.id }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(getAsset({ userId: owner.id, assetId: "missing" }))).toMatchObject({
      status: 404,
    });
  });
});
