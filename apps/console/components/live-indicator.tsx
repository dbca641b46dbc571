import type { StreamStatus } from "@/lib/use-event-stream";
import { cn } from "@/lib/utils";

const labels: Record<StreamStatus, string> = {
  open: "Live",
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
};

/** Whether the live event stream is connected: a pulsing green dot when it is, amber while it reconnects. */
export function LiveIndicator({ status, className }: { status: StreamStatus; className?: string }) {
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="live-indicator"
      data-status={status}
      title={status === "open" ? "Updates arrive as they happen" : "Waiting for the live event stream"}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium",
        status === "open" && "border-success/30 bg-success/10 text-success",
        status === "reconnecting" && "border-warning/30 bg-warning/10 text-warning",
        status === "connecting" && "text-muted-foreground",
        className,
      )}
    >
      <span aria-hidden="true" className={cn("size-1.5 rounded-full bg-current", status === "open" && "animate-live")} />
      {labels[status]}
    </span>
  );
}
