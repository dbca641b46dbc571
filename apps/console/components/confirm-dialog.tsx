"use client";

import type * as React from "react";
import { useLayoutEffect, useRef } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";

/**
 * Asks before doing something that is hard to take back. Confirming calls `onConfirm` and leaves the
 * dialog open: while `pending` its buttons are disabled, the action reads `pendingLabel` and it cannot
 * be dismissed; the caller closes it (through `open`) once the work is done.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  pendingLabel,
  pending,
  destructive = true,
  onConfirm,
  onCloseAutoFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: React.ReactNode;
  description: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  destructive?: boolean;
  onConfirm: () => void;
  /**
   * Where focus goes on closing. By default it goes back to what had focus when the dialog opened
   * (the button that asked), if that is still on the page.
   */
  onCloseAutoFocus?: ((event: Event) => void) | undefined;
}) {
  // These dialogs are opened by state, not by a Radix trigger, so Radix has nothing to return focus
  // to. Layout effects run before Radix moves focus into the dialog, so this still sees the opener.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);
  const returnFocus = (event: Event) => {
    const el = opener.current;
    opener.current = null;
    if (el?.isConnected && el !== document.body) {
      event.preventDefault();
      el.focus();
    }
  };
  return (
    <AlertDialog
      open={open}
      onOpenChange={(o) => {
        if (o || !pending) onOpenChange(o);
      }}
    >
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus ?? returnFocus}>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant={destructive ? "destructive" : "default"}
            disabled={pending}
            onClick={(e) => {
              // The action would close the dialog at once; it stays open, pending, until the caller closes it.
              e.preventDefault();
              onConfirm();
            }}
          >
            {pending ? pendingLabel : confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
