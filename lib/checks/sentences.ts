import { unified } from "unified";
import retextEnglish from "retext-english";

// The English parser knows abbreviations ("Shop Co. lets…", "U.S.", "Dr."),
// which a split on full stops (and even Intl.Segmenter) counts as sentence ends.
const parser = unified().use(retextEnglish);

/** How many sentences `text` holds, by the retext English parser. */
export function countSentences(text: string): number {
  if (!text.trim()) return 0;
  const tree = parser.parse(text);
  return tree.children
    .filter((node) => node.type === "ParagraphNode")
    .flatMap((paragraph) => paragraph.children)
    .filter((node) => node.type === "SentenceNode").length;
}
