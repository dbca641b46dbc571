"use client";

import type { Organization, Team, TeamMember } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import type * as React from "react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { DialogFormFooter } from "@/components/dialog-form-footer";
import { FormError } from "@/components/form-error";
import { LabelledField } from "@/components/labelled-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { api, queryKeys } from "@/lib/api";
import { roleLabels, useAllUsers } from "@/lib/directory";

/** Adds one of the organisation's users (who is not in the team yet) to a team. */
export function AddMemberDialog({
  organization,
  team,
  members,
  open,
  onOpenChange,
}: {
  organization: Organization;
  team: Team;
  members: readonly TeamMember[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const users = useAllUsers(open);
  const [userId, setUserId] = useState("");
  const [error, setError] = useState<string | undefined>();

  const add = useMutation({
    mutationFn: (user: string) => api("addTeamMember", { params: { id: team.id, user_id: user } }),
    meta: { inlineErrors: true },
    onSuccess: (member) => {
      toast.success(`${member.email} added to team “${team.name}”`);
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.teamMembers, team.id] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams });
      close();
    },
  });

  const reset = () => {
    setUserId("");
    setError(undefined);
    add.reset();
  };
  const close = () => {
    onOpenChange(false);
    setTimeout(reset, 200);
  };

  const inTeam = new Set(members.map((m) => m.userId));
  const candidates = (users.data ?? []).filter((u) => u.organizationId === organization.id && !inTeam.has(u.id));
  const inOrganization = (users.data ?? []).some((u) => u.organizationId === organization.id);

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!userId) {
      setError("Pick someone to add");
      return;
    }
    setError(undefined);
    add.mutate(userId);
  };

  return (
    <Dialog open={open} onOpenChange={(o) => (o ? onOpenChange(true) : !add.isPending && close())}>
      <DialogContent>
        <form noValidate onSubmit={onSubmit} className="grid grid-cols-1 gap-4">
          <DialogHeader>
            <DialogTitle>Add member to {team.name}</DialogTitle>
            <DialogDescription>
              Pick one of the people of {organization.name}. They see what is shared with the team from their next request.
            </DialogDescription>
          </DialogHeader>
          <FormError error={add.error ?? (users.isError ? users.error : undefined)} />
          <LabelledField
            id={`${id}-user`}
            label="Person"
            error={error}
            hint={
              users.isSuccess && candidates.length === 0 ? (
                inOrganization ? (
                  `Everyone in ${organization.name} is already in this team.`
                ) : (
                  <>
                    {organization.name} has no people yet.{" "}
                    <Link href="/settings/people/" className="text-primary underline-offset-4 hover:underline">
                      Add a user
                    </Link>{" "}
                    in this organisation first.
                  </>
                )
              ) : (
                "Only people of the team's organisation can join it."
              )
            }
          >
            <Select
              value={userId}
              onValueChange={(v) => {
                setUserId(v);
                setError(undefined);
              }}
              disabled={users.isPending || candidates.length === 0}
            >
              <SelectTrigger
                id={`${id}-user`}
                className="w-full"
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-user-hint`}
              >
                <SelectValue
                  placeholder={users.isPending ? "Loading people…" : candidates.length === 0 ? "No one to add" : "Pick a person"}
                />
              </SelectTrigger>
              <SelectContent>
                {candidates.map((u) => (
                  <SelectItem key={u.id} value={u.id} disabled={u.disabled}>
                    {u.name} <span className="text-muted-foreground">{u.email}</span>
                    {u.role !== "client" && <span className="text-muted-foreground">· {roleLabels[u.role]}</span>}
                    {u.disabled && <span className="text-muted-foreground">· disabled</span>}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </LabelledField>
          <DialogFormFooter
            submitLabel="Add member"
            pending={add.isPending}
            submitDisabled={candidates.length === 0}
            onCancel={close}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
