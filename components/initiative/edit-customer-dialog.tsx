"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { PencilIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
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
import { updateCustomerAction } from "@/server/actions/update-customer";
import {
  CUSTOMER_QUESTIONS,
  type CustomerAnswers,
  type CustomerField,
} from "@/lib/customer-questions";
import { onCustomerAnswerRequest } from "@/components/checks/customer-request";

type Props = {
  initiativeId: string;
  answers: CustomerAnswers;
  /**
   * Opened from elsewhere (the initiative's menu): no button of its own, and
   * the checklist's requests are left to the Customer card's dialog.
   */
  control?: { open: boolean; onOpenChange: (open: boolean) => void };
};

/** Edits all five customer answers at once, for owners and editors. */
export function EditCustomerDialog({ initiativeId, answers, control }: Props) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = control?.open ?? ownOpen;
  const setOpen = control?.onOpenChange ?? setOwnOpen;
  const [focusField, setFocusField] = useState<CustomerField>("customer");
  // The checklist's "answer the customer questions" item opens the form at the first one missing.
  const listens = !control;
  useEffect(() => {
    if (!listens) return;
    return onCustomerAnswerRequest((field) => {
      setFocusField(field);
      setOwnOpen(true);
    });
  }, [listens]);
  const router = useRouter();
  const { formAction, pending, values, fieldError, formError } = useActionForm(
    (formData: FormData) => updateCustomerAction(formData, initiativeId),
    () => {
      setOpen(false);
      // The card is rendered on the server: fetch it again with the saved answers.
      router.refresh();
    },
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFocusField("customer");
      }}
    >
      {control ? null : (
        <DialogTrigger asChild>
          <Button variant="outline" size="sm">
            <PencilIcon /> Edit customer
          </Button>
        </DialogTrigger>
      )}
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
        <form action={formAction} className="grid gap-5" noValidate>
          <DialogHeader>
            <DialogTitle>The customer</DialogTitle>
            <DialogDescription>
              Amazon&apos;s five customer questions. Everything else is written for this customer.
            </DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <CustomerFields
            questions={CUSTOMER_QUESTIONS}
            valueOf={(question) => values[question.field] ?? answers[question.field]}
            fieldError={fieldError}
            focusField={focusField}
          />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save answers"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
