"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import type * as React from "react";
import { useState } from "react";
import { Toaster, toast } from "sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { describeError, isUnauthenticated, loginHref, queryKeys } from "@/lib/api";

declare module "@tanstack/react-query" {
  interface Register {
    queryMeta: { silent?: boolean };
    mutationMeta: { inlineErrors?: boolean };
  }
}

function redirectToLogin() {
  if (window.location.pathname.startsWith("/login")) return;
  window.location.replace(loginHref(window.location.pathname + window.location.search));
}

/**
 * Failed calls become toasts in one place: mutations always (unless the form shows the error inline),
 * queries only when they fail in the background — a first load that fails shows an error state with retry instead.
 * A 401 anywhere means the session ended: back to the login page.
 */
function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthenticated(error)) {
          if (query.queryKey[0] !== queryKeys.me[0]) redirectToLogin();
          return;
        }
        if (query.meta?.silent || query.state.data === undefined) return;
        const { message, suggestion } = describeError(error);
        toast.error(message, { id: `query-${query.queryHash}`, description: suggestion });
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.meta?.inlineErrors) return;
        if (isUnauthenticated(error)) {
          redirectToLogin();
          return;
        }
        const { message, suggestion } = describeError(error);
        toast.error(message, { description: suggestion });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isUnauthenticated(error) && failureCount < 1,
      },
      mutations: { retry: false },
    },
  });
}

export function Providers({ children }: { children: React.ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider attribute="class" defaultTheme="dark" enableSystem disableTransitionOnChange themes={["dark", "light"]}>
        <TooltipProvider>
          {children}
          <Toaster richColors closeButton position="bottom-right" theme="system" toastOptions={{ className: "text-sm" }} />
        </TooltipProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
