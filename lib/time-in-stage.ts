/**
 * How long an initiative has been in its current stage, read from the
 * activity log rather than kept in a counter that could drift. Pure and
 * isomorphic: the dashboard's SQL (server/data/dashboard) applies the same
 * rules, and these functions name and explain them.
 */
import type { Stage } from "./stages";

/**
 * The activity types that move an initiative into a stage: created (the
 * press release starts), a stage completed (the next one starts) and a
 * stage reopened (that one starts again). The current stage (lib/stages.ts
 * currentStage) was entered at the latest of these.
 */
export const STAGE_ENTRY_TYPES = [
  "initiative.created",
  "stage.completed",
  "stage.reopened",
] as const;

/** Days in the current stage after which an unfinished initiative counts as stalled. */
export const STALLED_AFTER_DAYS = 14;

/** The funnel's medians look at stages completed in this many days up to now. */
export const FUNNEL_WINDOW_DAYS = 90;

const DAY_MS = 24 * 3600 * 1000;

/** An entry of the activity log, as far as these rules read it. */
export type LogEntry = { type: string; createdAt: Date };

/**
 * When the current stage was entered: the latest entry of a type that moves
 * an initiative into a stage (STAGE_ENTRY_TYPES), or null when there is none.
 * The dashboard's SQL computes the same in the database; tests check it against this.
 */
export function stageEnteredAt(entries: readonly LogEntry[]): Date | null {
  let latest: Date | null = null;
  for (const entry of entries) {
    if (!(STAGE_ENTRY_TYPES as readonly string[]).includes(entry.type)) continue;
    if (!latest || entry.createdAt > latest) latest = entry.createdAt;
  }
  return latest;
}

/** Where an initiative stands: its current stage (undefined once all five are complete) and since when. */
export type TimeInStage = {
  stage: Stage | undefined;
  enteredAt: Date | null;
};

/**
 * Whether an initiative is stalled: not finished, and in its current stage
 * for more than STALLED_AFTER_DAYS.
 */
export function isStalled({ stage, enteredAt }: TimeInStage, now: Date): boolean {
  if (!stage || !enteredAt) return false;
  return now.getTime() - enteredAt.getTime() > STALLED_AFTER_DAYS * DAY_MS;
}

/** The moment before which an unfinished initiative's stage entry makes it stalled (for queries). */
export function stalledBefore(now: Date): Date {
  return new Date(now.getTime() - STALLED_AFTER_DAYS * DAY_MS);
}

/** The start of the funnel's window (for queries). */
export function funnelWindowStart(now: Date): Date {
  return new Date(now.getTime() - FUNNEL_WINDOW_DAYS * DAY_MS);
}

const unit = (name: "minute" | "hour" | "day", digits = 0) =>
  new Intl.NumberFormat("en", {
    style: "unit",
    unit: name,
    unitDisplay: "long",
    maximumFractionDigits: digits,
  });
const MINUTES = unit("minute");
const HOURS = unit("hour");
const DAYS = unit("day");
const DAYS_ONE_DECIMAL = unit("day", 1);

/**
 * A span of time as people say it: "under a minute", "12 minutes",
 * "5 hours", "3 days". Whole units, rounded down, so "1 day" means at
 * least a full day.
 */
export function durationLabel(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return MINUTES.format(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return HOURS.format(hours);
  return DAYS.format(Math.floor(hours / 24));
}

/** "FAQ · 3 days" without the stage: how long since `enteredAt`; null when unknown. */
export function timeInStageLabel(enteredAt: Date | null, now: Date): string | null {
  return enteredAt ? durationLabel(now.getTime() - enteredAt.getTime()) : null;
}

/**
 * A median duration for the funnel: days with one decimal from a day up
 * ("3.5 days"), finer units below ("5 hours").
 */
export function medianLabel(seconds: number): string {
  const days = seconds / (24 * 3600);
  if (days < 1) return durationLabel(seconds * 1000);
  return DAYS_ONE_DECIMAL.format(Math.round(days * 10) / 10);
}

/**
 * The median of some numbers (the mean of the two middle ones for an even
 * count, as PostgreSQL's percentile_cont(0.5) computes it); null for none.
 * The funnel's SQL computes it in the database; tests check it against this.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
