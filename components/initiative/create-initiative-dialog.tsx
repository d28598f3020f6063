"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { PlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
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
import { CustomerFields } from "@/components/initiative/customer-fields";
import { createInitiativeAction } from "@/server/actions/create-initiative";
import { LIMITS } from "@/lib/schemas/limits";
import { CUSTOMER_QUESTIONS, customerQuestion } from "@/lib/customer-questions";

const WHO = customerQuestion("customer");
const OPTIONAL = CUSTOMER_QUESTIONS.filter((question) => question.field !== "customer");

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
  const hasOptionalError = OPTIONAL.some((question) => fieldError(question.field));
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon /> New initiative
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
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
          <CustomerFields
            questions={[WHO]}
            valueOf={(question) => values[question.field]}
            fieldError={fieldError}
          />
          {/* Only "who" is needed to start; the rest can wait for the Customer card. */}
          <details className="group grid gap-5" open={hasOptionalError}>
            <summary className="cursor-pointer text-sm font-medium text-muted-foreground hover:text-foreground">
              Add the other customer questions (optional)
            </summary>
            <div className="mt-4 grid gap-5">
              <CustomerFields
                questions={OPTIONAL}
                valueOf={(question) => values[question.field]}
                fieldError={fieldError}
              />
            </div>
          </details>
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
