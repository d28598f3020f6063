/**
 * Quotations and who said them, for a press release's two quotes.
 *
 * A quotation is at least three words between quotation marks: straight
 * ("…"), curly (“…”), German („…“) or guillemets («…»). Single quotes are left
 * out, as they double as apostrophes; fewer than three words are scare quotes
 * ("instant"), not something someone said.
 *
 * A quotation is attributed when a person is named beside it, in the same
 * block or on the line under it:
 * - after it: `," said Jane Doe, VP of Payments.` `,” Jane Doe says.`
 *   `— Jane Doe, founder` (a dash, also as the next paragraph);
 * - before it: `Jane Doe, VP of Payments, said: “…”` `According to Jane Doe, “…”`.
 * A person is a capitalised name, or a phrase like "a shopper in Leeds" or "the
 * company's CEO" (an article and a word for a person or a title). A pronoun
 * ("she said") is not enough: the release must say who.
 *
 * A leader's quote is told from a customer's by the title in its attribution
 * (CEO, VP, head of, director, founder, manager, lead…), see `LEADER_TITLE`.
 */

const QUOTATION = /"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]|«([^»]+)»/g;
const MIN_QUOTE_WORDS = 3;

const SPEECH =
  "(?:said|says|say|adds|added|explains|explained|notes|noted|recalls|recalled|shares|shared|told|tells|puts it|put it|agrees|agreed|observes|observed|remarks|remarked|wrote|writes|comments|commented)";
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PARTICLE = "(?:de|van|von|der|den|da|del|di|du|la|le|bin|ibn|al|el)";
const PRONOUNS = "(?:He|She|They|We|I|It|You|One|This|That|Our|Their|His|Her)\\b";
/** A capitalised name of one to four words that is not a pronoun. */
const NAME = `(?!${PRONOUNS})${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;

/** Words for people in an unnamed attribution: "said a shopper in Leeds". */
const PERSON =
  "(?:customer|shopper|user|parent|mother|father|mum|mom|dad|student|teacher|nurse|doctor|driver|owner|member|buyer|client|patient|resident|traveller|traveler|fan|rider|seller|merchant|cashier|chef|engineer|designer|developer|analyst|founder|ceo|cto|cfo|coo|vp|president|director|manager|head|lead|spokesperson)s?";
const ROLE = `(?:the|a|an|our|one)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${PERSON}\\b`;
const WHO = `(?:${NAME}|${ROLE})`;
/** A role set off by commas after a name (", VP of Payments at Shop Co.,"): abbreviations' full stops allowed. */
const APPOSITION = "(?:\\s*,(?:[^.!?]|\\.(?=\\S)){1,80}?,)?";

/** Attribution after the quotation (the text that follows it). */
const AFTER = [
  new RegExp(`^[\\s,.;:!?]*[—–-]{1,2}\\s*${WHO}`, "u"),
  new RegExp(`^[\\s,.;:!?]*${SPEECH}\\s+${WHO}`, "u"),
  new RegExp(`^[\\s,.;:!?]*${WHO}${APPOSITION}\\s+${SPEECH}\\b`, "u"),
];
/** Attribution before the quotation (the text that precedes it, up to the sentence start). */
const BEFORE = [
  new RegExp(`${WHO}${APPOSITION}\\s+${SPEECH}\\b[^.!?]{0,40}?[,:]?\\s*$`, "u"),
  new RegExp(
    `(?:[Aa]ccording to|[Ii]n the words of|[Aa]sked [^.!?]{1,60}?,)\\s+${WHO}[^.!?]{0,80}?[,:]\\s*$`,
    "u",
  ),
];

/**
 * The titles that make a quote a leader's. Case matters for the short ones:
 * "Lead" in "Product Lead" is a title, "lead" in "take the lead" is not.
 */
const LEADER_TITLE =
  /\b(?:[Cc]hief\b|C[EOTFMPI]O\b|[Pp]resident\b|V\.?P\.?\b|[SE]VP\b|[Hh]ead of\b|[Dd]irector\b|(?:[Cc]o-?)?[Ff]ounder\b|[Mm]anag(?:er|ing [Dd]irector)\b|[Ll]eader\b|(?:[Tt]eam|[Pp]roduct|[Pp]rogram|[Pp]roject|[Ee]ngineering|[Dd]esign|[Tt]ech(?:nical)?)\s+[Ll]ead\b|\bLead\b|[Cc]hair(?:man|woman|person)?\b|[Ee]xecutive\b|GM\b|[Gg]eneral [Mm]anager\b)/;

/** A quotation found in a block's text. */
export type Quotation = {
  /** The words inside the quotation marks. */
  words: string;
  /** The attribution as matched ("said Jane Doe"), if someone is named. */
  attribution?: string;
  /** Whether the attribution carries a leader's title. */
  byLeader: boolean;
};

/**
 * The quotations in `text` (one block's text) and whether each names who said
 * it. `next` is the following block's text, where a "— Jane Doe" line often sits.
 */
export function findQuotations(text: string, next = ""): Quotation[] {
  const spans = [...text.matchAll(QUOTATION)]
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      words: (match[1] ?? match[2] ?? match[3] ?? match[4] ?? "").trim(),
    }))
    .filter((span) => span.words.split(/\s+/).filter(Boolean).length >= MIN_QUOTE_WORDS);

  return spans.map((span, i) => {
    // Only the text between this quotation and its neighbours can attribute it.
    const previousEnd = spans[i - 1]?.end ?? 0;
    const nextStart = spans[i + 1]?.start ?? text.length;
    const isLast = i === spans.length - 1;
    const after = text.slice(span.end, nextStart) + (isLast ? `\n${next}` : "");
    const before = text.slice(previousEnd, span.start);
    // Attribution before a quote only counts from the start of its sentence.
    const beforeSentence = before.split(/(?<=[.!?])\s+/).at(-1) ?? "";
    const match =
      AFTER.map((pattern) => pattern.exec(after)).find(Boolean) ??
      BEFORE.map((pattern) => pattern.exec(beforeSentence)).find(Boolean);
    const attribution = match?.[0].trim();
    // The title is read from the attribution's whole sentence: "said Jane Doe, VP of Payments".
    const clause = attribution ? `${beforeSentence} ${after.split(/(?<=[.!?])\s/)[0] ?? ""}` : "";
    return { words: span.words, attribution, byLeader: LEADER_TITLE.test(clause) };
  });
}
