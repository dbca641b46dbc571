"use client";

import {
  Building2,
  KeyRound,
  ListChecks,
  LogOut,
  Monitor,
  Moon,
  ScrollText,
  Settings,
  Share2,
  Sun,
  SunMoon,
  Users,
} from "lucide-react";
import { useRouter } from "next/navigation";
import type * as React from "react";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useLogout } from "@/components/shell/use-logout";
import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
  CommandSeparator,
  CommandShortcut,
} from "@/components/ui/command";
import { allNavItems, settingsPages, subPageTitle } from "@/lib/nav";
import { useMe, useThemeChoice } from "@/lib/session";

interface CommandMenuState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

const CommandMenuContext = createContext<CommandMenuState>({ open: false, setOpen: () => {} });

export function useCommandMenu() {
  return useContext(CommandMenuContext);
}

/** Holds the palette's open state and listens for ⌘K / Ctrl+K anywhere in the console. */
export function CommandMenuProvider({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === "k" && (e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const value = useMemo(() => ({ open, setOpen }), [open]);
  return (
    <CommandMenuContext.Provider value={value}>
      {children}
      <CommandMenu />
    </CommandMenuContext.Provider>
  );
}

const settingsIcons: Record<string, React.ComponentType<{ className?: string }>> = {
  "/settings/": Settings,
  "/settings/people/": Users,
  "/settings/organizations/": Building2,
  "/settings/sharing/": Share2,
  "/settings/audit/": ScrollText,
  "/settings/jobs/": ListChecks,
};

function CommandMenu() {
  const { open, setOpen } = useCommandMenu();
  const router = useRouter();
  const me = useMe();
  const { choose, toggle } = useThemeChoice();
  const logout = useLogout();
  const can = (p?: string) => !p || me.permissions.includes(p);

  const run = useCallback(
    (action: () => void) => {
      setOpen(false);
      action();
    },
    [setOpen],
  );

  return (
    <CommandDialog open={open} onOpenChange={setOpen} title="Command palette" description="Jump to a page or run an action">
      <CommandInput placeholder="Search pages and actions…" aria-label="Search pages and actions" />
      <CommandList>
        <CommandEmpty>Nothing matches.</CommandEmpty>
        <CommandGroup heading="Pages">
          {allNavItems
            .filter((item) => can(item.permission))
            .map((item) => (
              <CommandItem
                key={item.href}
                value={`page ${item.title}`}
                keywords={item.keywords}
                onSelect={() => run(() => router.push(item.href))}
              >
                <item.icon aria-hidden="true" />
                {item.title}
              </CommandItem>
            ))}
          {settingsPages
            .filter((page) => page.href !== "/settings/" && can(page.permission))
            .map((page) => {
              const Icon = settingsIcons[page.href] ?? Settings;
              const title = subPageTitle(page, me.user.role);
              return (
                <CommandItem
                  key={page.href}
                  value={`page ${title}`}
                  keywords={page.keywords}
                  onSelect={() => run(() => router.push(page.href))}
                >
                  <Icon aria-hidden="true" />
                  {title}
                  <CommandShortcut>Settings</CommandShortcut>
                </CommandItem>
              );
            })}
        </CommandGroup>
        <CommandSeparator />
        <CommandGroup heading="Actions">
          <CommandItem value="action Toggle theme" keywords={["dark", "light", "mode"]} onSelect={() => run(toggle)}>
            <SunMoon aria-hidden="true" />
            Toggle theme
          </CommandItem>
          <CommandItem value="action Use dark theme" keywords={["theme"]} onSelect={() => run(() => choose("dark"))}>
            <Moon aria-hidden="true" />
            Use dark theme
          </CommandItem>
          <CommandItem value="action Use light theme" keywords={["theme"]} onSelect={() => run(() => choose("light"))}>
            <Sun aria-hidden="true" />
            Use light theme
          </CommandItem>
          <CommandItem value="action Use system theme" keywords={["theme", "auto"]} onSelect={() => run(() => choose("system"))}>
            <Monitor aria-hidden="true" />
            Use system theme
          </CommandItem>
          {can("tokens:own") && (
            <CommandItem
              value="action Create API token"
              keywords={["token", "generate", "key"]}
              onSelect={() => run(() => router.push("/settings/?create-token=1"))}
            >
              <KeyRound aria-hidden="true" />
              Create API token
            </CommandItem>
          )}
          <CommandItem value="action Log out" keywords={["sign out", "logout"]} onSelect={() => run(() => logout.mutate())}>
            <LogOut aria-hidden="true" />
            Log out
          </CommandItem>
        </CommandGroup>
      </CommandList>
    </CommandDialog>
  );
}
