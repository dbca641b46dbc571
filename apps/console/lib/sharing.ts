"use client";

import type { Share, ShareKind, ShareListQuery } from "@shipyard/contract";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Container, Layers, type LucideIcon, Monitor, SquareFunction } from "lucide-react";
import { useCallback } from "react";
import { api, queryKeys } from "@/lib/api";
import { useCan } from "@/lib/session";
import { type StreamStatus, useEventStream } from "@/lib/use-event-stream";

export const shareKinds: { value: ShareKind; label: string; plural: string; icon: LucideIcon }[] = [
  { value: "image", label: "Image", plural: "Images", icon: Layers },
  { value: "vm", label: "Virtual machine", plural: "Virtual machines", icon: Monitor },
  { value: "function", label: "Function", plural: "Functions", icon: SquareFunction },
  { value: "container", label: "Container", plural: "Containers", icon: Container },
];

export const shareKindInfo = Object.fromEntries(shareKinds.map((k) => [k.value, k])) as Record<
  ShareKind,
  (typeof shareKinds)[number]
>;

/** "image “web”", or the id when the resource has been deleted since. */
export function describeShared(share: Pick<Share, "kind" | "resourceName" | "resourceId">) {
  return `${shareKindInfo[share.kind].label.toLowerCase()} “${share.resourceName ?? share.resourceId}”`;
}

/** "Acme · team Builders" or "Acme (whole organisation)". */
export function describeAudience(share: Pick<Share, "organizationName" | "teamName">) {
  return share.teamName ? `${share.organizationName} · team ${share.teamName}` : `${share.organizationName} (whole organisation)`;
}

/** What is shared with whom (`GET /v1/shares`); for a client, only what reaches them. */
/** How many shares a view reads at most (newest first), 200 a page. */
const sharesCap = 5_000;

export function useShares(filters: Pick<ShareListQuery, "kind" | "organizationId" | "teamId"> = {}) {
  const canRead = useCan("shares:read");
  return useQuery({
    queryKey: [...queryKeys.shares, filters],
    queryFn: async () => {
      const shares: Share[] = [];
      let cursor: string | undefined;
      do {
        const page = await api("listShares", { query: { ...filters, limit: 200, cursor } });
        shares.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && shares.length < sharesCap);
      return shares;
    },
    enabled: canRead,
  });
}

/**
 * Keeps every cached share list current from the live stream: `share.created`, `share.deleted` and
 * `share.changed` (a team deleted, a member added or removed) mark them stale, and the ones on screen
 * refetch at once; no reload. On every (re)connection they refetch too, for what happened meanwhile.
 */
export function useShareEvents(): { status: StreamStatus; enabled: boolean } {
  const queryClient = useQueryClient();
  const canStream = useCan("events:read");
  const canRead = useCan("shares:read");
  const enabled = canStream && canRead;
  const onEvent = useCallback(
    (event: { type: string }) => {
      if (!event.type.startsWith("share.")) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.shares });
      if (event.type === "share.changed") {
        void queryClient.invalidateQueries({ queryKey: queryKeys.teams });
        void queryClient.invalidateQueries({ queryKey: queryKeys.teamMembers });
      }
    },
    [queryClient],
  );
  const onOpen = useCallback(() => void queryClient.invalidateQueries({ queryKey: queryKeys.shares }), [queryClient]);
  const status = useEventStream({ types: "share.", onEvent, onOpen, enabled });
  return { status, enabled };
}
