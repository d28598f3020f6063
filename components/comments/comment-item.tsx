"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { MoreHorizontalIcon, PencilIcon, Trash2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { UserAvatar } from "@/components/app-shell/user-avatar";
import { editCommentAction } from "@/server/actions/edit-comment";
import { deleteCommentAction } from "@/server/actions/delete-comment";
import { toDraft } from "@/lib/comments/mentions";
import { formatRelative } from "@/lib/format";
import type { CommentView, MentionableMember } from "@/lib/comments/types";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";
import { DeleteCommentDialog } from "./delete-comment-dialog";

type Props = {
  comment: CommentView;
  selfId: string;
  members: readonly MentionableMember[];
  /** The thread's only comment with words: deleting it removes the thread. */
  onlyComment: boolean;
  onChanged: () => void;
};

/** One comment: who, when, whether edited, the text; its author may edit or delete it. */
export function CommentItem({ comment, selfId, members, onlyComment, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const own = comment.author.id === selfId;

  if (comment.deleted) {
    return (
      <li className="text-sm text-muted-foreground italic" aria-label="Deleted comment">
        Comment deleted
      </li>
    );
  }

  const remove = () =>
    startTransition(async () => {
      const result = await deleteCommentAction(comment.id);
      if (!result.ok) toast.error(result.error);
      onChanged();
    });

  return (
    <li className="grid gap-1.5" aria-label={`Comment by ${comment.author.name}`}>
      <div className="flex items-center gap-2">
        <UserAvatar name={comment.author.name} className="size-6" />
        <div className="min-w-0 flex-1 leading-tight">
          <span className="block truncate text-sm font-medium">{comment.author.name}</span>
          <span className="text-xs text-muted-foreground">
            <time dateTime={comment.createdAt} title={new Date(comment.createdAt).toLocaleString()}>
              {formatRelative(new Date(comment.createdAt))}
            </time>
            {comment.editedAt ? " · edited" : null}
          </span>
        </div>
        {own && !editing ? (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button
                variant="ghost"
                size="icon"
                className="size-7"
                aria-label="Comment actions"
                disabled={pending}
              >
                <MoreHorizontalIcon />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              <DropdownMenuItem onSelect={() => setEditing(true)}>
                <PencilIcon /> Edit
              </DropdownMenuItem>
              <DropdownMenuItem variant="destructive" onSelect={() => setConfirming(true)}>
                <Trash2Icon /> Delete
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        ) : null}
      </div>
      {editing ? (
        <CommentComposer
          initial={toDraft(comment.body)}
          label="Edit comment"
          submitLabel="Save"
          members={members}
          autoFocus
          onSubmit={(body) => editCommentAction({ body }, comment.id)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentBody body={comment.body} selfId={selfId} />
      )}
      <DeleteCommentDialog
        open={confirming}
        onOpenChange={setConfirming}
        removesThread={onlyComment}
        onDelete={remove}
      />
    </li>
  );
}
