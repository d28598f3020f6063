/** The search page for a query (no query: the empty page). */
export function searchPagePath(workspaceId: string, q: string) {
  return `/w/${workspaceId}/search${q ? `?${new URLSearchParams({ q })}` : ""}`;
}
