"use client";

import type { ReactNode } from "react";
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
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";

type Props<T> = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** The field: its form name (as the action's schema names it), label and limit. */
  field: { name: string; label: string; maxLength: number; defaultValue?: string };
  /** The submit button, and what it says while the action runs. */
  submit: { label: string; pending: string };
  action: (formData: FormData) => Promise<ActionResult<T>>;
  onSaved: (data: T) => void;
};

/**
 * A dialog that asks for one name and saves it through a server action
 * (renaming an initiative, naming a new workspace), showing the server's
 * reason beside the field when it refuses.
 */
export function NameDialog<T>({ open, onOpenChange, ...props }: Props<T>) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {/* Mounted while open only, so a refusal from last time is not shown again. */}
      {open ? <NameForm {...props} /> : null}
    </Dialog>
  );
}

function NameForm<T>({
  title,
  description,
  field,
  submit,
  action,
  onSaved,
}: Omit<Props<T>, "open" | "onOpenChange">) {
  const { formAction, pending, values, fieldError, formError } = useActionForm(action, onSaved);
  return (
    <DialogContent className="sm:max-w-md">
      <form action={formAction} className="grid gap-5" noValidate>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <FormAlert message={formError} />
        <FormField
          label={field.label}
          htmlFor={`name-dialog-${field.name}`}
          error={fieldError(field.name)}
        >
          <Input
            name={field.name}
            maxLength={field.maxLength}
            defaultValue={values[field.name] ?? field.defaultValue}
            autoFocus
            autoComplete="off"
          />
        </FormField>
        <DialogFooter>
          <Button type="submit" disabled={pending}>
            {pending ? submit.pending : submit.label}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
