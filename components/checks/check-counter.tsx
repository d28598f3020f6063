import type { CheckCounter as Counter } from "@/lib/checks";
// The one rule for ok / warn / over, without loading the checks themselves.
import { counterState } from "@/lib/checks/counter";
import { cn } from "@/lib/utils";

/** "412 / 500 words", with a bar that turns amber from the warning mark and red past the limit. */
export function CheckCounter({ counter }: { counter: Counter }) {
  const level = counterState(counter);
  const shown = counter.unit === "pages" ? counter.value.toFixed(1) : String(counter.value);
  return (
    <div className="grid gap-1.5" data-level={level}>
      <div className="flex items-baseline justify-between text-sm">
        <span className="text-muted-foreground">{counter.label}</span>
        <span
          className={cn(
            "font-medium tabular-nums",
            level === "warn" && "text-warning-foreground",
            level === "over" && "text-destructive",
          )}
        >
          {shown} / {counter.limit} {counter.unit}
        </span>
      </div>
      <div
        className="h-1.5 overflow-hidden rounded-full bg-muted"
        role="meter"
        aria-label={`${counter.label}: ${shown} of ${counter.limit} ${counter.unit}`}
        aria-valuemin={0}
        aria-valuemax={counter.limit}
        aria-valuenow={counter.value}
      >
        {/* Not animated: the count changes every few hundred milliseconds while
            anyone types, and a width transition made the browser lay out and
            paint the panel at every frame in between (docs/benchmarks.md, "Editor"). */}
        <div
          className={cn(
            "h-full rounded-full bg-primary",
            level === "warn" && "bg-warning",
            level === "over" && "bg-destructive",
          )}
          style={{ width: `${Math.min(100, (counter.value / counter.limit) * 100)}%` }}
        />
      </div>
      {level !== "ok" ? (
        <p className="text-xs text-muted-foreground">
          {level === "over"
            ? `Over the limit: cut it to ${counter.limit} ${counter.unit} or fewer.`
            : `Nearly at the limit of about ${counter.limit} ${counter.unit}.`}
        </p>
      ) : null}
    </div>
  );
}
