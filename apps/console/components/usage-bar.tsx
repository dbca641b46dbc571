import { cn } from "@/lib/utils";

/**
 * A native <meter> styled as a thin bar: blue while usage is fine, amber above 75 %, red above 90 %
 * (the meter's own low/high/optimum semantics pick the colour, and assistive tech reads the value).
 */
export function UsageBar({ ratio, label, className }: { ratio: number; label: string; className?: string }) {
  const value = Math.min(1, Math.max(0, ratio));
  return (
    <meter
      aria-label={label}
      min={0}
      max={1}
      low={0.75}
      high={0.9}
      optimum={0}
      value={value}
      title={`${Math.round(value * 100)}% ${label.toLowerCase()}`}
      className={cn(
        "block h-1.5 w-full appearance-none overflow-hidden rounded-full bg-muted",
        "[&::-webkit-meter-bar]:h-1.5 [&::-webkit-meter-bar]:rounded-full [&::-webkit-meter-bar]:border-0 [&::-webkit-meter-bar]:bg-muted",
        "[&::-webkit-meter-optimum-value]:rounded-full [&::-webkit-meter-optimum-value]:bg-primary",
        "[&::-webkit-meter-suboptimum-value]:rounded-full [&::-webkit-meter-suboptimum-value]:bg-warning",
        "[&::-webkit-meter-even-less-good-value]:rounded-full [&::-webkit-meter-even-less-good-value]:bg-destructive",
        "[&::-moz-meter-bar]:rounded-full [&::-moz-meter-bar]:bg-primary",
        className,
      )}
    />
  );
}
