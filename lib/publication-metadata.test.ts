import { describe, expect, it } from "vitest";
import { publicationMetadata, shareLinkProblemMetadata } from "./publication-metadata";

const publication = {
  title: "Instant refunds",
  description: "Money back before you leave the store.",
  createdAt: new Date("2026-11-26T10:00:00Z"),
};

describe("publicationMetadata", () => {
  it("takes title and description from the publication only, as an article preview", () => {
    const metadata = publicationMetadata(publication, { shared: false });
    expect(metadata).toMatchObject({
      title: "Instant refunds",
      description: "Money back before you leave the store.",
      openGraph: {
        type: "article",
        title: "Instant refunds",
        description: "Money back before you leave the store.",
        publishedTime: "2026-11-26T10:00:00.000Z",
      },
    });
  });

  it("is never indexed or followed, members' pages included", () => {
    expect(publicationMetadata(publication, { shared: false }).robots).toEqual({
      index: false,
      follow: false,
    });
    expect(publicationMetadata(publication, { shared: true }).robots).toEqual({
      index: false,
      follow: false,
    });
  });

  it("sends no referrer from share pages, whose URL holds the secret", () => {
    expect(publicationMetadata(publication, { shared: true }).referrer).toBe("no-referrer");
    expect(publicationMetadata(publication, { shared: false }).referrer).toBeUndefined();
  });

  it("leaves the description out when the publication has none", () => {
    const metadata = publicationMetadata({ ...publication, description: "" }, { shared: true });
    expect(metadata.description).toBeUndefined();
    expect(metadata.openGraph?.description).toBeUndefined();
  });
});

describe("shareLinkProblemMetadata", () => {
  it("says only what went wrong: no document text, never indexed, no referrer", () => {
    expect(shareLinkProblemMetadata("This link was revoked")).toEqual({
      title: "This link was revoked",
      robots: { index: false, follow: false },
      referrer: "no-referrer",
    });
  });
});
