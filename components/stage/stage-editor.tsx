"use client";

import { useCallback, useState } from "react";
import type { Editor } from "@tiptap/core";
import { CollaborativeEditor } from "@/components/editor/collaborative-editor";
import { useCheckReport } from "@/components/checks/use-check-report";
import { usePublishCheckCounts } from "@/components/checks/live-check-counts";
import { AddImageButton } from "@/components/editor/add-image-button";
import { useComments } from "@/components/comments/use-comments";
import type { MentionableMember } from "@/lib/comments/types";
import type { CustomerAnswers } from "@/lib/customer-questions";
import type { Stage } from "@/lib/stages";
import type { TCollabTokenResponse } from "@/lib/schemas/collab-token";
import { StageActions, type NextStageLink, type ReviewControls } from "./stage-actions";
import { StageAside, type AsideTab } from "./stage-aside";

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
  /** The stage completing this one unlocks, offered once it has. */
  next?: NextStageLink;
  review: ReviewControls;
  /** Whether the page, as rendered, says this person may write here. */
  pageEditable: boolean;
  /** The first collab token, issued with the page. */
  pageToken: TCollabTokenResponse | null;
  /** Whether this person may comment (on any stage they can read, writable or not). */
  canComment: boolean;
  /** Who a comment may mention: the workspace's members who can read drafts. */
  members: readonly MentionableMember[];
  /** A thread to open at once (`?thread=` in a notification's link). */
  initialThreadId?: string;
};

/**
 * A stage's shared document with its live checklist and its comments
 * beside it, and its review and Complete / Reopen actions in the editor's
 * header. "Request review" and "Complete stage" wait for the checklist's
 * required items, which the server checks again.
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
  next,
  review,
  pageEditable,
  pageToken,
  canComment,
  members,
  initialThreadId,
}: Props) {
  const [editor, setEditor] = useState<Editor | null>(null);
  const report = useCheckReport(editor, stage, customer);
  usePublishCheckCounts(report);
  const [tab, setTab] = useState<AsideTab>(initialThreadId ? "comments" : "guide");
  const showComments = useCallback(() => setTab("comments"), []);
  const comments = useComments({ sectionId, editor, initialThreadId, showPanel: showComments });
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
      {/* Above the side panel: a co-editor's caret at the end of a line puts
          their name past the column's edge, and the panel would cover it. */}
      <div className="relative z-[1] min-w-0">
        <CollaborativeEditor
          key={sectionId}
          sectionId={sectionId}
          stage={stage}
          label={label}
          user={user}
          pageEditable={pageEditable}
          pageToken={pageToken}
          onEditorChange={setEditor}
          onComment={canComment ? comments.startThread : undefined}
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
                next={next}
                review={review}
              />
            </div>
          )}
        />
      </div>
      {/* Beside the editor on wide screens, staying in view; above it on narrow ones. */}
      <aside className="isolate order-first grid gap-4 xl:sticky xl:top-4 xl:order-none xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto">
        <StageAside
          tab={tab}
          onTabChange={setTab}
          sectionId={sectionId}
          editor={editor}
          report={report}
          pageEditable={pageEditable}
          canEditCustomer={canEditCustomer}
          comments={comments}
          selfId={user.id}
          canComment={canComment}
          members={members}
        />
      </aside>
    </div>
  );
}
