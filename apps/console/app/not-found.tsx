import type { Metadata } from "next";
import Link from "next/link";
import { BrandMark } from "@/components/shell/brand";
import { buttonVariants } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 p-6 text-center">
      <BrandMark className="size-10" />
      <p className="font-mono text-sm text-muted-foreground">404</p>
      <h1 className="text-xl font-semibold tracking-tight">This page does not exist</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        The address may be mistyped, or the page may have moved. Every area of Shipyard is reachable from the dashboard.
      </p>
      <Link href="/" className={buttonVariants()}>
        Go to the dashboard
      </Link>
    </main>
  );
}
