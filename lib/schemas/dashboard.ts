import { z } from "@/lib/schemas/zod";
import { isId } from "@/lib/schemas/ids";

/**
 * Which initiatives the dashboard lists. The default views leave archived
 * initiatives out; "archived" lists only those.
 */
export const DASHBOARD_FILTERS = ["active", "mine", "review", "stalled", "archived"] as const;
export type DashboardFilter = (typeof DASHBOARD_FILTERS)[number];

/** How the dashboard orders them; each sort has the one direction people want from it. */
export const DASHBOARD_SORTS = ["activity", "time", "title", "progress"] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

/** Initiatives per dashboard page: 1,000 of them stay fast to render. */
export const DASHBOARD_PAGE_SIZE = 50;

/**
 * The dashboard's search params (`?show=stalled&sort=time&page=2`). Lenient,
 * as addresses are shared and edited by hand: a value it does not know is
 * read as the default rather than refused.
 */
export const ZDashboardQuerySchema = z.object({
  /** Which initiatives: all active ones (the default), mine, in review, stalled or archived. */
  show: z.enum(DASHBOARD_FILTERS).catch("active"),
  /** Last activity first (the default), longest in stage, title A–Z or furthest along. */
  sort: z.enum(DASHBOARD_SORTS).catch("activity"),
  /** 1-based page. */
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuerySchema>;

/** Reads the dashboard's search params; Next gives arrays for repeated keys, of which the first counts. */
export function parseDashboardQuery(
  params: Record<string, string | string[] | undefined>,
): TDashboardQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return ZDashboardQuerySchema.parse({
    show: first(params.show),
    sort: first(params.sort),
    page: first(params.page),
  });
}

/** The dashboard's address for a query, leaving defaults out so the plain address stays plain. */
export function dashboardHref(workspaceId: string, query: TDashboardQuery): string {
  const params = new URLSearchParams();
  if (query.show !== "active") params.set("show", query.show);
  if (query.sort !== "activity") params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return `/w/${workspaceId}${search ? `?${search}` : ""}`;
}

/**
 * The activity timeline's cursor (`?before=<ISO time>_<id>`): the entry the
 * next page starts after. A malformed one reads as none (the newest page).
 */
export const ZTimelineCursorSchema = z
  .string()
  .max(80)
  .transform((value, context) => {
    const at = value.lastIndexOf("_");
    const createdAt = new Date(value.slice(0, at));
    const id = value.slice(at + 1);
    if (at < 0 || Number.isNaN(createdAt.getTime()) || !isId(id)) {
      context.addIssue({ code: "custom", message: "Not a timeline position." });
      return z.NEVER;
    }
    return { createdAt, id };
  });
export type TTimelineCursor = z.output<typeof ZTimelineCursorSchema>;

/** The cursor that continues after an entry. */
export function timelineCursor(entry: { createdAt: Date; id: string }): string {
  return `${entry.createdAt.toISOString()}_${entry.id}`;
}
