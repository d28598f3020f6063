"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { SendIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { FormField } from "@/components/ui/form-field";
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
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { publishInitiativeAction } from "@/server/actions/publish-initiative";
import { publicationPath } from "@/lib/publication";
import { LIMITS } from "@/lib/schemas/limits";

type Props = {
  initiativeId: string;
  /** The version this publishes: 1 the first time. */
  nextVersion: number;
  /** The labels of the stages the snapshot takes: the complete ones. */
  included: string[];
  /** The labels of the stages left out because they are not complete. */
  leftOut: string[];
  /** Why publishing is not possible yet (the press release is not complete), if it is not. */
  why?: string;
};

/**
 * "Publish" (or "Publish version N"): a snapshot of the complete stages for
 * stakeholders, with an optional note on why it went out.
 */
export function PublishDialog({ initiativeId, nextVersion, included, leftOut, why }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const label = nextVersion === 1 ? "Publish" : `Publish version ${nextVersion}`;
  const { formAction, pending, values, fieldError, formError } = useActionForm(
    (formData: FormData) => publishInitiativeAction(formData, initiativeId),
    ({ version }) => {
      setOpen(false);
      toast.success(`Version ${version} is published`, {
        description: (
          <Link href={publicationPath(initiativeId, version)} className="underline">
            Read it as stakeholders see it
          </Link>
        ),
      });
      // The list of versions and the header's "Published · vN" are rendered on the server.
      router.refresh();
    },
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button
          className="w-full"
          disabled={Boolean(why)}
          aria-describedby={why ? "publish-hint" : undefined}
        >
          <SendIcon /> {label}
        </Button>
      </DialogTrigger>
      {why ? (
        <p id="publish-hint" className="text-sm text-muted-foreground">
          {why}
        </p>
      ) : null}
      <DialogContent>
        <form action={formAction} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>Publish version {nextVersion}</DialogTitle>
            <DialogDescription>
              A snapshot for everyone in the workspace, viewers included. Later edits stay with the
              team until you publish again.
            </DialogDescription>
          </DialogHeader>
          <dl className="grid gap-1 rounded-md bg-muted px-3 py-2 text-sm">
            <div className="flex gap-2">
              <dt className="shrink-0 font-medium">Published:</dt>
              <dd>{included.join(", ")}</dd>
            </div>
            {leftOut.length ? (
              <div className="flex gap-2 text-muted-foreground">
                <dt className="shrink-0">Not complete, left out:</dt>
                <dd>{leftOut.join(", ")}</dd>
              </div>
            ) : null}
          </dl>
          <FormAlert message={formError} />
          <FormField
            label={
              <>
                Note <span className="font-normal text-muted-foreground">(optional)</span>
              </>
            }
            htmlFor="publish-note"
            hint="Shown beside the version, for readers and the team."
            error={fieldError("note")}
          >
            <Textarea
              name="note"
              rows={2}
              maxLength={LIMITS.publicationNoteMax}
              placeholder="For the Tuesday review"
              defaultValue={values.note}
            />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending ? "Publishing…" : `Publish version ${nextVersion}`}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
