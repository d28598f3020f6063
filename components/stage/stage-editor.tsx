"use client";

import { useState } from "react";
import type { Editor } from "@tiptap/core";
import { CollaborativeEditor } from "@/components/editor/collaborative-editor";
import { ChecklistPanel } from "@/components/checks/checklist-panel";
import { useCheckReport } from "@/components/checks/use-check-report";
import { CoachPanel } from "@/components/coach/coach-panel";
import { AddImageButton } from "@/components/editor/add-image-button";
import type { CustomerAnswers } from "@/lib/customer-questions";
import type { Stage } from "@/lib/stages";
import type { TCollabTokenResponse } from "@/lib/schemas/collab-token";
import { StageActions, type ReviewControls } from "./stage-actions";

type Props = {
  sectionId: string;
  stage: Stage;
  label: string;
  user: { id: string; name: string };
  /** The initiative's customer answers: the press release's checklist asks for all five. */
  customer: CustomerAnswers;
  canEditCustomer: boolean;
  canComplete: boolean;
  canReopen: boolean;
  /** Later stages a reopen would lock again. */
  relocks: string[];
  review: ReviewControls;
  /** Whether the page, as rendered, says this person may write here. */
  pageEditable: boolean;
  /** The first collab token, issued with the page. */
  pageToken: TCollabTokenResponse | null;
};

/**
 * A stage's shared document with its live checklist beside it and its
 * review and Complete / Reopen actions in the editor's header. "Request
 * review" and "Complete stage" wait for the checklist's required items,
 * which the server checks again.
 */
export function StageEditor({
  sectionId,
  stage,
  label,
  user,
  customer,
  canEditCustomer,
  canComplete,
  canReopen,
  relocks,
  review,
  pageEditable,
  pageToken,
}: Props) {
  const [editor, setEditor] = useState<Editor | null>(null);
  const report = useCheckReport(editor, stage, customer);
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_17rem]">
      <div className="min-w-0">
        <CollaborativeEditor
          key={sectionId}
          sectionId={sectionId}
          stage={stage}
          label={label}
          user={user}
          pageEditable={pageEditable}
          pageToken={pageToken}
          onEditorChange={setEditor}
          renderActions={({ allSaved }) => (
            <div className="flex flex-wrap items-center gap-2">
              {/* Mockups are pictures: their way in is a button, not only paste, drop or "/". */}
              {stage === "MOCKUPS" && pageEditable ? <AddImageButton editor={editor} /> : null}
              <StageActions
                sectionId={sectionId}
                label={label}
                report={report}
                allSaved={allSaved}
                canComplete={canComplete}
                canReopen={canReopen}
                relocks={relocks}
                review={review}
              />
            </div>
          )}
        />
      </div>
      {/* Beside the editor on wide screens, staying in view; above it on narrow ones. */}
      <aside className="order-first grid gap-4 xl:sticky xl:top-4 xl:order-none xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto">
        <ChecklistPanel
          report={report}
          editor={editor}
          canWrite={pageEditable}
          canEditCustomer={canEditCustomer}
        />
        {/* Advice, never a gate: only the press release has the coach. */}
        <CoachPanel editor={editor} />
      </aside>
    </div>
  );
}
