"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ArrowRightIcon, Loader2Icon, SearchIcon } from "lucide-react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Badge } from "@/components/ui/badge";
import { passageIsTitle, type SearchResult } from "@/lib/search/types";
import { searchPagePath } from "@/lib/search/path";
import { cn } from "@/lib/utils";
import { useSearch } from "./use-search";
import { Snippet } from "./snippet";
import { ResultIcon, resultPlace } from "./result-label";

/** Results the palette shows; the rest are on the search page. */
const PALETTE_LIMIT = 8;

/**
 * The ⌘K / Ctrl+K command palette, anywhere in the workspace: one per page
 * (the layout's), so the shortcut opens one dialog however many triggers
 * the page shows. The sidebar links to the search page, which says so.
 */
export function SearchPalette({
  workspaceId,
  children,
}: {
  workspaceId: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "k" || event.altKey || event.shiftKey) return;
      if (!(event.metaKey || event.ctrlKey)) return;
      // Before the browser's own Ctrl+K (its search bar) and before any editor sees it.
      event.preventDefault();
      setOpen((current) => !current);
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, []);
  return (
    <>
      {children}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent
          showCloseButton={false}
          className="top-[15%] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-xl"
        >
          <DialogTitle className="sr-only">Search</DialogTitle>
          <DialogDescription className="sr-only">
            Type to search this workspace. Arrow keys choose a result, Enter opens it.
          </DialogDescription>
          {open ? <Palette workspaceId={workspaceId} close={() => setOpen(false)} /> : null}
        </DialogContent>
      </Dialog>
    </>
  );
}

type Option = { id: string; href: string; result?: SearchResult };

function Palette({ workspaceId, close }: { workspaceId: string; close: () => void }) {
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);
  const search = useSearch(workspaceId, query, PALETTE_LIMIT);
  const q = query.trim();

  const options: Option[] = q
    ? [
        ...search.results.map((result) => ({
          id: `${listId}-${result.key}`,
          href: result.href,
          result,
        })),
        { id: `${listId}-all`, href: searchPagePath(workspaceId, q) },
      ]
    : [];
  // The first option is active until the person moves: new results start over.
  const activeIndex = Math.max(
    0,
    options.findIndex((option) => option.id === activeId),
  );
  const active = options[activeIndex];

  const go = (option: Option | undefined) => {
    if (!option) return;
    close();
    router.push(option.href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = options[(activeIndex + step + options.length) % options.length];
      setActiveId(next?.id ?? null);
      document.getElementById(next?.id ?? "")?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(active);
    }
  };

  return (
    <div>
      <div className="flex items-center gap-2 border-b px-4">
        <SearchIcon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        <input
          autoFocus
          role="combobox"
          aria-label="Search"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={options.length > 0 ? active?.id : undefined}
          placeholder="Search this workspace…"
          value={query}
          maxLength={200}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveId(null);
          }}
          onKeyDown={onKeyDown}
          className="h-12 w-full bg-transparent text-base outline-none placeholder:text-muted-foreground md:text-sm"
        />
        {search.status === "loading" ? (
          <Loader2Icon aria-hidden className="size-4 shrink-0 animate-spin text-muted-foreground" />
        ) : null}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className={cn("max-h-[60vh] overflow-y-auto p-2", options.length === 0 && "hidden")}
      >
        {options.map((option) => (
          <li
            key={option.id}
            id={option.id}
            role="option"
            aria-selected={option.id === active?.id}
            onMouseMove={() => setActiveId(option.id)}
            onClick={() => go(option)}
            className="flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm aria-selected:bg-accent aria-selected:text-accent-foreground"
          >
            {option.result ? (
              <PaletteResult result={option.result} />
            ) : (
              <>
                <ArrowRightIcon
                  aria-hidden
                  className="mt-0.5 size-4 shrink-0 text-muted-foreground"
                />
                <span>
                  See all results for <span className="font-medium">“{q}”</span>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <PaletteStatus state={search} typed={q} />
    </div>
  );
}

function PaletteResult({ result }: { result: SearchResult }) {
  return (
    <>
      <ResultIcon kind={result.kind} className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <span className="grid min-w-0 flex-1 gap-0.5">
        <span className="flex min-w-0 items-center gap-2">
          <span className="truncate font-medium">
            {passageIsTitle(result) ? <Snippet parts={result.snippet} /> : result.initiativeTitle}
          </span>
          {result.archived ? <Badge variant="outline">Archived</Badge> : null}
          <span className="ml-auto shrink-0 text-xs text-muted-foreground">
            {resultPlace(result)}
          </span>
        </span>
        {passageIsTitle(result) ? null : (
          <Snippet parts={result.snippet} className="line-clamp-2 text-muted-foreground" />
        )}
      </span>
    </>
  );
}

function PaletteStatus({ state, typed }: { state: ReturnType<typeof useSearch>; typed: string }) {
  let message: string | null = null;
  if (!typed) message = "Type to search this workspace.";
  else if (state.status === "error") message = state.error ?? "Search failed.";
  else if (state.status === "done" && state.results.length === 0)
    message = `Nothing found for “${typed}”.`;
  if (!message) return null;
  return (
    <p role="status" className="px-4 py-6 text-center text-sm text-muted-foreground">
      {message}
    </p>
  );
}
