/** What a finding is about; the editor colours and the panel groups by it. */
export const COACH_KINDS = ["readability", "long-sentence", "passive", "weasel", "jargon"] as const;
export type CoachKind = (typeof COACH_KINDS)[number];

/**
 * A block of the press release's text, as the caller cut it. The coach never
 * sees the document: the caller picks the blocks (e.g. paragraphs, not
 * headings) and gets findings back in the same terms.
 */
export type CoachBlock = {
  /** A key the caller can map back to the document (e.g. the block's position). */
  id: number;
  /** The block's plain text; character offsets in findings index into it. */
  text: string;
};

/** One piece of advice, anchored to a range of one block's text. */
export type CoachFinding = {
  /** Unique within a report: block, kind and range. */
  id: string;
  kind: CoachKind;
  /** The `id` of the block it is in. */
  blockId: number;
  /** Start offset in the block's text (UTF-16 code units, like String#slice). */
  from: number;
  /** End offset (exclusive) in the block's text. */
  to: number;
  /** `text.slice(from, to)`: what is flagged. */
  text: string;
  /** What is wrong, in plain language. */
  message: string;
  /** What to do instead. */
  suggestion: string;
};

/** A finding before it knows which block it is in. */
export type BlockFinding = Omit<CoachFinding, "id" | "blockId">;

/** The counts the Flesch–Kincaid formula needs, from retext's parse tree. */
export type TextCounts = { sentences: number; words: number; syllables: number };

/** One block analysed: its findings and its counts (cached by text). */
export type BlockAnalysis = { findings: BlockFinding[]; counts: TextCounts };

/** Where a Flesch–Kincaid grade falls against the 8–10 target. */
export type GradeBand =
  /** No words yet: nothing to grade. */
  | "empty"
  /** Below 8: very easy to read, which is fine for a press release. */
  | "easy"
  /** 8 to 10: the target. */
  | "target"
  /** Above 10: too hard for a general reader; the coach warns. */
  | "hard";

/** The coach's view of the whole press release. */
export type CoachReport = {
  /** Flesch–Kincaid grade level of all blocks together; null with no words. */
  grade: number | null;
  band: GradeBand;
  counts: TextCounts;
  /** In document order (the blocks' order, then by offset). */
  findings: CoachFinding[];
  /** How many findings of each kind. */
  byKind: Record<CoachKind, number>;
};
