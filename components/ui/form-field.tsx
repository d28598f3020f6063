import * as React from "react";
import { Slot } from "@radix-ui/react-slot";

import { cn } from "@/lib/utils";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";

/** The ids a FormField gives its hint and error, for controls wired by hand (e.g. a Select). */
function formFieldIds(htmlFor: string) {
  return { hintId: `${htmlFor}-hint`, errorId: `${htmlFor}-error` };
}

type FormFieldProps = {
  label: React.ReactNode;
  htmlFor: string;
  error?: string;
  hint?: React.ReactNode;
  className?: string;
  /** A single control element; it receives `id`, `aria-invalid` and `aria-describedby`. */
  children: React.ReactElement;
};

function FormField({ label, htmlFor, error, hint, className, children }: FormFieldProps) {
  const { hintId, errorId } = formFieldIds(htmlFor);
  const hasError = Boolean(error);
  const describedBy =
    [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div
      data-slot="form-field"
      data-invalid={hasError || undefined}
      className={cn("grid gap-2", className)}
    >
      <Label htmlFor={htmlFor} data-error={hasError} className="data-[error=true]:text-destructive">
        {label}
      </Label>
      <Slot id={htmlFor} aria-invalid={hasError || undefined} aria-describedby={describedBy}>
        {children}
      </Slot>
      {hint ? (
        <p id={hintId} data-slot="form-field-hint" className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}

export { FormField, formFieldIds, type FormFieldProps };
