import { analyseBlock } from "./analyse-block";
import { fleschKincaidGrade, gradeBand } from "./grade";
import {
  COACH_KINDS,
  type BlockAnalysis,
  type CoachBlock,
  type CoachFinding,
  type CoachKind,
  type CoachReport,
  type TextCounts,
} from "./types";

/** A coach that remembers what it has analysed, so unchanged blocks cost nothing. */
export type Coach = {
  /** One block's analysis, from the cache when this exact text was seen before. */
  analyseBlock(text: string): BlockAnalysis;
  /** Whether this text's analysis is cached (lets a caller spread the work over idle time). */
  has(text: string): boolean;
  /**
   * The report for the whole text. Only blocks whose text is new are
   * analysed; afterwards the cache keeps just these blocks' texts, so it
   * never grows past the document.
   */
  report(blocks: readonly CoachBlock[]): CoachReport;
  /** How many blocks have actually been run through retext (for tests and measuring). */
  readonly analysed: number;
};

/** A coach with an empty cache; the editor keeps one per editor. */
export function createCoach(): Coach {
  let cache = new Map<string, BlockAnalysis>();
  let analysed = 0;

  const analyse = (text: string): BlockAnalysis => {
    const cached = cache.get(text);
    if (cached) return cached;
    const result = analyseBlock(text);
    analysed += 1;
    cache.set(text, result);
    return result;
  };

  return {
    analyseBlock: analyse,
    has: (text) => cache.has(text),
    report(blocks) {
      const analyses = blocks.map((block) => ({ block, analysis: analyse(block.text) }));
      cache = new Map(analyses.map(({ block, analysis }) => [block.text, analysis]));
      return buildReport(analyses);
    },
    get analysed() {
      return analysed;
    },
  };
}

/**
 * The report for a whole text, without a cache: for one-off use (the server,
 * tests). The grade is computed over all blocks together, not averaged.
 */
export function coachText(blocks: readonly CoachBlock[]): CoachReport {
  return buildReport(blocks.map((block) => ({ block, analysis: analyseBlock(block.text) })));
}

function buildReport(analyses: { block: CoachBlock; analysis: BlockAnalysis }[]): CoachReport {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  const findings: CoachFinding[] = [];
  for (const { block, analysis } of analyses) {
    counts.sentences += analysis.counts.sentences;
    counts.words += analysis.counts.words;
    counts.syllables += analysis.counts.syllables;
    for (const finding of analysis.findings) {
      findings.push({
        ...finding,
        id: `${block.id}:${finding.kind}:${finding.from}-${finding.to}`,
        blockId: block.id,
      });
    }
  }
  const byKind = Object.fromEntries(COACH_KINDS.map((kind) => [kind, 0])) as Record<
    CoachKind,
    number
  >;
  for (const finding of findings) byKind[finding.kind] += 1;
  const grade = fleschKincaidGrade(counts);
  return { grade, band: gradeBand(grade), counts, findings, byKind };
}
