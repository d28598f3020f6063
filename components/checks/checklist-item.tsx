import { CheckCircle2Icon, CircleIcon, CircleDotIcon } from "lucide-react";
import type { CheckResult } from "@/lib/checks";
import { cn } from "@/lib/utils";

type Props = {
  check: CheckResult;
  /** Moves the cursor to where the part belongs; absent when nobody may write. */
  onGo?: () => void;
};

/** One line of the checklist: done, or what is missing and how to fix it (a button that goes there). */
export function ChecklistItem({ check, onGo }: Props) {
  const Icon = check.passed ? CheckCircle2Icon : check.required ? CircleIcon : CircleDotIcon;
  const body = (
    <>
      <Icon
        className={cn(
          "mt-0.5 size-4 shrink-0",
          check.passed ? "text-success" : "text-muted-foreground",
        )}
        aria-hidden
      />
      <span className="min-w-0">
        <span className={cn("block text-sm", check.passed && "text-muted-foreground")}>
          {check.label}
          {!check.required ? <span className="text-muted-foreground"> (advice)</span> : null}
          <span className="sr-only">{check.passed ? ": done" : ": to do"}</span>
        </span>
        {check.passed ? null : (
          <span className="block text-xs text-muted-foreground">{check.detail ?? check.hint}</span>
        )}
      </span>
    </>
  );
  return (
    <li data-check={check.id} data-passed={check.passed}>
      {!check.passed && onGo ? (
        <button
          type="button"
          onClick={onGo}
          title={check.detail ? check.hint : undefined}
          className="flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          {body}
        </button>
      ) : (
        <div className="flex items-start gap-2 px-2 py-1.5">{body}</div>
      )}
    </li>
  );
}
