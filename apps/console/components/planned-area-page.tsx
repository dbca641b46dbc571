import { CircleDashed, Construction } from "lucide-react";
import Link from "next/link";
import { ApiReferenceLink } from "@/components/api-reference-link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PlannedArea } from "@/lib/planned-areas";

/** The honest page for an area that is not built yet: what it will do, and nothing pretending to be data. */
export function PlannedAreaPage({ area }: { area: PlannedArea }) {
  return (
    <>
      <PageHeader title={area.title} badge={<Badge variant="warning">Not built yet</Badge>} description={area.summary} />
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Construction className="size-4 text-warning" aria-hidden="true" />
            {area.usableToday ? "These console pages are not built yet" : "This area is not built yet"}
          </CardTitle>
          <CardDescription>
            {area.usableToday ? (
              <>
                The engine behind {area.title.toLowerCase()} works today through the API (
                <code className="font-mono text-xs">{area.usableToday.api}</code>) and the CLI (
                <code className="font-mono text-xs">{area.usableToday.cli}</code>); the pages to use it from the console come
                next, and the console shows no sample data in their place. This is what the area does or will do:
              </>
            ) : (
              <>
                There is nothing to show here today: this version of Shipyard does not manage {area.title.toLowerCase()} yet, and
                the console shows no sample data in its place. This is what the area will do:
              </>
            )}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-2 sm:grid-cols-2">
            {area.capabilities.map((c) => (
              <li key={c} className="flex items-start gap-2 rounded-md border bg-muted/30 px-3 py-2 text-sm">
                <CircleDashed className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
                <span>{c}</span>
              </li>
            ))}
          </ul>
          <div className="mt-5 flex flex-wrap items-center gap-x-5 gap-y-3 border-t pt-4 text-sm text-muted-foreground">
            <p>
              What works today and how to run it is described in the <span className="font-medium text-foreground">README</span>{" "}
              of the Shipyard repository.
            </p>
            <ApiReferenceLink />
            <Link href="/" className={buttonVariants({ variant: "outline", size: "sm" })}>
              Back to the dashboard
            </Link>
          </div>
        </CardContent>
      </Card>
    </>
  );
}
