"use client";

import { ShareCreate, type ShareKind } from "@shipyard/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type * as React from "react";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { DialogFormFooter } from "@/components/dialog-form-footer";
import { FormError } from "@/components/form-error";
import { LabelledField } from "@/components/labelled-field";
import { OrganizationSelect } from "@/components/settings/organization-select";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { api, queryKeys } from "@/lib/api";
import { useOrganizations } from "@/lib/directory";
import { describeAudience, describeShared, shareKindInfo, shareKinds } from "@/lib/sharing";

const wholeOrganization = "whole-organization";

type Field = "resource" | "organizationId";

/** Share an image or workload (by id or name) with an organisation, or with one of its teams. */
export function ShareDialog({
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
  const [kind, setKind] = useState<ShareKind>("image");
  const [resource, setResource] = useState("");
  const [organizationId, setOrganizationId] = useState(defaultOrganizationId ?? "");
  const [teamId, setTeamId] = useState(wholeOrganization);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  // Opened while the page is filtered to one organisation: start from that one.
  useEffect(() => {
    if (open && defaultOrganizationId) setOrganizationId((current) => current || defaultOrganizationId);
  }, [open, defaultOrganizationId]);

  const teams = useQuery({
    queryKey: [...queryKeys.teams, organizationId],
    queryFn: async () => (await api("listTeams", { params: { id: organizationId } })).items,
    enabled: open && organizationId !== "",
  });

  const share = useMutation({
    mutationFn: (body: ShareCreate) => api("createShare", { body }),
    meta: { inlineErrors: true },
    onSuccess: (created) => {
      toast.success(`Shared ${describeShared(created)} with ${describeAudience(created)}`, {
        description: created.teamId
          ? "The team's members see it from their next request."
          : "Everyone in the organisation sees it from their next request.",
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shares });
      close();
    },
  });

  const reset = () => {
    setKind("image");
    setResource("");
    setOrganizationId(defaultOrganizationId ?? "");
    setTeamId(wholeOrganization);
    setErrors({});
    share.reset();
  };
  const close = () => {
    onOpenChange(false);
    setTimeout(reset, 200);
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = ShareCreate.safeParse({
      kind,
      resource,
      organizationId,
      teamId: teamId === wholeOrganization ? undefined : teamId,
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "resource") next.resource ??= `Enter the ${shareKindInfo[kind].label.toLowerCase()}'s name or id`;
        if (issue.path[0] === "organizationId") next.organizationId ??= "Pick the organisation to share with";
      }
      setErrors(next);
      return;
    }
    setErrors({});
    share.mutate(parsed.data);
  };

  const kindLabel = shareKindInfo[kind].label;
  const teamItems = teams.data ?? [];

  return (
    <Dialog open={open} onOpenChange={(o) => (o ? onOpenChange(true) : !share.isPending && close())}>
      <DialogContent>
        <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>Share</DialogTitle>
            <DialogDescription>
              Let a client organisation, or one of its teams, see and use an image or a workload. You can stop sharing at any
              time.
            </DialogDescription>
          </DialogHeader>
          <FormError error={share.error} />
          <div className="grid gap-4 sm:grid-cols-[11rem_1fr]">
            <LabelledField id={`${id}-kind`} label="Kind">
              <Select value={kind} onValueChange={(v) => setKind(v as ShareKind)}>
                <SelectTrigger id={`${id}-kind`} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {shareKinds.map((k) => (
                    <SelectItem key={k.value} value={k.value}>
                      <k.icon aria-hidden="true" /> {k.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </LabelledField>
            <LabelledField id={`${id}-resource`} label={`${kindLabel} name or id`} error={errors.resource}>
              <Input
                id={`${id}-resource`}
                value={resource}
                maxLength={200}
                placeholder={kind === "image" ? "e.g. web" : `The ${kindLabel.toLowerCase()}'s name`}
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                className="font-mono"
                onChange={(e) => setResource(e.target.value)}
                aria-invalid={errors.resource ? true : undefined}
                aria-describedby={errors.resource ? `${id}-resource-hint` : undefined}
                autoFocus
              />
            </LabelledField>
          </div>
          <LabelledField id={`${id}-org`} label="Organisation" error={errors.organizationId}>
            <OrganizationSelect
              id={`${id}-org`}
              value={organizationId}
              onChange={(v) => {
                setOrganizationId(v);
                setTeamId(wholeOrganization);
                setErrors((e) => ({ ...e, organizationId: undefined }));
              }}
              organizations={orgs.data ?? []}
              placeholder={orgs.isPending ? "Loading organisations…" : "Pick an organisation"}
              invalid={Boolean(errors.organizationId)}
              describedBy={errors.organizationId ? `${id}-org-hint` : undefined}
            />
          </LabelledField>
          <LabelledField
            id={`${id}-team`}
            label="Team"
            hint={
              !organizationId
                ? "Pick an organisation first."
                : teamId === wholeOrganization
                  ? teams.isSuccess && teamItems.length === 0
                    ? "Everyone in the organisation sees it. It has no teams to narrow this down."
                    : "Everyone in the organisation sees it."
                  : "Only the team's members see it."
            }
          >
            <Select value={teamId} onValueChange={setTeamId} disabled={!organizationId}>
              <SelectTrigger id={`${id}-team`} className="w-full" aria-describedby={`${id}-team-hint`}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={wholeOrganization}>Whole organisation</SelectItem>
                {teamItems.map((t) => (
                  <SelectItem key={t.id} value={t.id}>
                    {t.name}{" "}
                    <span className="text-muted-foreground">
                      ({t.memberCount} {t.memberCount === 1 ? "member" : "members"})
                    </span>
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </LabelledField>
          <DialogFormFooter submitLabel="Share" pending={share.isPending} onCancel={close} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
