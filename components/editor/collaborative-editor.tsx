"use client";

import { inSentence } from "@/lib/format";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { Editor } from "@tiptap/core";
import type { Stage } from "@/lib/stages";
import { useCollabSession } from "./use-collab-session";
import { useUnloadWarning } from "./use-unload-warning";
import { collabStatus, isAllSaved, type CollabStatus } from "./collab-status";
import { CollabStatusPill } from "./collab-status-pill";
import { PresenceAvatars } from "./presence-avatars";
import { EditorSurface } from "./editor-surface";
import { EditorSkeleton } from "./editor-skeleton";
import { DismissibleNotice, RefusalNotice } from "./refusal-notice";
import { userColor } from "@/lib/user-color";
import { toast } from "sonner";
import { onSectionRestored } from "./section-events";
import type { TCollabTokenResponse } from "./collab-token";

/** What the surrounding page may act on (e.g. completing the stage). */
export type CollabEditorState = {
  status: CollabStatus;
  /** Connected, and everything this tab wrote has been stored by the server. */
  allSaved: boolean;
};

type Props = {
  sectionId: string;
  stage: Stage;
  label: string;
  user: { id: string; name: string };
  /**
   * Whether the page, as rendered, says this person may write. When the
   * collab server decides otherwise (the page was rendered just before a
   * stage changed), the page is refreshed.
   */
  pageEditable: boolean;
  /** The first collab token, issued while the page was rendered (null: the page could not issue one). */
  pageToken?: TCollabTokenResponse | null;
  /** Rendered at the end of the editor's header bar. */
  renderActions?: (state: CollabEditorState) => ReactNode;
  /** Told of the editor when it is created and (null) when it goes, for panels beside it. */
  onEditorChange?: (editor: Editor | null) => void;
  /** Starts a comment on the selected text; absent for people who may not comment. */
  onComment?: () => void;
};

/**
 * One section, written together: a Tiptap editor over the section's Yjs
 * document on the collab server, with connection and save status, who is
 * here, and what the server allows this person to do.
 */
export function CollaborativeEditor({
  sectionId,
  stage,
  label,
  user,
  pageEditable,
  pageToken,
  renderActions,
  onEditorChange,
  onComment,
}: Props) {
  const { session, snapshot } = useCollabSession(sectionId, pageToken ?? undefined);
  useEffect(() => session.setPageEditable(pageEditable), [session, pageEditable]);
  const [editor, setEditor] = useState<Editor | null>(null);
  useEffect(() => onEditorChange?.(editor), [editor, onEditorChange]);
  const status = collabStatus(snapshot);
  // Armed while this tab has edits the server has not stored; warns if any are not even acknowledged.
  const hasUnacknowledgedEdits = useCallback(() => session.hasUnacknowledgedEdits(), [session]);
  useUnloadWarning(snapshot.dirty && snapshot.editable, hasUnacknowledgedEdits);

  // A restore replaces the text under everyone's cursor: say who did it and where the old text went.
  useEffect(
    () =>
      onSectionRestored(sectionId, ({ userId, byName, versionName }) => {
        if (userId === user.id) return; // the restorer has their own confirmation
        const what = versionName ? `“${versionName}”` : "an earlier version";
        toast.info(`${byName} restored ${what} of the ${inSentence(label)}.`, {
          description: "The text it replaced is kept in History as “Before a restore”.",
          duration: 10_000,
        });
      }),
    [sectionId, user.id, label],
  );

  const [presenceUser] = useState(() => ({ ...user, color: userColor(user.id) }));
  const { provider } = snapshot;
  useEffect(() => {
    // Announced before the editor exists: others see us at once, and the
    // caret extension's own announcement (made while rendering) changes nothing.
    provider?.setAwarenessField("user", presenceUser);
  }, [provider, presenceUser]);

  return (
    <div className="grid gap-4">
      {/* Stays in view while writing far down: the save status, the stage's
          actions and any notice are what a writer must not miss. */}
      <div className="sticky top-0 z-10 -mx-2 grid gap-2 bg-card/95 px-2 py-2 backdrop-blur-sm">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex items-center gap-3">
            <CollabStatusPill status={status} hasPendingEdits={snapshot.dirty} />
            <PresenceAvatars provider={snapshot.provider} selfId={user.id} />
          </div>
          {renderActions?.({ status, allSaved: isAllSaved(snapshot) })}
        </div>
        {snapshot.notice ? (
          <DismissibleNotice message={snapshot.notice} onDismiss={() => session.dismissNotice()} />
        ) : null}
        {snapshot.refusal ? (
          <RefusalNotice message={snapshot.refusal} onRetry={() => session.retry()} />
        ) : null}
      </div>
      {snapshot.doc && snapshot.provider && snapshot.synced ? (
        <EditorSurface
          doc={snapshot.doc}
          provider={snapshot.provider}
          sectionId={sectionId}
          stage={stage}
          label={label}
          user={presenceUser}
          editable={snapshot.editable}
          onReady={setEditor}
          onComment={onComment}
        />
      ) : snapshot.refusal ? null : (
        <EditorSkeleton label={label} />
      )}
    </div>
  );
}
