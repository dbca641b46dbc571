"use client";

import { LiveEvent, routes, routeUrl } from "@shipyard/contract";
import { useEffect, useRef, useState } from "react";

export type StreamStatus = "connecting" | "open" | "reconnecting";

/**
 * Subscribes to the server's live event stream (`GET /v1/events`, Server-Sent Events, cookie auth).
 * The browser reconnects on its own after a dropped connection; when the server refuses the stream
 * outright the hook retries with backoff. `onOpen` runs on every (re)connection so callers can refetch
 * whatever they may have missed while disconnected.
 */
export function useEventStream({
  types,
  enabled = true,
  onEvent,
  onOpen,
}: {
  types: string;
  enabled?: boolean;
  onEvent: (event: LiveEvent) => void;
  onOpen?: () => void;
}): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const onEventRef = useRef(onEvent);
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onEventRef.current = onEvent;
    onOpenRef.current = onOpen;
  });

  useEffect(() => {
    if (!enabled) return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let disposed = false;
    let opened = false;
    const url = routeUrl("", routes.events.path, undefined, { types });

    const connect = () => {
      if (disposed) return;
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => {
        attempt = 0;
        opened = true;
        setStatus("open");
        onOpenRef.current?.();
      };
      source.onmessage = (message: MessageEvent<string>) => {
        let json: unknown;
        try {
          json = JSON.parse(message.data);
        } catch {
          return;
        }
        const parsed = LiveEvent.safeParse(json);
        if (parsed.success) onEventRef.current(parsed.data);
      };
      source.onerror = () => {
        if (disposed) return;
        setStatus(opened ? "reconnecting" : "connecting");
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          const delay = Math.min(30_000, 1_000 * 2 ** attempt);
          attempt++;
          setStatus("reconnecting");
          retry = setTimeout(connect, delay);
        }
      };
    };

    setStatus("connecting");
    connect();
    return () => {
      disposed = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [types, enabled]);

  return status;
}
