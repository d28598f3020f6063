import { SearchIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { SEARCH_QUERY_MAX } from "@/lib/schemas/search";
import { ShortcutHint } from "./shortcut-hint";

/** The search page's box: a plain GET form, so results are a link to share and work without script. */
export function SearchForm({ action, query }: { action: string; query: string }) {
  return (
    <form action={action} method="get" role="search" className="grid gap-2">
      <div className="flex gap-2">
        <div className="relative flex-1">
          <SearchIcon
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          />
          <Input
            type="search"
            name="q"
            aria-label="Search"
            defaultValue={query}
            maxLength={SEARCH_QUERY_MAX}
            autoFocus={!query}
            placeholder="Search this workspace…"
            className="bg-background pl-9"
          />
        </div>
        <Button type="submit">Search</Button>
      </div>
      {query ? null : (
        <p className="hidden text-sm text-muted-foreground md:block">
          Or press <ShortcutHint /> anywhere in the workspace to search as you type.
        </p>
      )}
    </form>
  );
}
