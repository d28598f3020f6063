"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/action-result";
import { VERSION_NAME_MAX } from "@/lib/schemas/version";

type Props = {
  /** The input's accessible name ("Version name"). */
  label: string;
  /** A visible line above the field, when the form stands on its own. */
  heading?: string;
  initial?: string;
  placeholder?: string;
  submit: string;
  pendingLabel: string;
  save: (name: string) => Promise<ActionResult<{ versionId: string; name: string }>>;
  onSaved: (saved: { versionId: string; name: string }) => void;
  onCancel?: () => void;
};

/** A one-line form that saves or renames a version; the server's refusal shows under the field. */
export function VersionNameForm({
  label,
  heading,
  initial = "",
  placeholder,
  submit,
  pendingLabel,
  save,
  onSaved,
  onCancel,
}: Props) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const errorId = useId();
  return (
    <form
      className="grid gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await save(name);
          if (!result.ok) {
            setError(result.fields?.name ?? result.error);
            return;
          }
          setError(undefined);
          setName("");
          onSaved(result.data);
        });
      }}
    >
      {heading ? <p className="text-sm font-medium">{heading}</p> : null}
      <div className="flex gap-2">
        <Input
          aria-label={label}
          value={name}
          placeholder={placeholder}
          maxLength={VERSION_NAME_MAX}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="h-8"
        />
        <Button type="submit" size="sm" disabled={pending || !name.trim()}>
          {pending ? pendingLabel : submit}
        </Button>
        {onCancel ? (
          <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </form>
  );
}
