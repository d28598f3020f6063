import { redirect } from "next/navigation";
import { requireUser } from "@/server/auth";
import { getInitiative } from "@/server/data/initiative/get-initiative";
import { orNotFound } from "@/server/http/or-not-found";
import { STAGE_INFO, currentStage } from "@/lib/stages";

/** An initiative opens at the stage the team is working on. */
export default async function InitiativePage({
  params,
}: PageProps<"/w/[workspaceId]/i/[initiativeId]">) {
  const { workspaceId, initiativeId } = await params;
  const user = await requireUser();
  const initiative = await orNotFound(getInitiative({ userId: user.id, initiativeId }));
  const stage = currentStage(initiative.states) ?? "PRESS_RELEASE";
  redirect(`/w/${workspaceId}/i/${initiativeId}/${STAGE_INFO[stage].slug}`);
}
