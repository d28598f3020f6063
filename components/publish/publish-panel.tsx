import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  STAGE_INFO,
  STAGES,
  canPublish,
  publishableStages,
  type Stage,
  type StageStates,
} from "@/lib/stages";
import { PublishDialog } from "./publish-dialog";
import { VersionList, type PublishedVersion } from "./version-list";

type Props = {
  initiativeId: string;
  states: StageStates;
  /** Newest first. */
  versions: PublishedVersion[];
  /** Whether this person may publish (owners and editors). */
  canPublishHere: boolean;
};

const labels = (stages: readonly Stage[]) => stages.map((stage) => STAGE_INFO[stage].label);

/**
 * Publishing, beside the document: the button for those who may publish
 * (disabled, with the reason, until the press release is complete) and the
 * versions published so far, for everyone on the team.
 */
export function PublishPanel({ initiativeId, states, versions, canPublishHere }: Props) {
  const included = publishableStages(states);
  const leftOut = STAGES.filter((stage) => !included.includes(stage));
  return (
    <Card className="gap-4 py-5">
      <CardHeader className="px-5">
        <CardTitle>Published versions</CardTitle>
        <CardDescription>
          Publishing shows the complete stages to the whole workspace, viewers included. Drafts stay
          with the team.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 px-5">
        {canPublishHere ? (
          <div className="grid gap-2">
            <PublishDialog
              initiativeId={initiativeId}
              nextVersion={(versions[0]?.version ?? 0) + 1}
              included={labels(included)}
              leftOut={labels(leftOut)}
              why={canPublish(states) ? undefined : "Complete the press release to publish it."}
            />
          </div>
        ) : null}
        <VersionList initiativeId={initiativeId} versions={versions} />
      </CardContent>
    </Card>
  );
}
