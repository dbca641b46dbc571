"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTheme } from "next-themes";
import type * as React from "react";
import { useEffect } from "react";
import { QueryErrorState } from "@/components/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { api, isUnauthenticated, loginHref, queryKeys } from "@/lib/api";
import { MeContext } from "@/lib/session";

/**
 * Every console page sits behind this: it asks `GET /v1/me`, sends people without a session to the
 * login page (remembering where they were going), and applies their saved theme.
 */
export function SessionGate({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const { setTheme } = useTheme();
  const me = useQuery({
    queryKey: queryKeys.me,
    queryFn: () => api("me"),
    staleTime: 5 * 60_000,
    // Coming back to the tab re-checks the session, so an expired one leads to the login page, not to errors.
    refetchOnWindowFocus: true,
    meta: { silent: true },
  });

  const unauthenticated = isUnauthenticated(me.error);
  useEffect(() => {
    if (unauthenticated) router.replace(loginHref(window.location.pathname + window.location.search));
  }, [unauthenticated, router]);

  const savedTheme = me.data?.preferences.theme;
  useEffect(() => {
    if (savedTheme) setTheme(savedTheme);
  }, [savedTheme, setTheme]);

  if (me.data) return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
  if (me.error && !unauthenticated) {
    return (
      <div className="flex min-h-dvh items-center justify-center p-6">
        <QueryErrorState className="max-w-md" title="The console could not load your session" query={me} />
      </div>
    );
  }
  return <ShellSkeleton />;
}

function ShellSkeleton() {
  return (
    <div className="flex min-h-dvh" role="status" aria-busy="true">
      <span className="sr-only">Loading the console…</span>
      <div className="hidden w-56 shrink-0 flex-col gap-3 border-r bg-sidebar p-3 md:flex">
        <Skeleton className="h-7 w-28" />
        {Array.from({ length: 10 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
          <Skeleton key={i} className="h-6 w-full" />
        ))}
      </div>
      <div className="flex flex-1 flex-col">
        <div className="flex h-14 items-center gap-3 border-b px-4">
          <Skeleton className="h-8 w-64" />
          <Skeleton className="ml-auto size-8 rounded-full" />
        </div>
        <div className="grid gap-4 p-6 sm:grid-cols-2 lg:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder cards
            <Skeleton key={i} className="h-24" />
          ))}
        </div>
      </div>
    </div>
  );
}
