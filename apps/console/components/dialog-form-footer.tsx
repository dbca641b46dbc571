"use client";

import { LoaderCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

/**
 * The end of a form in a dialog: Cancel, and the submit button, which spins while `pending`. Both are
 * disabled while pending, unless `cancelDisabled` says otherwise (for dialogs that may close mid-request).
 */
export function DialogFormFooter({
  submitLabel,
  pending,
  submitDisabled = false,
  onCancel,
  cancelDisabled = pending,
}: {
  submitLabel: string;
  pending: boolean;
  /** Disables submitting for another reason than a pending request, e.g. nothing changed yet. */
  submitDisabled?: boolean;
  onCancel: () => void;
  cancelDisabled?: boolean;
}) {
  return (
    <DialogFooter>
      <Button variant="outline" onClick={onCancel} disabled={cancelDisabled}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending || submitDisabled}>
        {pending && <LoaderCircle className="animate-spin" aria-hidden="true" />}
        {submitLabel}
      </Button>
    </DialogFooter>
  );
}
