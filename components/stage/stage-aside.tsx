"use client";

import type { Editor } from "@tiptap/core";
import { MessageSquareIcon, ListChecksIcon } from "lucide-react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ChecklistPanel } from "@/components/checks/checklist-panel";
import { CoachPanel } from "@/components/coach/coach-panel";
import { CommentsPanel } from "@/components/comments/comments-panel";
import type { CommentsController } from "@/components/comments/use-comments";
import type { CheckReport } from "@/lib/checks";
import type { MentionableMember } from "@/lib/comments/types";

export type AsideTab = "guide" | "comments";

type Props = {
  tab: AsideTab;
  onTabChange: (tab: AsideTab) => void;
  sectionId: string;
  editor: Editor | null;
  report: CheckReport | null;
  pageEditable: boolean;
  canEditCustomer: boolean;
  comments: CommentsController;
  selfId: string;
  canComment: boolean;
  members: readonly MentionableMember[];
};

/**
 * Beside the editor: the guide (the live checklist, and on the press
 * release the coach) and the comments, one tab each, so neither pushes the
 * other out of view on a laptop screen. Both stay mounted: switching is
 * instant and the checklist keeps running.
 */
export function StageAside({
  tab,
  onTabChange,
  sectionId,
  editor,
  report,
  pageEditable,
  canEditCustomer,
  comments,
  selfId,
  canComment,
  members,
}: Props) {
  const open = comments.threads?.filter((thread) => thread.resolvedAt === null).length ?? 0;
  return (
    <Tabs value={tab} onValueChange={(value) => onTabChange(value as AsideTab)}>
      <TabsList aria-label="Beside the document">
        <TabsTrigger value="guide">
          <ListChecksIcon aria-hidden /> Guide
        </TabsTrigger>
        <TabsTrigger value="comments">
          <MessageSquareIcon aria-hidden /> Comments
          {open > 0 ? (
            <span
              className="rounded-full bg-primary px-1.5 text-[0.6875rem] leading-4 font-semibold text-primary-foreground tabular-nums"
              aria-label={`${open} open`}
            >
              {open}
            </span>
          ) : null}
        </TabsTrigger>
      </TabsList>
      <TabsContent value="guide" forceMount className="grid gap-4 data-[state=inactive]:hidden">
        <ChecklistPanel
          report={report}
          editor={editor}
          canWrite={pageEditable}
          canEditCustomer={canEditCustomer}
        />
        {/* Advice, never a gate: only the press release has the coach. */}
        <CoachPanel editor={editor} />
      </TabsContent>
      <TabsContent value="comments" forceMount className="data-[state=inactive]:hidden">
        <CommentsPanel
          sectionId={sectionId}
          comments={comments}
          selfId={selfId}
          canComment={canComment}
          members={members}
        />
      </TabsContent>
    </Tabs>
  );
}
