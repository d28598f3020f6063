"use client";

import { useState } from "react";
import { CheckIcon, UnlinkIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { safeLinkHref } from "./safe-link";

type Props = {
  initialHref: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
};

/** The link field inside the selection menu: set, change or remove a link. */
export function LinkForm({ initialHref, onApply, onRemove, onCancel }: Props) {
  const [value, setValue] = useState(initialHref);
  const [error, setError] = useState<string | undefined>(undefined);

  const apply = () => {
    const href = safeLinkHref(value);
    if (!href) {
      setError("Use a web address (https://…) or an email address.");
      return;
    }
    onApply(href);
  };

  return (
    <form
      className="grid gap-1 p-1"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="flex items-center gap-1">
        <Input
          autoFocus
          type="text"
          inputMode="url"
          aria-label="Link address"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "link-form-error" : undefined}
          placeholder="https://example.com"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setError(undefined);
          }}
          className="h-8 w-64 text-sm"
        />
        <Button
          type="submit"
          size="icon"
          variant="ghost"
          className="size-8"
          aria-label="Apply link"
        >
          <CheckIcon />
        </Button>
        {initialHref ? (
          <Button
            type="button"
            size="icon"
            variant="ghost"
            className="size-8"
            aria-label="Remove link"
            onClick={onRemove}
          >
            <UnlinkIcon />
          </Button>
        ) : (
          <Button
            type="button"
            size="icon"
            variant="ghost"
            className="size-8"
            aria-label="Cancel"
            onClick={onCancel}
          >
            <XIcon />
          </Button>
        )}
      </div>
      {error ? (
        <p id="link-form-error" role="alert" className="px-1 text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
