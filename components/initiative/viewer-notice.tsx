import { BookOpenIcon } from "lucide-react";

/** What a viewer sees before anything is published: drafts stay with the team until then. */
export function ViewerNotice() {
  return (
    <div className="rounded-xl border border-dashed bg-background p-10 text-center">
      <BookOpenIcon className="mx-auto size-8 text-muted-foreground" aria-hidden />
      <h2 className="mt-3 font-medium">Nothing published yet</h2>
      <p className="mx-auto mt-1 max-w-sm text-sm text-muted-foreground">
        When the team publishes a document, it is listed here for you to read. Drafts stay with the
        team until then.
      </p>
    </div>
  );
}
