"use client";

import { type Role, UserCreate } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Dices, Eye, EyeOff, LoaderCircle } from "lucide-react";
import Link from "next/link";
import type * as React from "react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { CopyButton } from "@/components/copy-button";
import { FieldError, FormError } from "@/components/form-error";
import { noOrganization, OrganizationSelect } from "@/components/settings/organization-select";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { api, queryKeys } from "@/lib/api";
import { roleDescriptions, roleLabels, roles, useOrganizations } from "@/lib/directory";

// No look-alikes (0/O, 1/l/I), so a password read out or copied by hand survives.
const passwordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

/** A random password from the browser's CSPRNG, with rejection sampling so every character is equally likely. */
export function generatePassword(length = 20) {
  const limit = 256 - (256 % passwordAlphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += passwordAlphabet[byte % passwordAlphabet.length];
    }
  }
  return out;
}

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
  const [showPassword, setShowPassword] = useState(false);
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
    setShowPassword(false);
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

  const generate = () => {
    setPassword(generatePassword());
    setShowPassword(true);
    setErrors((e) => ({ ...e, password: undefined }));
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
            <div className="flex flex-col gap-2">
              <Label htmlFor={`${id}-email`}>Email</Label>
              <Input
                id={`${id}-email`}
                type="email"
                autoComplete="off"
                value={email}
                maxLength={254}
                placeholder="ada@example.com"
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={errors.email ? true : undefined}
                aria-describedby={errors.email ? `${id}-email-error` : undefined}
                autoFocus
              />
              <FieldError id={`${id}-email-error`} message={errors.email} />
            </div>
            <div className="flex flex-col gap-2">
              <Label htmlFor={`${id}-name`}>Name</Label>
              <Input
                id={`${id}-name`}
                value={name}
                maxLength={120}
                placeholder="Ada Lovelace"
                onChange={(e) => setName(e.target.value)}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={errors.name ? `${id}-name-error` : undefined}
              />
              <FieldError id={`${id}-name-error`} message={errors.name} />
            </div>
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-role`}>Role</Label>
            <Select
              value={role}
              onValueChange={(v) => {
                setRole(v as Role);
                if (v === "client" && organizationId === noOrganization) setOrganizationId("");
              }}
            >
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
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-org`}>Organisation{role === "client" ? "" : " (optional)"}</Label>
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
            {errors.organizationId ? (
              <FieldError id={`${id}-org-hint`} message={errors.organizationId} />
            ) : orgs.isSuccess && organizations.length === 0 ? (
              <p id={`${id}-org-hint`} className="text-xs text-muted-foreground">
                There are no organisations yet.{" "}
                <Link href="/settings/organizations/" className="text-primary underline-offset-4 hover:underline">
                  Create one
                </Link>{" "}
                before adding a client.
              </p>
            ) : (
              <p id={`${id}-org-hint`} className="text-xs text-muted-foreground">
                {role === "client"
                  ? "Required for a client: it decides what they can see."
                  : "Staff see every organisation; this only records where they belong."}
              </p>
            )}
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-password`}>Password</Label>
            <div className="flex items-center gap-1">
              <Input
                id={`${id}-password`}
                type={showPassword ? "text" : "password"}
                autoComplete="new-password"
                value={password}
                maxLength={256}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={errors.password ? true : undefined}
                aria-describedby={`${id}-password-hint`}
                className="font-mono"
              />
              <Button
                variant="ghost"
                size="icon-sm"
                onClick={() => setShowPassword((s) => !s)}
                aria-label={showPassword ? "Hide password" : "Show password"}
                aria-pressed={showPassword}
              >
                {showPassword ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
              </Button>
              {password && <CopyButton value={password} label="password" />}
              <Button variant="outline" size="sm" onClick={generate}>
                <Dices aria-hidden="true" /> Generate
              </Button>
            </div>
            <p
              id={`${id}-password-hint`}
              className={errors.password ? "text-xs text-destructive" : "text-xs text-muted-foreground"}
            >
              {errors.password ?? "At least 12 characters. Copy it now: Shipyard stores only a hash and cannot show it again."}
            </p>
          </div>
          <DialogFooter>
            <Button variant="outline" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending && <LoaderCircle className="animate-spin" aria-hidden="true" />}
              Add user
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
