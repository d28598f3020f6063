"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { CheckIcon, MessageSquareWarningIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/ui/field-error";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { decideReviewAction } from "@/server/actions/decide-review";
import { LIMITS } from "@/lib/schemas/limits";
import type { ReviewDecision } from "@/lib/schemas/review";

type Props = { sectionId: string; label: string };

/** A requested reviewer's two answers: approve at once, or request changes with a note. */
export function DecisionButtons({ sectionId, label }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string>();

  const decide = (decision: ReviewDecision) =>
    startTransition(async () => {
      const result = await decideReviewAction(
        decision === "approve" ? { decision } : { decision, note },
        sectionId,
      );
      if (!result.ok) {
        if (result.fields?.note) setNoteError(result.fields.note);
        else toast.error(result.error);
        return;
      }
      setOpen(false);
      toast.success(
        decision === "approve"
          ? `You approved ${label}.`
          : `${label} is back in drafting with your note.`,
      );
      router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending}>
            <MessageSquareWarningIcon /> Request changes
          </Button>
        </DialogTrigger>
        <DialogContent>
          <form
            className="grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              decide("requestChanges");
            }}
          >
            <DialogHeader>
              <DialogTitle>Request changes to {label}</DialogTitle>
              <DialogDescription>
                {label} goes back to drafting, with your note shown above its text.
              </DialogDescription>
            </DialogHeader>
            <div className="grid gap-2">
              <Label htmlFor={`review-note-${sectionId}`}>What should change?</Label>
              <Textarea
                id={`review-note-${sectionId}`}
                value={note}
                onChange={(event) => {
                  setNote(event.target.value);
                  setNoteError(undefined);
                }}
                maxLength={LIMITS.reviewNoteMax}
                rows={5}
                required
                aria-invalid={Boolean(noteError)}
                aria-describedby={noteError ? `review-note-error-${sectionId}` : undefined}
                placeholder="The customer quote reads like marketing. Use what a real shopper told us."
              />
              <FieldError id={`review-note-error-${sectionId}`}>{noteError}</FieldError>
            </div>
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="outline">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit" disabled={pending || !note.trim()}>
                {pending ? "Sending…" : "Request changes"}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
      <Button size="sm" disabled={pending} onClick={() => decide("approve")}>
        <CheckIcon /> {pending ? "Sending…" : "Approve"}
      </Button>
    </div>
  );
}
