import { inSentence } from "@/lib/format";
import { Skeleton } from "@/components/ui/skeleton";

/** Where the document will be, while the first sync is under way. */
export function EditorSkeleton({ label }: { label: string }) {
  return (
    <div
      className="editor-surface grid gap-3 py-2"
      role="status"
      aria-label={`Loading the ${inSentence(label)}`}
    >
      <div className="mx-auto grid w-full max-w-[72ch] gap-3">
        <Skeleton className="h-6 w-1/3" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-5/6" />
        <Skeleton className="mt-4 h-6 w-1/4" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-2/3" />
      </div>
    </div>
  );
}
