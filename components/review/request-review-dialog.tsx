"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { SendIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
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
import { UserAvatar } from "@/components/app-shell/user-avatar";
import { requestReviewAction } from "@/server/actions/request-review";
import { ROLE_INFO, type Role } from "@/lib/roles";
import { approvalsLabel, reviewersNeeded } from "@/lib/stages";

export type EligibleReviewer = { id: string; name: string; email: string; role: Role };

type Props = {
  sectionId: string;
  workspaceId: string;
  label: string;
  /** Members who may be asked (never the person asking). */
  eligible: EligibleReviewer[];
  /** Who was asked last time (after changes were requested), ticked to start with. */
  previous: string[];
  /** Approvals the workspace requires. */
  required: number;
  /** Why the button is disabled (checks failing, edits unsaved), if it is. */
  why?: string;
  /** Whether "Complete stage" sits beside it as the main action (no approval required). */
  secondary: boolean;
};

/**
 * "Request review": the author picks reviewers among the members who may
 * review, at least as many as the workspace's approvals require. The stage
 * is frozen from the moment it is sent.
 */
export function RequestReviewDialog({
  sectionId,
  workspaceId,
  label,
  eligible,
  previous,
  required,
  why,
  secondary,
}: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const needed = reviewersNeeded(required);

  const toggle = (id: string, on: boolean) => {
    setError(undefined);
    setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  };
  const send = () =>
    startTransition(async () => {
      const result = await requestReviewAction({ reviewerIds: chosen }, sectionId);
      if (!result.ok) {
        if (result.fields?.reviewerIds) setError(result.fields.reviewerIds);
        else toast.error(result.error);
        return;
      }
      setOpen(false);
      setChosen([]);
      toast.success(`${label} is in review. Its text is frozen until the review ends.`);
      router.refresh();
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(opening) => {
        setOpen(opening);
        // Sending it back after changes: most often to the same people.
        if (opening && chosen.length === 0)
          setChosen(previous.filter((id) => eligible.some((person) => person.id === id)));
      }}
    >
      <DialogTrigger asChild>
        <Button
          size="sm"
          variant={secondary ? "outline" : "default"}
          disabled={pending || Boolean(why)}
          title={why}
          aria-describedby={why ? `review-hint-${sectionId}` : undefined}
        >
          <SendIcon /> {pending ? "Sending…" : "Request review"}
        </Button>
      </DialogTrigger>
      {why ? (
        <span id={`review-hint-${sectionId}`} className="sr-only">
          {why}
        </span>
      ) : null}
      <DialogContent>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <DialogHeader>
            <DialogTitle>Request review of {label}</DialogTitle>
            <DialogDescription>
              {required > 0
                ? `This workspace needs ${approvalsLabel(required)} before a stage completes. `
                : ""}
              While it is in review the text is frozen for everyone, so every approval is of exactly
              what was read.
            </DialogDescription>
          </DialogHeader>
          {eligible.length ? (
            <fieldset className="grid gap-1" aria-describedby={`reviewers-error-${sectionId}`}>
              <legend className="mb-2 text-sm font-medium">
                Reviewers{" "}
                <span className="font-normal text-muted-foreground">(at least {needed})</span>
              </legend>
              {eligible.map((person) => (
                <label
                  key={person.id}
                  className="flex cursor-pointer items-center gap-3 rounded-md px-2 py-2 hover:bg-muted has-checked:bg-muted"
                >
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={chosen.includes(person.id)}
                    onChange={(event) => toggle(person.id, event.target.checked)}
                    aria-label={`${person.name}, ${ROLE_INFO[person.role].label.toLowerCase()}`}
                  />
                  <UserAvatar name={person.name} className="size-7" />
                  <span className="grid min-w-0 flex-1">
                    <span className="truncate text-sm font-medium">{person.name}</span>
                    <span className="truncate text-xs text-muted-foreground">{person.email}</span>
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {ROLE_INFO[person.role].label}
                  </span>
                </label>
              ))}
            </fieldset>
          ) : (
            <p className="rounded-md bg-muted px-3 py-2 text-sm">
              Nobody else here can review yet. Invite a reviewer from{" "}
              <Link className="underline" href={`/w/${workspaceId}/settings`}>
                Members &amp; settings
              </Link>
              {required > 0 ? ", or an owner can set the approvals required to 0 there." : "."}
            </p>
          )}
          <FieldError id={`reviewers-error-${sectionId}`}>{error}</FieldError>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending || chosen.length < needed}>
              {pending ? "Sending…" : "Send for review"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
