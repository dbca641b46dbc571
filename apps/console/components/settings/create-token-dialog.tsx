"use client";

import { ApiTokenCreate, type ApiTokenCreated } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import type * as React from "react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { CopyButton } from "@/components/copy-button";
import { DateTime } from "@/components/date-time";
import { DialogFormFooter } from "@/components/dialog-form-footer";
import { FormError } from "@/components/form-error";
import { LabelledField } from "@/components/labelled-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { api, queryKeys } from "@/lib/api";

function meUrl(apiBase: string) {
  const base = apiBase.replace(/\/$/, "");
  return base.endsWith("/v1") ? `${base}/me` : `${base}/v1/me`;
}

/** Generate an API token: name and optional expiry, then the secret shown exactly once. */
export function CreateTokenDialog({
  open,
  onOpenChange,
  apiBase,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  apiBase: string | undefined;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [days, setDays] = useState("");
  const [errors, setErrors] = useState<{ name?: string; days?: string }>({});
  const [created, setCreated] = useState<ApiTokenCreated | undefined>();

  const create = useMutation({
    mutationFn: (body: ApiTokenCreate) => api("createToken", { body }),
    meta: { inlineErrors: true },
    onSuccess: (token) => {
      setCreated(token);
      toast.success(`Token “${token.name}” created`);
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
    },
  });

  const reset = () => {
    setName("");
    setDays("");
    setErrors({});
    setCreated(undefined);
    create.reset();
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = ApiTokenCreate.safeParse({
      name,
      expiresInDays: days.trim() === "" ? undefined : Number(days),
    });
    if (!parsed.success) {
      const next: { name?: string; days?: string } = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "name")
          next.name ??= issue.code === "too_small" ? "Give the token a name" : `Name ${issue.message}`;
        if (issue.path[0] === "expiresInDays") next.days ??= "Enter a whole number of days between 1 and 3650, or leave it empty";
      }
      setErrors(next);
      return;
    }
    setErrors({});
    create.mutate(parsed.data);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        onOpenChange(o);
        if (!o) setTimeout(reset, 200);
      }}
    >
      <DialogContent
        onInteractOutside={(e) => {
          // Don't lose an unseen secret to a stray click.
          if (created) e.preventDefault();
        }}
      >
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Token created</DialogTitle>
              <DialogDescription>
                “{created.name}”{" "}
                {created.expiresAt ? (
                  <>
                    expires <DateTime value={created.expiresAt} />
                  </>
                ) : (
                  "does not expire"
                )}
                .
              </DialogDescription>
            </DialogHeader>
            <div role="alert" className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
              <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden="true" />
              <p>
                <span className="font-medium">Copy this token now.</span> It is shown only this once; Shipyard cannot show it
                again. If you lose it, revoke it and create a new one.
              </p>
            </div>
            <LabelledField id={`${id}-secret`} label="API token">
              <div className="flex items-center gap-1">
                <Input
                  id={`${id}-secret`}
                  readOnly
                  value={created.token}
                  data-testid="new-token-value"
                  className="font-mono text-xs"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <CopyButton value={created.token} label="token" />
              </div>
            </LabelledField>
            {apiBase && (
              <div className="space-y-1.5">
                <p className="text-xs text-muted-foreground">Use it as a bearer token:</p>
                <pre className="overflow-x-auto rounded-md border bg-muted/40 px-3 py-2 text-xs">
                  curl -H &quot;Authorization: Bearer $SHIPYARD_TOKEN&quot; {meUrl(apiBase)}
                </pre>
              </div>
            )}
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>I have copied it</Button>
            </DialogFooter>
          </>
        ) : (
          <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
            <DialogHeader>
              <DialogTitle>Generate API token</DialogTitle>
              <DialogDescription>
                A token acts as you, with your role, for the CLI and scripts. You can revoke it at any time.
              </DialogDescription>
            </DialogHeader>
            <FormError error={create.error} />
            <LabelledField id={`${id}-name`} label="Name" error={errors.name}>
              <Input
                id={`${id}-name`}
                value={name}
                maxLength={80}
                placeholder="e.g. ci-deploy or laptop-cli"
                onChange={(e) => setName(e.target.value)}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={errors.name ? `${id}-name-hint` : undefined}
                autoFocus
              />
            </LabelledField>
            <LabelledField
              id={`${id}-days`}
              label="Expires after (days)"
              hint="Leave empty for a token that does not expire."
              error={errors.days}
            >
              <Input
                id={`${id}-days`}
                type="number"
                inputMode="numeric"
                min={1}
                max={3650}
                step={1}
                value={days}
                placeholder="Never"
                onChange={(e) => setDays(e.target.value)}
                aria-invalid={errors.days ? true : undefined}
                aria-describedby={`${id}-days-hint`}
              />
            </LabelledField>
            <DialogFormFooter
              submitLabel="Generate token"
              pending={create.isPending}
              onCancel={() => onOpenChange(false)}
              cancelDisabled={false}
            />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
