import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder rows while a list or table loads; `label` is what screen readers hear ("Loading people…"). */
export function ListSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div className="flex flex-col gap-2" role="status" aria-busy="true">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
        <Skeleton key={i} className="h-8 w-full" />
      ))}
    </div>
  );
}
