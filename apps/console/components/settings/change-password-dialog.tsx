"use client";

import { PasswordChange } from "@shipyard/contract";
import { useMutation } from "@tanstack/react-query";
import type * as React from "react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { DialogFormFooter } from "@/components/dialog-form-footer";
import { FormError } from "@/components/form-error";
import { LabelledField } from "@/components/labelled-field";
import { PasswordInput } from "@/components/password-input";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { api } from "@/lib/api";
import { useMe } from "@/lib/session";

type Field = "currentPassword" | "newPassword" | "repeat";

/** Change your own password: the current one, the new one twice. This session stays; your other console sessions end. */
export function ChangePasswordDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const id = useId();
  const me = useMe();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const change = useMutation({
    mutationFn: (body: PasswordChange) => api("changePassword", { body }),
    meta: { inlineErrors: true },
    onSuccess: () => {
      toast.success("Password changed; your other sessions were signed out.", {
        description: "Your API tokens keep working.",
      });
      close();
    },
  });

  const reset = () => {
    setCurrentPassword("");
    setNewPassword("");
    setRepeat("");
    setErrors({});
    change.reset();
  };

  const close = () => {
    onOpenChange(false);
    setTimeout(reset, 200);
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const parsed = PasswordChange.safeParse({ currentPassword, newPassword });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "currentPassword") next.currentPassword ??= "Enter your current password";
        if (field === "newPassword") next.newPassword ??= "Use at least 12 characters";
      }
    }
    if (repeat !== newPassword) next.repeat = "The two new passwords differ: type the same one twice";
    if (Object.keys(next).length > 0 || !parsed.success) {
      setErrors(next);
      return;
    }
    setErrors({});
    change.mutate(parsed.data);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (o) onOpenChange(true);
        else if (!change.isPending) close();
      }}
    >
      <DialogContent>
        <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>Change password</DialogTitle>
            <DialogDescription>
              You stay logged in here; everywhere else you are logged in to the console is signed out. Your API tokens keep
              working.
            </DialogDescription>
          </DialogHeader>
          <FormError error={change.error} />
          {/* Lets a password manager file the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={me.user.email} readOnly hidden />
          <LabelledField id={`${id}-current`} label="Current password" error={errors.currentPassword}>
            <PasswordInput
              id={`${id}-current`}
              name="current password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={setCurrentPassword}
              invalid={Boolean(errors.currentPassword)}
              describedBy={errors.currentPassword ? `${id}-current-hint` : undefined}
              autoFocus
            />
          </LabelledField>
          <LabelledField
            id={`${id}-new`}
            label="New password"
            hint="At least 12 characters. A long passphrase is easier to type and harder to guess."
            error={errors.newPassword}
          >
            <PasswordInput
              id={`${id}-new`}
              name="new password"
              autoComplete="new-password"
              value={newPassword}
              onChange={setNewPassword}
              invalid={Boolean(errors.newPassword)}
              describedBy={`${id}-new-hint`}
            />
          </LabelledField>
          <LabelledField id={`${id}-repeat`} label="Repeat new password" error={errors.repeat}>
            <PasswordInput
              id={`${id}-repeat`}
              name="repeated password"
              autoComplete="new-password"
              value={repeat}
              onChange={setRepeat}
              invalid={Boolean(errors.repeat)}
              describedBy={errors.repeat ? `${id}-repeat-hint` : undefined}
            />
          </LabelledField>
          <DialogFormFooter submitLabel="Change password" pending={change.isPending} onCancel={close} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
