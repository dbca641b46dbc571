"use client";

import { CircleAlert, RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/api";
import { cn } from "@/lib/utils";

export function ErrorState({
  title = "Could not load this",
  error,
  onRetry,
  retrying = false,
  className,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
}) {
  const { message, suggestion } = describeError(error);
  return (
    <div
      role="alert"
      className={cn(
        "flex flex-col items-center gap-2 rounded-lg border border-destructive/30 bg-destructive/5 px-6 py-8 text-center",
        className,
      )}
    >
      <CircleAlert className="size-6 text-destructive" aria-hidden="true" />
      <p className="text-sm font-medium">{title}</p>
      <p className="max-w-prose text-sm text-muted-foreground">{message}</p>
      {suggestion && <p className="max-w-prose text-xs text-muted-foreground">{suggestion}</p>}
      {onRetry && (
        <Button variant="outline" size="sm" className="mt-2" onClick={onRetry} disabled={retrying}>
          <RefreshCw className={cn(retrying && "animate-spin")} aria-hidden="true" />
          {retrying ? "Retrying…" : "Retry"}
        </Button>
      )}
    </div>
  );
}

/** ErrorState for a failed query: its error, and Retry refetches it. */
export function QueryErrorState({
  title,
  query,
  className,
}: {
  title: string;
  query: { error: unknown; isFetching: boolean; refetch: () => unknown };
  className?: string;
}) {
  return (
    <ErrorState
      title={title}
      error={query.error}
      onRetry={() => query.refetch()}
      retrying={query.isFetching}
      className={className}
    />
  );
}
