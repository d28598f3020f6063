import type { Dashboard as DashboardData } from "@/server/data/dashboard/list-dashboard";
import type { Funnel } from "@/server/data/dashboard/get-funnel";
import { dashboardHref, type TDashboardQuery } from "@/lib/schemas/dashboard";
import { DashboardControls } from "./dashboard-controls";
import { FunnelPanel } from "./funnel-panel";
import { InitiativeTable } from "./initiative-table";
import { NoInitiatives } from "./no-initiatives";
import { Pager } from "./pager";

type Props = {
  workspaceId: string;
  query: TDashboardQuery;
  dashboard: DashboardData;
  funnel: Funnel;
  canCreate: boolean;
  now: Date;
};

/**
 * The workspace dashboard: the funnel, then every initiative with where it
 * stands, filtered, sorted and paged by the address. A brand-new workspace
 * gets the invitation to start instead.
 */
export function Dashboard({ workspaceId, query, dashboard, funnel, canCreate, now }: Props) {
  const { counts, initiatives, total, pageSize } = dashboard;
  if (counts.active + counts.archived === 0)
    return <NoInitiatives workspaceId={workspaceId} show="active" canCreate={canCreate} />;
  return (
    <div className="space-y-8">
      <FunnelPanel funnel={funnel} />
      <section aria-label="Initiatives by stage" className="space-y-4">
        <DashboardControls workspaceId={workspaceId} query={query} counts={counts} />
        {initiatives.length > 0 ? (
          <InitiativeTable
            workspaceId={workspaceId}
            initiatives={initiatives}
            sort={query.sort}
            now={now}
          />
        ) : (
          <NoInitiatives workspaceId={workspaceId} show={query.show} canCreate={canCreate} />
        )}
        <Pager
          page={query.page}
          pageSize={pageSize}
          total={total}
          href={(page) => dashboardHref(workspaceId, { ...query, page })}
        />
      </section>
    </div>
  );
}
