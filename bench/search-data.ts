/**
 * Writes the search benchmark's workspace straight into PostgreSQL (the
 * domain functions would take minutes for 5,000 stages): initiatives with
 * five stages of ~1,000 words, a comment thread each, and a published
 * version of the first two stages. The generated search vectors are computed
 * by PostgreSQL as the rows go in, exactly as for rows the app writes.
 */
import pg from "pg";
import { STAGES } from "@/lib/stages";
import type { Corpus } from "./search-corpus";

export type BenchData = { initiatives: number; sections: number; words: number };

/** An id of the shape lib/schemas/ids.ts accepts: "c", a table tag and a counter. */
const id = (tag: string, n: number) => `c${tag}${n.toString(36).padStart(23, "0")}`;

const doc = (paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

/** Rows of `columns` values as one multi-row INSERT's placeholders. */
function insert(table: string, columns: string[], rows: unknown[][]) {
  const values = rows.map(
    (row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
  );
  return {
    text: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`,
    values: rows.flat(),
  };
}

export async function writeBenchData({
  url,
  workspaceId,
  ownerId,
  corpus,
  initiatives,
  wordsPerSection,
  log,
}: {
  url: string;
  workspaceId: string;
  ownerId: string;
  corpus: Corpus;
  initiatives: number;
  wordsPerSection: number;
  log: (message: string) => void;
}): Promise<BenchData> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let words = 0;
  try {
    const batch = 25;
    for (let start = 0; start < initiatives; start += batch) {
      const rows = { initiatives: [] as unknown[][], sections: [] as unknown[][] };
      const threads: unknown[][] = [];
      const comments: unknown[][] = [];
      const publications: unknown[][] = [];
      // Spread over the last 90 days, so "most recently changed" means something.
      for (let n = start; n < Math.min(initiatives, start + batch); n++) {
        const at = new Date(Date.now() - corpus.rand() * 90 * 86_400_000);
        const title = Array.from({ length: 3 + Math.floor(corpus.rand() * 4) }, corpus.word)
          .join(" ")
          .replace(/^./, (c) => c.toUpperCase());
        const customer = corpus.sentence();
        const problem = corpus.sentence();
        rows.initiatives.push([id("i", n), workspaceId, title, customer, problem, ownerId, at, at]);
        const contents: { stage: string; content: unknown }[] = [];
        STAGES.forEach((stage, s) => {
          const paragraphs = corpus.text(wordsPerSection);
          const text = paragraphs.join("\n");
          const count = text.split(/\s+/).length;
          words += count;
          const content = doc(paragraphs);
          const state = s < 2 ? "COMPLETE" : s === 2 ? "DRAFTING" : "LOCKED";
          rows.sections.push([
            id(`s${s}`, n),
            id("i", n),
            stage,
            state,
            JSON.stringify(content),
            text,
            count,
            at,
            at,
          ]);
          if (s < 2) contents.push({ stage, content });
        });
        threads.push([
          id("t", n),
          id("s1", n),
          ownerId,
          Buffer.from([0]),
          Buffer.from([0]),
          "",
          at,
        ]);
        comments.push([id("m", n), id("t", n), ownerId, corpus.text(30).join(" "), at]);
        const snapshot = {
          customer: { customer, customerProblem: problem },
          stages: contents.map((c) => ({ ...c, completedAt: at.toISOString() })),
        };
        publications.push([
          id("p", n),
          id("i", n),
          workspaceId,
          1,
          title,
          JSON.stringify(snapshot),
          [],
          ownerId,
          at,
        ]);
      }
      await client.query(
        insert(
          "Initiative",
          [
            "id",
            "workspaceId",
            "title",
            "customer",
            "customerProblem",
            "ownerId",
            "createdAt",
            "updatedAt",
          ],
          rows.initiatives,
        ),
      );
      await client.query(
        insert(
          "Section",
          [
            "id",
            "initiativeId",
            "stage",
            "state",
            "content",
            "text",
            "wordCount",
            "createdAt",
            "updatedAt",
          ],
          rows.sections,
        ),
      );
      await client.query(
        insert(
          "CommentThread",
          ["id", "sectionId", "authorId", "anchorStart", "anchorEnd", "quote", "updatedAt"],
          threads,
        ),
      );
      await client.query(
        insert("Comment", ["id", "threadId", "authorId", "body", "createdAt"], comments),
      );
      await client.query(
        insert(
          "Publication",
          [
            "id",
            "initiativeId",
            "workspaceId",
            "version",
            "title",
            "snapshot",
            "assetIds",
            "publishedById",
            "createdAt",
          ],
          publications,
        ),
      );
      if ((start / batch) % 8 === 7) log(`${start + batch} initiatives written`);
    }
    log("VACUUM ANALYZE…");
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
  return { initiatives, sections: initiatives * STAGES.length, words };
}
