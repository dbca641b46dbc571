import { Badge } from "@/components/ui/badge";

type Tone = "success" | "warning" | "destructive" | "secondary" | "default";

const tones: Record<string, Tone> = {
  ok: "success",
  success: "success",
  completed: "success",
  active: "default",
  connected: "success",
  online: "success",
  lost: "destructive",
  degraded: "warning",
  retry: "warning",
  created: "secondary",
  cancelled: "secondary",
  denied: "warning",
  expired: "warning",
  revoked: "secondary",
  disabled: "warning",
  down: "destructive",
  failure: "destructive",
  failed: "destructive",
};

/** A coloured badge for a status word: green for good, amber for attention, red for failure. */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const tone = tones[status] ?? "secondary";
  return (
    <Badge variant={tone}>
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {label ?? status}
    </Badge>
  );
}
