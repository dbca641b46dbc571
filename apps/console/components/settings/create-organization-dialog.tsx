"use client";

import { type Organization, OrganizationCreate, type Team, TeamCreate } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as React from "react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { DialogFormFooter } from "@/components/dialog-form-footer";
import { FormError } from "@/components/form-error";
import { LabelledField } from "@/components/labelled-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { api, queryKeys } from "@/lib/api";
import { slugify } from "@/lib/directory";

type Errors = { name?: string; slug?: string };

/**
 * Name and slug, the slug following the name until it is edited by hand; validated with the
 * contract's schema, server errors shown in the form.
 */
function NameAndSlugDialog({
  open,
  onOpenChange,
  title,
  description,
  namePlaceholder,
  submitLabel,
  schema,
  onSubmit,
  pending,
  error,
  onReset,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  namePlaceholder: string;
  submitLabel: string;
  schema: typeof OrganizationCreate | typeof TeamCreate;
  onSubmit: (value: { name: string; slug: string }, done: () => void) => void;
  pending: boolean;
  error: unknown;
  onReset: () => void;
}) {
  const id = useId();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const [errors, setErrors] = useState<Errors>({});

  const reset = () => {
    setName("");
    setSlug("");
    setSlugTouched(false);
    setErrors({});
    onReset();
  };
  const close = () => {
    onOpenChange(false);
    setTimeout(reset, 200);
  };

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = schema.safeParse({ name, slug });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "name") next.name ??= "Enter a name";
        if (issue.path[0] === "slug")
          next.slug ??= slug
            ? "Use lowercase letters, digits and dashes, starting with a letter or digit"
            : "Enter a slug, e.g. acme";
      }
      setErrors(next);
      return;
    }
    setErrors({});
    onSubmit(parsed.data, close);
  };

  return (
    <Dialog open={open} onOpenChange={(o) => (o ? onOpenChange(true) : !pending && close())}>
      <DialogContent>
        <form noValidate onSubmit={submit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <FormError error={error} />
          <LabelledField id={`${id}-name`} label="Name" error={errors.name}>
            <Input
              id={`${id}-name`}
              value={name}
              maxLength={120}
              placeholder={namePlaceholder}
              onChange={(e) => {
                setName(e.target.value);
                if (!slugTouched) setSlug(slugify(e.target.value));
              }}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${id}-name-hint` : undefined}
              autoFocus
            />
          </LabelledField>
          <LabelledField
            id={`${id}-slug`}
            label="Slug"
            hint="A short, permanent identifier for the CLI and the API: lowercase letters, digits and dashes."
            error={errors.slug}
          >
            <Input
              id={`${id}-slug`}
              value={slug}
              maxLength={63}
              className="font-mono"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              onChange={(e) => {
                setSlug(e.target.value);
                setSlugTouched(true);
              }}
              aria-invalid={errors.slug ? true : undefined}
              aria-describedby={`${id}-slug-hint`}
            />
          </LabelledField>
          <DialogFormFooter submitLabel={submitLabel} pending={pending} onCancel={close} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function CreateOrganizationDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (org: Organization) => void;
}) {
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: OrganizationCreate) => api("createOrganization", { body }),
    meta: { inlineErrors: true },
  });
  return (
    <NameAndSlugDialog
      open={open}
      onOpenChange={onOpenChange}
      title="New organisation"
      description="A client organisation: its users see only what you share with it or with one of its teams."
      namePlaceholder="Acme Corporation"
      submitLabel="Create organisation"
      schema={OrganizationCreate}
      pending={create.isPending}
      error={create.error}
      onReset={create.reset}
      onSubmit={(body, done) =>
        create.mutate(body, {
          onSuccess: (org) => {
            toast.success(`Organisation “${org.name}” created`, {
              description: "Add its people on the People page, then share images and workloads with it.",
            });
            void queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
            onCreated(org);
            done();
          },
        })
      }
    />
  );
}

export function CreateTeamDialog({
  organization,
  open,
  onOpenChange,
  onCreated,
}: {
  organization: Organization;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (team: Team) => void;
}) {
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: TeamCreate) => api("createTeam", { params: { id: organization.id }, body }),
    meta: { inlineErrors: true },
  });
  return (
    <NameAndSlugDialog
      open={open}
      onOpenChange={onOpenChange}
      title="New team"
      description={<>A team inside {organization.name}. Share something with the team, and only its members see it.</>}
      namePlaceholder="Data science"
      submitLabel="Create team"
      schema={TeamCreate}
      pending={create.isPending}
      error={create.error}
      onReset={create.reset}
      onSubmit={(body, done) =>
        create.mutate(body, {
          onSuccess: (team) => {
            toast.success(`Team “${team.name}” created in ${organization.name}`);
            void queryClient.invalidateQueries({ queryKey: queryKeys.teams });
            onCreated(team);
            done();
          },
        })
      }
    />
  );
}
