"use client";

import type { ApiToken } from "@shipyard/contract";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Plus, Trash2 } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { DateTime } from "@/components/date-time";
import { EmptyState } from "@/components/empty-state";
import { QueryErrorState } from "@/components/error-state";
import { ListSkeleton } from "@/components/list-skeleton";
import { LoadMoreButton } from "@/components/load-more-button";
import { ActionsHead, DestructiveRowButton } from "@/components/row-actions";
import { CreateTokenDialog } from "@/components/settings/create-token-dialog";
import { StatusBadge } from "@/components/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api, queryKeys } from "@/lib/api";

function tokenStatus(t: ApiToken): "revoked" | "expired" | "active" {
  if (t.revokedAt) return "revoked";
  if (t.expiresAt && new Date(t.expiresAt).getTime() <= Date.now()) return "expired";
  return "active";
}

const statusTone = { active: "ok", expired: "expired", revoked: "revoked" } as const;

/** The person's API tokens: list, generate (secret shown once) and revoke with confirmation. */
export function TokensCard({ apiBase }: { apiBase: string | undefined }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const searchParams = useSearchParams();
  const [createOpen, setCreateOpen] = useState(false);
  const [showRevoked, setShowRevoked] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | undefined>();

  // The command palette and empty states link here with ?create-token=1.
  const wantsCreate = searchParams.get("create-token") === "1";
  useEffect(() => {
    if (!wantsCreate) return;
    setCreateOpen(true);
    router.replace("/settings/", { scroll: false });
  }, [wantsCreate, router]);

  const tokens = useInfiniteQuery({
    queryKey: [...queryKeys.tokens, { showRevoked }],
    queryFn: ({ pageParam }) =>
      api("listTokens", {
        query: { limit: 50, cursor: pageParam, includeRevoked: showRevoked ? "true" : "false" },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api("revokeToken", { params: { id: token.id } }),
    onSuccess: (token) => {
      toast.success(`Token “${token.name}” revoked`, { description: "Anything that used it can no longer call the API." });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
    },
    onSettled: () => setRevoking(undefined),
  });

  const items = tokens.data?.pages.flatMap((p) => p.items) ?? [];
  const total = tokens.data?.pages[0]?.total ?? 0;

  return (
    <Card id="api-tokens" aria-labelledby="api-tokens-title" className="scroll-mt-20">
      <CardHeader>
        <CardTitle id="api-tokens-title">API tokens</CardTitle>
        <CardDescription>
          Tokens let the CLI and scripts act as you. Each secret is shown once, when it is created.
        </CardDescription>
        <CardAction>
          <Button size="sm" onClick={() => setCreateOpen(true)}>
            <Plus aria-hidden="true" /> Generate token
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="pt-2">
        <div className="mb-2 flex items-center gap-2">
          <input
            id="show-revoked"
            type="checkbox"
            className="size-4 accent-primary"
            checked={showRevoked}
            onChange={(e) => setShowRevoked(e.target.checked)}
          />
          <Label htmlFor="show-revoked" className="text-xs font-normal text-muted-foreground">
            Show revoked tokens
          </Label>
        </div>
        {tokens.isPending ? (
          <ListSkeleton label="Loading API tokens…" />
        ) : tokens.isError ? (
          <QueryErrorState title="Could not load your API tokens" query={tokens} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={KeyRound}
            title={showRevoked ? "You have no API tokens" : "You have no active API tokens"}
            description="Generate one to use the Shipyard CLI or call the API from scripts."
            action={
              <Button size="sm" onClick={() => setCreateOpen(true)}>
                <Plus aria-hidden="true" /> Generate token
              </Button>
            }
          />
        ) : (
          <>
            <Table aria-label="API tokens">
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Token</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>Expires</TableHead>
                  <TableHead>Last used</TableHead>
                  <ActionsHead />
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((t) => {
                  const status = tokenStatus(t);
                  return (
                    <TableRow key={t.id} data-testid="token-row" data-token-name={t.name}>
                      <TableCell className="font-medium">{t.name}</TableCell>
                      <TableCell className="font-mono text-xs text-muted-foreground">{t.prefix}…</TableCell>
                      <TableCell>
                        <StatusBadge status={statusTone[status]} label={status} />
                      </TableCell>
                      <TableCell>
                        <DateTime value={t.createdAt} />
                      </TableCell>
                      <TableCell>
                        {t.expiresAt ? <DateTime value={t.expiresAt} /> : <span className="text-muted-foreground">never</span>}
                      </TableCell>
                      <TableCell>
                        {t.lastUsedAt ? <DateTime value={t.lastUsedAt} /> : <span className="text-muted-foreground">never</span>}
                      </TableCell>
                      <TableCell className="text-right">
                        {status !== "revoked" && (
                          <DestructiveRowButton
                            icon={Trash2}
                            label="Revoke"
                            onClick={() => setRevoking(t)}
                            aria-label={`Revoke token ${t.name}`}
                          />
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <div className="mt-3 flex items-center justify-between text-xs text-muted-foreground">
              <span>
                {items.length} of {total} {total === 1 ? "token" : "tokens"}
              </span>
              <LoadMoreButton query={tokens} />
            </div>
          </>
        )}
      </CardContent>
      <CreateTokenDialog open={createOpen} onOpenChange={setCreateOpen} apiBase={apiBase} />
      <ConfirmDialog
        open={revoking !== undefined}
        onOpenChange={(o) => !o && setRevoking(undefined)}
        title={<>Revoke token “{revoking?.name}”?</>}
        description="Anything using this token — the CLI, scripts, CI jobs — stops working immediately. This cannot be undone."
        confirmLabel="Revoke token"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking);
        }}
      />
    </Card>
  );
}
