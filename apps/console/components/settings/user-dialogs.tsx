"use client";

import { type Role, type User, UserUpdate } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import type * as React from "react";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { DialogFormFooter } from "@/components/dialog-form-footer";
import { FormError } from "@/components/form-error";
import { LabelledField } from "@/components/labelled-field";
import { PasswordInput } from "@/components/password-input";
import { noOrganization, OrganizationSelect } from "@/components/settings/organization-select";
import { RoleField } from "@/components/settings/role-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { api, queryKeys } from "@/lib/api";
import { useOrganizations } from "@/lib/directory";
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

/** What each of the row-action dialogs gets: open while `user` is set. */
type UserDialogProps = {
  user: User | undefined;
  onClose: () => void;
  onCloseAutoFocus: (event: Event) => void;
};

/**
 * The dialog for one row action of the people table. They open from the row's menu, which is gone by
 * then, so Radix has nothing to give focus back to: on closing, focus returns to `returnFocusTo` (the
 * row's menu button) while it is still on the page.
 */
export function UserActionDialog({
  user,
  action,
  onClose,
  returnFocusTo,
}: {
  user: User | undefined;
  action: UserAction | undefined;
  onClose: () => void;
  returnFocusTo: React.RefObject<HTMLElement | null>;
}) {
  const onCloseAutoFocus = (event: Event) => {
    const target = returnFocusTo.current;
    if (!target?.isConnected) return;
    event.preventDefault();
    target.focus();
  };
  const props = { onClose, onCloseAutoFocus };
  return (
    <>
      <ChangeRoleDialog user={action === "role" ? user : undefined} {...props} />
      <MoveOrganizationDialog user={action === "organization" ? user : undefined} {...props} />
      <ResetPasswordDialog user={action === "password" ? user : undefined} {...props} />
      <ToggleDisabledDialog user={action === "disable" || action === "enable" ? user : undefined} {...props} />
    </>
  );
}

/**
 * The frame of the row-action dialogs that hold a form: the server's error under the title, Cancel and
 * submit at the end; it cannot be closed while `pending`. Submitting calls `onSubmit` with the user.
 */
function UserFormDialog({
  user,
  onClose,
  onCloseAutoFocus,
  title,
  description,
  error,
  pending,
  submitLabel,
  submitDisabled,
  onSubmit,
  children,
}: UserDialogProps & {
  title: string;
  description: React.ReactNode;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  submitDisabled?: boolean;
  onSubmit: (user: User) => void;
  children: React.ReactNode;
}) {
  return (
    <Dialog open={user !== undefined} onOpenChange={(o) => !o && !pending && onClose()}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (user) onSubmit(user);
          }}
          className="grid grid-cols-1 gap-4"
        >
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <FormError error={error} />
          {children}
          <DialogFormFooter submitLabel={submitLabel} pending={pending} submitDisabled={submitDisabled} onCancel={onClose} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

function ChangeRoleDialog(props: UserDialogProps) {
  const { user, onClose } = props;
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

  const onSubmit = (user: User) => {
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
    <UserFormDialog
      {...props}
      title="Change role"
      description={
        <>
          {user?.name} ({user?.email}). The new role applies to their next request, including their API tokens.
        </>
      }
      error={update.error}
      pending={update.isPending}
      submitLabel="Change role"
      submitDisabled={role === user?.role}
      onSubmit={onSubmit}
    >
      <RoleField id={`${id}-role`} value={role} onChange={setRole} />
      {needsOrganization && (
        <LabelledField
          id={`${id}-org`}
          label="Organisation"
          hint="A client must belong to an organisation; it decides what they can see."
          error={orgError}
        >
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
        </LabelledField>
      )}
      {demotesSelf && (
        <div role="note" className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
          <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden="true" />
          <p>You are changing your own role: you will lose administrator access as soon as you save.</p>
        </div>
      )}
    </UserFormDialog>
  );
}

function MoveOrganizationDialog(props: UserDialogProps) {
  const { user, onClose } = props;
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

  const onSubmit = (user: User) => {
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
    <UserFormDialog
      {...props}
      title="Move to another organisation"
      description={
        <>
          {user?.name} ({user?.email}) is in {name(current)}.
          {user?.role === "client" && " As a client they then see what is shared with the new organisation instead."}
        </>
      }
      error={update.error}
      pending={update.isPending}
      submitLabel="Move"
      submitDisabled={organizationId === current}
      onSubmit={onSubmit}
    >
      <LabelledField
        id={`${id}-org`}
        label="Organisation"
        hint={
          user?.role === "client"
            ? "A client must belong to an organisation. Their teams in the old one no longer give them access."
            : "Staff see every organisation whichever they belong to."
        }
      >
        <OrganizationSelect
          id={`${id}-org`}
          value={organizationId}
          onChange={setOrganizationId}
          organizations={orgs.data ?? []}
          noneLabel={user?.role === "client" ? undefined : "No organisation"}
          describedBy={`${id}-org-hint`}
        />
      </LabelledField>
    </UserFormDialog>
  );
}

function ResetPasswordDialog(props: UserDialogProps) {
  const { user, onClose } = props;
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

  const onSubmit = (user: User) => {
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
    <UserFormDialog
      {...props}
      title="Reset password"
      description={
        <>
          {user?.name} ({user?.email}). They are signed out of the console everywhere and log in with the new password. Their API
          tokens keep working.
        </>
      }
      error={update.error}
      pending={update.isPending}
      submitLabel="Reset password"
      onSubmit={onSubmit}
    >
      <LabelledField
        id={`${id}-password`}
        label="New password"
        hint="At least 12 characters. Copy it now: Shipyard stores only a hash and does not send it to them."
        error={error}
      >
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
      </LabelledField>
    </UserFormDialog>
  );
}

function ToggleDisabledDialog({ user, onClose, onCloseAutoFocus }: UserDialogProps) {
  const update = useUpdateUser(false);
  const disabling = user ? !user.disabled : true;
  return (
    <ConfirmDialog
      open={user !== undefined}
      onOpenChange={(o) => !o && onClose()}
      onCloseAutoFocus={onCloseAutoFocus}
      title={
        <>
          {disabling ? "Disable" : "Enable"} {user?.email}?
        </>
      }
      description={
        disabling
          ? "They are signed out at once, cannot log in, and their API tokens stop working. Nothing is deleted: you can enable them again at any time."
          : "They can log in again, and their API tokens that have not expired or been revoked work again."
      }
      confirmLabel={disabling ? "Disable user" : "Enable user"}
      pendingLabel={disabling ? "Disabling…" : "Enabling…"}
      pending={update.isPending}
      destructive={disabling}
      onConfirm={() => {
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
    />
  );
}
