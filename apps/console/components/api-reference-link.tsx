import { BookOpen } from "lucide-react";
import type * as React from "react";
import { cn } from "@/lib/utils";

/** The server's human-readable API reference, rendered from the same OpenAPI document the API validates with. */
export const apiReferenceHref = "/docs/api";

export function ApiReferenceLink({ className, children }: { className?: string; children?: React.ReactNode }) {
  return (
    <a
      href={apiReferenceHref}
      target="_blank"
      rel="noreferrer"
      className={cn(
        "inline-flex items-center gap-1.5 rounded-sm text-sm text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/60",
        className,
      )}
    >
      <BookOpen className="size-4" aria-hidden="true" />
      {children ?? "API reference"}
    </a>
  );
}
