"use client";

import type { Me, Permission, Preferences } from "@shipyard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTheme } from "next-themes";
import { createContext, useCallback, useContext } from "react";
import { api, queryKeys } from "@/lib/api";
import { type DatePreferences, defaultDatePreferences } from "@/lib/format";

export const MeContext = createContext<Me | undefined>(undefined);

/** The signed-in person. Only valid inside the console layout, which waits for `GET /v1/me`. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe() is only available inside the console layout");
  return me;
}

export function useCan(permission: Permission | undefined) {
  const me = useContext(MeContext);
  if (!permission) return true;
  return me?.permissions.includes(permission) ?? false;
}

/** Date preferences for `formatDate`; defaults outside a session (login page). */
export function useDatePreferences(): DatePreferences {
  const me = useContext(MeContext);
  return me ? { timezone: me.preferences.timezone, dateFormat: me.preferences.dateFormat } : defaultDatePreferences;
}

/** Saves preferences on the server and updates the cached `me`, so the whole console follows at once. */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: Partial<Preferences>) => api("updatePreferences", { body: update }),
    onSuccess: (me) => queryClient.setQueryData(queryKeys.me, me),
  });
}

export type ThemeChoice = Preferences["theme"];

/** Theme switching that applies at once (next-themes, class on <html>) and is saved to the person's preferences. */
export function useThemeChoice() {
  const { theme, resolvedTheme, setTheme } = useTheme();
  const update = useUpdatePreferences();
  const me = useContext(MeContext);
  const choose = useCallback(
    (next: ThemeChoice) => {
      setTheme(next);
      if (me && me.preferences.theme !== next) update.mutate({ theme: next });
    },
    [me, setTheme, update],
  );
  const toggle = useCallback(() => choose(resolvedTheme === "light" ? "dark" : "light"), [choose, resolvedTheme]);
  return { theme: (theme ?? "dark") as ThemeChoice, resolvedTheme, choose, toggle };
}
