import Link from "next/link";
import { cn } from "@/lib/utils";

export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cn("size-6 shrink-0", className)}>
      <rect width="32" height="32" rx="7" className="fill-primary" />
      <path d="M7 19h18l-3 6H10z" fill="#fff" />
      <path d="M15 7v10h-6zM17 9v8h5z" fill="#fff" opacity=".9" />
    </svg>
  );
}

export function Brand({ collapsed = false, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  return (
    <Link
      href="/"
      onClick={onNavigate}
      className="flex items-center gap-2 rounded-md px-1 py-1 font-semibold tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60"
    >
      <BrandMark />
      <span className={cn(collapsed && "sr-only")}>Shipyard</span>
    </Link>
  );
}
