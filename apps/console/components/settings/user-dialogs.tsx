"use client";

import { type Role, type User, UserUpdate } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, TriangleAlert } from "lucide-react";
import type * as React from "react";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { FieldError, FormError } from "@/components/form-error";
import { PasswordInput } from "@/components/password-input";
import { noOrganization, OrganizationSelect } from "@/components/settings/organization-select";
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
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { api, queryKeys } from "@/lib/api";
import { roleDescriptions, roleLabels, roles, useOrganizations } from "@/lib/directory";
import { useMe } from "@/lib/session";

const roleWithArticle: Record<Role, string> = { admin: "an administrator", operator: "an operator", client: "a client" };

export type UserAction = "role" | "organization" | "password" | "disable" | "enable";

/** `PATCH /v1/users/:id`; every cached user list (and `me`, when it is you) follows. */
function useUpdateUser(inlineErrors: boolean) {
  const queryClient = useQueryClient();
  const me = useMe();
  return useMutation({
    mutationFn: ({ user, body }: { user: User; body: UserUpdate }) => api("updateUser", { params: { id: user.id }, body }),
    meta: { inlineErrors },
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.teamMembers });
      if (user.id === me.user.id) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

/** The dialog for one row action of the people table. */
export function UserActionDialog({
  user,
  action,
  onClose,
}: {
  user: User | undefined;
  action: UserAction | undefined;
  onClose: () => void;
}) {
  return (
    <>
      <ChangeRoleDialog user={action === "role" ? user : undefined} onClose={onClose} />
      <MoveOrganizationDialog user={action === "organization" ? user : undefined} onClose={onClose} />
      <ResetPasswordDialog user={action === "password" ? user : undefined} onClose={onClose} />
      <ToggleDisabledDialog user={action === "disable" || action === "enable" ? user : undefined} onClose={onClose} />
    </>
  );
}

function ChangeRoleDialog({ user, onClose }: { user: User | undefined; onClose: () => void }) {
  const id = useId();
  const me = useMe();
  const orgs = useOrganizations();
  const update = useUpdateUser(true);
  const [role, setRole] = useState<Role>("client");
  const [organizationId, setOrganizationId] = useState("");
  const [orgError, setOrgError] = useState<string | undefined>();

  useEffect(() => {
    if (!user) return;
    setRole(user.role);
    setOrganizationId(user.organizationId ?? "");
    setOrgError(undefined);
    update.reset();
  }, [user, update.reset]);

  const needsOrganization = role === "client" && !user?.organizationId;
  const demotesSelf = user?.id === me.user.id && user.role === "admin" && role !== "admin";

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!user) return;
    if (needsOrganization && !organizationId) {
      setOrgError("A client must belong to an organisation");
      return;
    }
    const body: UserUpdate = needsOrganization ? { role, organizationId } : { role };
    update.mutate(
      { user, body },
      {
        onSuccess: (saved) => {
          toast.success(`${saved.email} is now ${roleWithArticle[saved.role]}`);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open={user !== undefined} onOpenChange={(o) => !o && !update.isPending && onClose()}>
      <DialogContent>
        <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>Change role</DialogTitle>
            <DialogDescription>
              {user?.name} ({user?.email}). The new role applies to their next request, including their API tokens.
            </DialogDescription>
          </DialogHeader>
          <FormError error={update.error} />
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-role`}>Role</Label>
            <Select value={role} onValueChange={(v) => setRole(v as Role)}>
              <SelectTrigger id={`${id}-role`} className="w-full" aria-describedby={`${id}-role-hint`}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {roles.map((r) => (
                  <SelectItem key={r} value={r}>
                    {roleLabels[r]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <p id={`${id}-role-hint`} className="text-xs text-muted-foreground">
              {roleDescriptions[role]}
            </p>
          </div>
          {needsOrganization && (
            <div className="flex flex-col gap-2">
              <Label htmlFor={`${id}-org`}>Organisation</Label>
              <OrganizationSelect
                id={`${id}-org`}
                value={organizationId}
                onChange={(v) => {
                  setOrganizationId(v);
                  setOrgError(undefined);
                }}
                organizations={orgs.data ?? []}
                invalid={Boolean(orgError)}
                describedBy={`${id}-org-hint`}
              />
              {orgError ? (
                <FieldError id={`${id}-org-hint`} message={orgError} />
              ) : (
                <p id={`${id}-org-hint`} className="text-xs text-muted-foreground">
                  A client must belong to an organisation; it decides what they can see.
                </p>
              )}
            </div>
          )}
          {demotesSelf && (
            <div role="note" className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
              <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden="true" />
              <p>You are changing your own role: you will lose administrator access as soon as you save.</p>
            </div>
          )}
          <DialogFooter>
            <Button variant="outline" onClick={onClose} disabled={update.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={update.isPending || role === user?.role}>
              {update.isPending && <LoaderCircle className="animate-spin" aria-hidden="true" />}
              Change role
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function MoveOrganizationDialog({ user, onClose }: { user: User | undefined; onClose: () => void }) {
  const id = useId();
  const orgs = useOrganizations();
  const update = useUpdateUser(true);
  const [organizationId, setOrganizationId] = useState("");

  useEffect(() => {
    if (!user) return;
    setOrganizationId(user.organizationId ?? noOrganization);
    update.reset();
  }, [user, update.reset]);

  const current = user?.organizationId ?? noOrganization;
  const name = (orgId: string) =>
    orgId === noOrganization ? "no organisation" : (orgs.data?.find((o) => o.id === orgId)?.name ?? orgId);

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!user) return;
    update.mutate(
      { user, body: { organizationId: organizationId === noOrganization ? null : organizationId } },
      {
        onSuccess: (saved) => {
          toast.success(
            saved.organizationId
              ? `${saved.email} moved to ${name(saved.organizationId)}`
              : `${saved.email} no longer belongs to an organisation`,
          );
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open={user !== undefined} onOpenChange={(o) => !o && !update.isPending && onClose()}>
      <DialogContent>
        <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>Move to another organisation</DialogTitle>
            <DialogDescription>
              {user?.name} ({user?.email}) is in {name(current)}.
              {user?.role === "client" && " As a client they then see what is shared with the new organisation instead."}
            </DialogDescription>
          </DialogHeader>
          <FormError error={update.error} />
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-org`}>Organisation</Label>
            <OrganizationSelect
              id={`${id}-org`}
              value={organizationId}
              onChange={setOrganizationId}
              organizations={orgs.data ?? []}
              noneLabel={user?.role === "client" ? undefined : "No organisation"}
              describedBy={`${id}-org-hint`}
            />
            <p id={`${id}-org-hint`} className="text-xs text-muted-foreground">
              {user?.role === "client"
                ? "A client must belong to an organisation. Their teams in the old one no longer give them access."
                : "Staff see every organisation whichever they belong to."}
            </p>
          </div>
          <DialogFooter>
            <Button variant="outline" onClick={onClose} disabled={update.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={update.isPending || organizationId === current}>
              {update.isPending && <LoaderCircle className="animate-spin" aria-hidden="true" />}
              Move
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function ResetPasswordDialog({ user, onClose }: { user: User | undefined; onClose: () => void }) {
  const id = useId();
  const update = useUpdateUser(true);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (!user) return;
    setPassword("");
    setError(undefined);
    update.reset();
  }, [user, update.reset]);

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!user) return;
    const parsed = UserUpdate.safeParse({ password });
    if (!parsed.success) {
      setError("Use at least 12 characters, or generate a password");
      return;
    }
    setError(undefined);
    update.mutate(
      { user, body: parsed.data },
      {
        onSuccess: (saved) => {
          toast.success(`Password of ${saved.email} reset`, {
            description: "Their console sessions ended. Give them the new password over a channel you trust.",
          });
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open={user !== undefined} onOpenChange={(o) => !o && !update.isPending && onClose()}>
      <DialogContent>
        <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>Reset password</DialogTitle>
            <DialogDescription>
              {user?.name} ({user?.email}). They are signed out of the console everywhere and log in with the new password. Their
              API tokens keep working.
            </DialogDescription>
          </DialogHeader>
          <FormError error={update.error} />
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-password`}>New password</Label>
            <PasswordInput
              id={`${id}-password`}
              name="new password"
              autoComplete="new-password"
              value={password}
              onChange={(v, generated) => {
                setPassword(v);
                if (generated) setError(undefined);
              }}
              invalid={Boolean(error)}
              describedBy={`${id}-password-hint`}
              autoFocus
              generate
            />
            <p id={`${id}-password-hint`} className={error ? "text-xs text-destructive" : "text-xs text-muted-foreground"}>
              {error ?? "At least 12 characters. Copy it now: Shipyard stores only a hash and does not send it to them."}
            </p>
          </div>
          <DialogFooter>
            <Button variant="outline" onClick={onClose} disabled={update.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={update.isPending}>
              {update.isPending && <LoaderCircle className="animate-spin" aria-hidden="true" />}
              Reset password
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function ToggleDisabledDialog({ user, onClose }: { user: User | undefined; onClose: () => void }) {
  const update = useUpdateUser(false);
  const disabling = user ? !user.disabled : true;
  return (
    <AlertDialog open={user !== undefined} onOpenChange={(o) => !o && !update.isPending && onClose()}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            {disabling ? "Disable" : "Enable"} {user?.email}?
          </AlertDialogTitle>
          <AlertDialogDescription>
            {disabling
              ? "They are signed out at once, cannot log in, and their API tokens stop working. Nothing is deleted: you can enable them again at any time."
              : "They can log in again, and their API tokens that have not expired or been revoked work again."}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={update.isPending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant={disabling ? "destructive" : "default"}
            disabled={update.isPending}
            onClick={(e) => {
              e.preventDefault();
              if (!user) return;
              update.mutate(
                { user, body: { disabled: disabling } },
                {
                  onSuccess: (saved) => {
                    toast.success(saved.disabled ? `${saved.email} disabled` : `${saved.email} enabled`, {
                      description: saved.disabled ? "They can no longer log in or use their API tokens." : undefined,
                    });
                  },
                  onSettled: onClose,
                },
              );
            }}
          >
            {update.isPending ? (disabling ? "Disabling…" : "Enabling…") : disabling ? "Disable user" : "Enable user"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
