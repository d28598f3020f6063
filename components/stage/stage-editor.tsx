"use client";

import { CollaborativeEditor } from "@/components/editor/collaborative-editor";
import type { Stage } from "@/lib/stages";
import type { TCollabTokenResponse } from "@/lib/schemas/collab-token";
import { StageActions } from "./stage-actions";

type Props = {
  sectionId: string;
  stage: Stage;
  label: string;
  user: { id: string; name: string };
  canComplete: boolean;
  canReopen: boolean;
  /** Later stages a reopen would lock again. */
  relocks: string[];
  /** Whether the page, as rendered, says this person may write here. */
  pageEditable: boolean;
  /** The first collab token, issued with the page. */
  pageToken: TCollabTokenResponse | null;
};

/** A stage's shared document with its Complete / Reopen actions in the editor's header. */
export function StageEditor({
  sectionId,
  stage,
  label,
  user,
  canComplete,
  canReopen,
  relocks,
  pageEditable,
  pageToken,
}: Props) {
  return (
    <CollaborativeEditor
      key={sectionId}
      sectionId={sectionId}
      stage={stage}
      label={label}
      user={user}
      pageEditable={pageEditable}
      pageToken={pageToken}
      renderActions={({ editor, allSaved }) => (
        <StageActions
          sectionId={sectionId}
          label={label}
          editor={editor}
          allSaved={allSaved}
          canComplete={canComplete}
          canReopen={canReopen}
          relocks={relocks}
        />
      )}
    />
  );
}
