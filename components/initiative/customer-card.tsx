import { ChevronRightIcon, UsersIcon } from "lucide-react";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EditCustomerDialog } from "@/components/initiative/edit-customer-dialog";
import { CUSTOMER_QUESTIONS, type CustomerAnswers } from "@/lib/customer-questions";

type Props = {
  initiativeId: string;
  answers: CustomerAnswers;
  /** From the permission policy (initiative.edit); reviewers read the card only. */
  canEdit: boolean;
};

const [WHO, ...OTHERS] = CUSTOMER_QUESTIONS;

/**
 * The five customer answers, above every stage, so each stage is written for
 * this customer. Compact: who the customer is, then the other answers behind
 * a disclosure; open, all five took a phone's first two screens and a
 * laptop's first, above the editor people came to write in.
 */
export function CustomerCard({ initiativeId, answers, canEdit }: Props) {
  const answered = OTHERS.filter((question) => answers[question.field]);
  const open = CUSTOMER_QUESTIONS.filter((question) => !answers[question.field]);
  return (
    <Card aria-labelledby="customer-card-title" role="region" className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle id="customer-card-title" className="flex items-center gap-2">
          <UsersIcon className="size-4" aria-hidden /> Customer
        </CardTitle>
        {canEdit ? (
          <CardAction>
            <EditCustomerDialog initiativeId={initiativeId} answers={answers} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-2 px-4 text-sm">
        {WHO && answers[WHO.field] ? (
          <dl>
            <dt className="text-muted-foreground">{WHO.label}</dt>
            <dd className="break-words whitespace-pre-line">{answers[WHO.field]}</dd>
          </dl>
        ) : null}
        {answered.length ? (
          <details className="group">
            <summary className="flex w-fit cursor-pointer list-none items-center gap-1 font-medium text-primary hover:underline [&::-webkit-details-marker]:hidden">
              <ChevronRightIcon
                className="size-4 transition-transform group-open:rotate-90"
                aria-hidden
              />
              {answered.length === 1 ? "The other answer" : `The other ${answered.length} answers`}
            </summary>
            <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
              {answered.map((question) => (
                <div key={question.field} className="min-w-0">
                  <dt className="text-muted-foreground">{question.label}</dt>
                  <dd className="break-words whitespace-pre-line">{answers[question.field]}</dd>
                </div>
              ))}
            </dl>
          </details>
        ) : null}
        {/* One line for what is still open, so a new initiative's card stays small. */}
        {open.length ? (
          <p className="text-muted-foreground">
            <span className="italic">Not answered yet:</span>{" "}
            {open.map((question) => question.short.toLowerCase()).join(" · ")}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
