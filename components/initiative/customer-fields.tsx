import { Textarea } from "@/components/ui/textarea";
import { FormField } from "@/components/ui/form-field";
import type { CustomerField, CustomerQuestion } from "@/lib/customer-questions";

type Props = {
  questions: readonly CustomerQuestion[];
  /** What the form shows first: the stored answer, or what was typed before a refusal. */
  valueOf: (question: CustomerQuestion) => string | undefined;
  fieldError: (name: string) => string | undefined;
  /** The question to put the cursor in when the form opens, if any. */
  focusField?: CustomerField;
};

/** Form fields for customer questions, shared by the create and edit dialogs so they ask alike. */
export function CustomerFields({ questions, valueOf, fieldError, focusField }: Props) {
  return questions.map((question) => (
    <FormField
      key={question.field}
      label={question.label}
      htmlFor={question.field}
      error={fieldError(question.field)}
      hint={question.hint}
    >
      <Textarea
        name={question.field}
        rows={2}
        maxLength={question.max}
        defaultValue={valueOf(question)}
        placeholder={question.placeholder}
        autoFocus={question.field === focusField}
      />
    </FormField>
  ));
}
