"use client";

import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

type ConfirmProps = {
  title: string;
  /** What happens, in a sentence: what the person is agreeing to. */
  description: ReactNode;
  /** More the person should know before agreeing, under the description. */
  details?: ReactNode;
  /** The dialog's confirming button ("Revoke link"). */
  confirm: string;
  destructive?: boolean;
  /**
   * For what cannot be undone at all (deleting an initiative): the person
   * types this text (its title) before the confirming button works.
   */
  typed?: string;
  /** Called with what was typed (empty without `typed`), so the server can check it too. */
  onConfirm: (typed: string) => void;
};

type Props = ConfirmProps & {
  /** The button's content ("Revoke"). */
  children: ReactNode;
  disabled?: boolean;
};

/**
 * A button that asks first, for changes that are hard to take back (a link
 * that stops working, a stage that goes back to drafting).
 */
export function ConfirmButton({ children, disabled, ...confirm }: Props) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled}>
          {children}
        </Button>
      </DialogTrigger>
      <ConfirmContent {...confirm} />
    </Dialog>
  );
}

/**
 * The same question without its button, for when something else opens it
 * (an item in a menu, which closes as the dialog opens).
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  ...confirm
}: ConfirmProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {/* Mounted while open only, so what was typed is gone next time. */}
      {open ? <ConfirmContent {...confirm} /> : null}
    </Dialog>
  );
}

function ConfirmContent({
  title,
  description,
  details,
  confirm,
  destructive = false,
  typed,
  onConfirm,
}: ConfirmProps) {
  const [text, setText] = useState("");
  const inputId = useId();
  const matches = typed === undefined || text.trim() === typed.trim();
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>
      {details}
      {typed !== undefined ? (
        <div className="grid gap-2">
          <Label htmlFor={inputId} className="block leading-normal font-normal">
            Type <span className="font-semibold break-words">{typed}</span> to confirm
          </Label>
          <Input
            id={inputId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <DialogClose asChild>
          <Button
            variant={destructive ? "destructive" : "default"}
            disabled={!matches}
            onClick={() => onConfirm(text.trim())}
          >
            {confirm}
          </Button>
        </DialogClose>
      </DialogFooter>
    </DialogContent>
  );
}
