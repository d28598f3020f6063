"use client";

import { useId, useState } from "react";
import { CheckIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { LIMITS } from "@/lib/schemas/limits";

type Props = {
  initialAlt: string;
  onSave: (alt: string) => void;
  onCancel: () => void;
};

/** The alt text field of the figure menu: what a screen reader says instead of the image. */
export function AltTextForm({ initialAlt, onSave, onCancel }: Props) {
  const [value, setValue] = useState(initialAlt);
  const hintId = useId();
  const left = LIMITS.altTextMax - value.length;

  return (
    <form
      className="grid w-80 gap-1.5 p-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
        // Enter saves (alt text is one line); Shift+Enter is not needed.
        if (event.key === "Enter" && !event.shiftKey) {
          event.preventDefault();
          onSave(value);
        }
      }}
    >
      <label htmlFor={`${hintId}-alt`} className="text-xs font-medium">
        Alt text
      </label>
      <Textarea
        id={`${hintId}-alt`}
        autoFocus
        rows={3}
        maxLength={LIMITS.altTextMax}
        aria-describedby={hintId}
        placeholder="What the image shows, for people who can't see it"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        className="min-h-0 resize-none text-sm"
      />
      <div className="flex items-center justify-between gap-2">
        <p id={hintId} className="text-xs text-muted-foreground">
          {left <= 50 ? `${left} characters left` : "Describe what matters, briefly."}
        </p>
        <div className="flex items-center gap-1">
          <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
            <XIcon /> Cancel
          </Button>
          <Button type="submit" size="sm">
            <CheckIcon /> Save
          </Button>
        </div>
      </div>
    </form>
  );
}
