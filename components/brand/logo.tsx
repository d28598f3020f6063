import { cn } from "@/lib/utils";

/** The Foreword mark and wordmark. */
export function Logo({ className, withName = true }: { className?: string; withName?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <span
        aria-hidden
        className="grid size-7 place-items-center rounded-md bg-primary font-serif text-base text-primary-foreground"
      >
        F
      </span>
      {withName ? <span>Foreword</span> : null}
    </span>
  );
}
