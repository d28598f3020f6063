import type { SnippetPart } from "@/lib/search/snippet";
import { cn } from "@/lib/utils";

/**
 * A result's passage with the matched words in <mark>. Only text nodes:
 * whatever a document says, React escapes it.
 */
export function Snippet({ parts, className }: { parts: SnippetPart[]; className?: string }) {
  return (
    <span className={className}>
      {parts.map((part, index) =>
        part.match ? (
          <mark
            key={index}
            className={cn("rounded-sm bg-warning/30 px-0.5 font-medium text-foreground")}
          >
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
