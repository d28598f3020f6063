"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { PlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FormField } from "@/components/ui/form-field";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { createInitiativeAction } from "@/server/actions/create-initiative";
import { LIMITS } from "@/lib/schemas/limits";

export function CreateInitiativeDialog({ workspaceId }: { workspaceId: string }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { formAction, pending, values, fieldError, formError } = useActionForm(
    (formData: FormData) => createInitiativeAction(formData, workspaceId),
    (initiative) => {
      setOpen(false);
      router.push(`/w/${initiative.workspaceId}/i/${initiative.id}`);
    },
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon /> New initiative
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <form action={formAction} className="grid gap-5" noValidate>
          <DialogHeader>
            <DialogTitle>New initiative</DialogTitle>
            <DialogDescription>
              Name the launch and the customer it is for. You will start with its press release.
            </DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField
            label="Title"
            htmlFor="title"
            error={fieldError("title")}
            hint="As a headline: what launches?"
          >
            <Input
              name="title"
              maxLength={LIMITS.titleMax}
              defaultValue={values.title}
              placeholder="Instant refunds at the counter"
              autoFocus
            />
          </FormField>
          <FormField
            label="Customer"
            htmlFor="customer"
            error={fieldError("customer")}
            hint="Who is it for, in their words?"
          >
            <Textarea
              name="customer"
              rows={2}
              maxLength={LIMITS.customerMax}
              defaultValue={values.customer}
              placeholder="Shoppers returning an item in store who want their money back today"
            />
          </FormField>
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? "Creating…" : "Create initiative"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
