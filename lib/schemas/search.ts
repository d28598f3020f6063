import { z } from "@/lib/schemas/zod";
import { ZText } from "./text";

/** The longest search people may type: a sentence or two; longer is refused (400 on `q`). */
export const SEARCH_QUERY_MAX = 200;
/** Results one request returns at most: the palette asks for 8, the search page for 50. */
export const SEARCH_LIMIT_MAX = 50;

/** A search of one workspace: the words, as typed, and how many results. */
export const ZSearchSchema = z.object({
  /**
   * What to find, as typed (websearch syntax: "quoted phrase", or, -not).
   * Missing or blank finds nothing; NUL and broken characters are refused.
   */
  q: z
    .preprocess(
      (value) => value ?? "",
      ZText("Type what to search for").pipe(
        z.string().max(SEARCH_QUERY_MAX, `Search for at most ${SEARCH_QUERY_MAX} characters`),
      ),
    )
    .transform((value) => value.trim()),
  /** How many results, best first (1–50, default 20). */
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20),
});
export type TSearch = z.infer<typeof ZSearchSchema>;
