import { ShieldX } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { buttonVariants } from "@/components/ui/button";

/** Shown when someone opens a page by its address that their role may not use. */
export function ForbiddenState({ what }: { what: string }) {
  return (
    <EmptyState
      icon={ShieldX}
      title={`Your role cannot see ${what}`}
      description="Ask a Shipyard administrator if you need access."
      action={
        <Link href="/" className={buttonVariants({ variant: "outline", size: "sm" })}>
          Go to the dashboard
        </Link>
      }
    />
  );
}
