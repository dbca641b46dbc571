"use client";

import { PasswordChange } from "@shipyard/contract";
import { useMutation } from "@tanstack/react-query";
import { LoaderCircle } from "lucide-react";
import type * as React from "react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { FieldError, FormError } from "@/components/form-error";
import { PasswordInput } from "@/components/password-input";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
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
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-current`}>Current password</Label>
            <PasswordInput
              id={`${id}-current`}
              name="current password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={setCurrentPassword}
              invalid={Boolean(errors.currentPassword)}
              describedBy={errors.currentPassword ? `${id}-current-error` : undefined}
              autoFocus
            />
            <FieldError id={`${id}-current-error`} message={errors.currentPassword} />
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-new`}>New password</Label>
            <PasswordInput
              id={`${id}-new`}
              name="new password"
              autoComplete="new-password"
              value={newPassword}
              onChange={setNewPassword}
              invalid={Boolean(errors.newPassword)}
              describedBy={`${id}-new-hint`}
            />
            <p
              id={`${id}-new-hint`}
              className={errors.newPassword ? "text-xs text-destructive" : "text-xs text-muted-foreground"}
            >
              {errors.newPassword ?? "At least 12 characters. A long passphrase is easier to type and harder to guess."}
            </p>
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-repeat`}>Repeat new password</Label>
            <PasswordInput
              id={`${id}-repeat`}
              name="repeated password"
              autoComplete="new-password"
              value={repeat}
              onChange={setRepeat}
              invalid={Boolean(errors.repeat)}
              describedBy={errors.repeat ? `${id}-repeat-error` : undefined}
            />
            <FieldError id={`${id}-repeat-error`} message={errors.repeat} />
          </div>
          <DialogFooter>
            <Button variant="outline" onClick={close} disabled={change.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={change.isPending}>
              {change.isPending && <LoaderCircle className="animate-spin" aria-hidden="true" />}
              Change password
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
