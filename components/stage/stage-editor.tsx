"use client";

import { CollaborativeEditor } from "@/components/editor/collaborative-editor";
import { AddImageButton } from "@/components/editor/add-image-button";
import type { Stage } from "@/lib/stages";
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
}: Props) {
  return (
    <CollaborativeEditor
      key={sectionId}
      sectionId={sectionId}
      stage={stage}
      label={label}
      user={user}
      pageEditable={pageEditable}
      renderActions={({ editor, allSaved }) => (
        <div className="flex flex-wrap items-center gap-2">
          {/* Mockups are pictures: their way in is a button, not only paste, drop or "/". */}
          {stage === "MOCKUPS" && pageEditable ? <AddImageButton editor={editor} /> : null}
          <StageActions
            sectionId={sectionId}
            label={label}
            editor={editor}
            allSaved={allSaved}
            canComplete={canComplete}
            canReopen={canReopen}
            relocks={relocks}
          />
        </div>
      )}
    />
  );
}
