"use client";

import { type Role, UserCreate } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import type * as React from "react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { DialogFormFooter } from "@/components/dialog-form-footer";
import { FormError } from "@/components/form-error";
import { LabelledField } from "@/components/labelled-field";
import { PasswordInput } from "@/components/password-input";
import { noOrganization, OrganizationSelect } from "@/components/settings/organization-select";
import { RoleField } from "@/components/settings/role-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { api, queryKeys } from "@/lib/api";
import { useOrganizations } from "@/lib/directory";

type Field = "email" | "name" | "organizationId" | "password";

/** Create a user: email, name, role, organisation (required for a client) and an initial password. */
export function AddUserDialog({
  open,
  onOpenChange,
  defaultOrganizationId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  defaultOrganizationId?: string | undefined;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const orgs = useOrganizations();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("client");
  const [organizationId, setOrganizationId] = useState<string>(defaultOrganizationId ?? "");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const create = useMutation({
    mutationFn: (body: UserCreate) => api("createUser", { body }),
    meta: { inlineErrors: true },
    onSuccess: (user) => {
      toast.success(`User ${user.email} created`, {
        description: "Give them their password over a channel you trust; Shipyard does not send it.",
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.teamMembers });
      close();
    },
  });

  const reset = () => {
    setEmail("");
    setName("");
    setRole("client");
    setOrganizationId(defaultOrganizationId ?? "");
    setPassword("");
    setErrors({});
    create.reset();
  };

  const close = () => {
    onOpenChange(false);
    setTimeout(reset, 200);
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const org = organizationId && organizationId !== noOrganization ? organizationId : undefined;
    const next: Partial<Record<Field, string>> = {};
    const parsed = UserCreate.safeParse({ email, name, role, organizationId: org, password });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "email") next.email ??= email.trim() ? "Enter an email address like ada@example.com" : "Enter their email";
        if (field === "name") next.name ??= "Enter their name";
        if (field === "password") next.password ??= "Use at least 12 characters, or generate a password";
      }
    }
    if (role === "client" && !org) next.organizationId = "A client must belong to an organisation";
    if (Object.keys(next).length > 0 || !parsed.success) {
      setErrors(next);
      return;
    }
    setErrors({});
    create.mutate(parsed.data);
  };

  const organizations = orgs.data ?? [];

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (o) onOpenChange(true);
        else close();
      }}
    >
      <DialogContent className="sm:max-w-lg">
        <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>Add user</DialogTitle>
            <DialogDescription>
              They log in with this email and password. A client sees only what is shared with their organisation.
            </DialogDescription>
          </DialogHeader>
          <FormError error={create.error} />
          <div className="grid gap-4 sm:grid-cols-2">
            <LabelledField id={`${id}-email`} label="Email" error={errors.email}>
              <Input
                id={`${id}-email`}
                type="email"
                autoComplete="off"
                value={email}
                maxLength={254}
                placeholder="ada@example.com"
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={errors.email ? true : undefined}
                aria-describedby={errors.email ? `${id}-email-hint` : undefined}
                autoFocus
              />
            </LabelledField>
            <LabelledField id={`${id}-name`} label="Name" error={errors.name}>
              <Input
                id={`${id}-name`}
                value={name}
                maxLength={120}
                placeholder="Ada Lovelace"
                onChange={(e) => setName(e.target.value)}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={errors.name ? `${id}-name-hint` : undefined}
              />
            </LabelledField>
          </div>
          <RoleField
            id={`${id}-role`}
            value={role}
            onChange={(r) => {
              setRole(r);
              if (r === "client" && organizationId === noOrganization) setOrganizationId("");
            }}
          />
          <LabelledField
            id={`${id}-org`}
            label={`Organisation${role === "client" ? "" : " (optional)"}`}
            error={errors.organizationId}
            hint={
              orgs.isSuccess && organizations.length === 0 ? (
                <>
                  There are no organisations yet.{" "}
                  <Link href="/settings/organizations/" className="text-primary underline-offset-4 hover:underline">
                    Create one
                  </Link>{" "}
                  before adding a client.
                </>
              ) : role === "client" ? (
                "Required for a client: it decides what they can see."
              ) : (
                "Staff see every organisation; this only records where they belong."
              )
            }
          >
            <OrganizationSelect
              id={`${id}-org`}
              value={organizationId}
              onChange={(v) => {
                setOrganizationId(v);
                setErrors((e) => ({ ...e, organizationId: undefined }));
              }}
              organizations={organizations}
              noneLabel={role === "client" ? undefined : "No organisation"}
              placeholder={orgs.isPending ? "Loading organisations…" : "Pick an organisation"}
              invalid={Boolean(errors.organizationId)}
              describedBy={`${id}-org-hint`}
            />
          </LabelledField>
          <LabelledField
            id={`${id}-password`}
            label="Password"
            hint="At least 12 characters. Copy it now: Shipyard stores only a hash and cannot show it again."
            error={errors.password}
          >
            <PasswordInput
              id={`${id}-password`}
              autoComplete="new-password"
              value={password}
              onChange={(v, generated) => {
                setPassword(v);
                if (generated) setErrors((e) => ({ ...e, password: undefined }));
              }}
              invalid={Boolean(errors.password)}
              describedBy={`${id}-password-hint`}
              generate
            />
          </LabelledField>
          {/* Closing while the request runs is allowed here (see onOpenChange), so Cancel stays enabled. */}
          <DialogFormFooter submitLabel="Add user" pending={create.isPending} onCancel={close} cancelDisabled={false} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
