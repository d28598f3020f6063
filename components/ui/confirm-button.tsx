"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
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

type Props = {
  /** The button's content ("Revoke"). */
  children: ReactNode;
  title: string;
  /** What happens, in a sentence: what the person is agreeing to. */
  description: ReactNode;
  /** More the person should know before agreeing, under the description. */
  details?: ReactNode;
  /** The dialog's confirming button ("Revoke link"). */
  confirm: string;
  destructive?: boolean;
  disabled?: boolean;
  onConfirm: () => void;
};

/**
 * A button that asks first, for changes that are hard to take back (a link
 * that stops working, a stage that goes back to drafting).
 */
export function ConfirmButton({
  children,
  title,
  description,
  details,
  confirm,
  destructive = false,
  disabled,
  onConfirm,
}: Props) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled}>
          {children}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {details}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button variant={destructive ? "destructive" : "default"} onClick={onConfirm}>
              {confirm}
            </Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
