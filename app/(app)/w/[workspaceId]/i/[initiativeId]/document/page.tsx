import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth";
import { getInitiativeDocument } from "@/server/data/initiative/get-initiative-document";
import { getShareLink } from "@/server/data/publication/get-share-link";
import { orNotFound } from "@/server/http/or-not-found";
import { can } from "@/server/policies/permissions";
import { env } from "@/lib/env";
import { draftLabel } from "@/lib/draft-label";
import { sharePath } from "@/lib/publication";
import { InitiativeHeader } from "@/components/initiative/initiative-header";
import { ReadableDocument } from "@/components/publication/readable-document";
import { ExportLinks } from "@/components/publication/export-links";
import { PublishPanel } from "@/components/publish/publish-panel";
import { ShareLinkCard } from "@/components/publish/share-link-card";
import { DocumentStatus } from "@/components/publish/document-status";

export const metadata: Metadata = { title: "Document" };

/**
 * The whole initiative as one document, drafts marked: the page to print or
 * put on the screen in a meeting, with publishing and the share link beside
 * it. For people who read drafts; 404 for viewers and outsiders.
 */
export default async function DocumentPage({
  params,
}: PageProps<"/w/[workspaceId]/i/[initiativeId]/document">) {
  const { workspaceId, initiativeId } = await params;
  const user = await requireUser();
  const { initiative, customer, parts, publications } = await orNotFound(
    getInitiativeDocument({ userId: user.id, initiativeId }),
  );
  if (initiative.workspaceId !== workspaceId) notFound();
  const canShare = can(initiative.actor, "publication.share") && publications.length > 0;
  const shareLink = canShare ? await getShareLink({ initiativeId: initiative.id }) : null;

  return (
    <main className="mx-auto max-w-7xl px-4 py-6 md:px-8 md:py-8 print:max-w-none print:p-0">
      <InitiativeHeader initiative={initiative} workspaceId={workspaceId} showTitle={false} />
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-8 print:block">
        <div className="grid min-w-0 content-start gap-3">
          <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
            <DocumentStatus states={initiative.states} />
            <ExportLinks exportPath={`/api/initiatives/${initiative.id}/export`} />
          </div>
          <div className="rounded-xl border bg-background px-5 py-8 shadow-xs sm:px-10 sm:py-12 print:border-0 print:p-0 print:shadow-none">
            <ReadableDocument
              title={initiative.title}
              meta={<>For {initiative.customer}</>}
              customer={customer}
              parts={parts.map((part) => ({
                stage: part.stage,
                content: part.written ? part.content : null,
                draftLabel: draftLabel(part.state, part.written),
              }))}
              // Draft readers read section images where the editor does.
              assetUrl={(assetId) => `/api/assets/${assetId}`}
            />
          </div>
        </div>
        {/* After the document on a phone (reading comes first there), beside it from lg on. */}
        <aside
          aria-label="Publishing"
          className="grid content-start gap-4 lg:sticky lg:top-6 lg:self-start print:hidden"
        >
          <PublishPanel
            initiativeId={initiative.id}
            states={initiative.states}
            versions={publications}
            canPublishHere={initiative.may.change && can(initiative.actor, "publication.publish")}
          />
          {canShare ? (
            <ShareLinkCard
              initiativeId={initiative.id}
              appOrigin={new URL(env().APP_URL).origin}
              livePath={shareLink ? sharePath(shareLink.token) : null}
            />
          ) : null}
        </aside>
      </div>
    </main>
  );
}
