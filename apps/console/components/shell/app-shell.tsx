"use client";

import { PanelLeftClose, PanelLeftOpen } from "lucide-react";
import type * as React from "react";
import { useEffect, useState } from "react";
import { Brand } from "@/components/shell/brand";
import { CommandMenuProvider } from "@/components/shell/command-menu";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { TopBar } from "@/components/shell/top-bar";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

const collapsedKey = "shipyard.sidebar-collapsed";

/** Sidebar (collapsible on desktop, a drawer on phones), top bar, command palette, and the page. */
export function AppShell({ children }: { children: React.ReactNode }) {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    setCollapsed(window.localStorage.getItem(collapsedKey) === "1");
  }, []);
  const toggle = () => {
    setCollapsed((c) => {
      window.localStorage.setItem(collapsedKey, c ? "0" : "1");
      return !c;
    });
  };

  return (
    <CommandMenuProvider>
      <a
        href="#main-content"
        className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-sm text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <div className="flex min-h-dvh">
        <aside
          className={cn(
            "sticky top-0 hidden h-dvh shrink-0 flex-col border-r bg-sidebar transition-[width] duration-150 md:flex",
            collapsed ? "w-14" : "w-56",
          )}
          data-collapsed={collapsed}
          aria-label="Sidebar"
        >
          <div className={cn("flex h-14 items-center border-b px-3", collapsed && "justify-center px-2")}>
            <Brand collapsed={collapsed} />
          </div>
          <div className={cn("flex-1 overflow-y-auto p-3", collapsed && "px-2")}>
            <SidebarNav collapsed={collapsed} />
          </div>
          <div className={cn("border-t p-2", collapsed && "flex justify-center")}>
            <Button
              variant="ghost"
              size="sm"
              onClick={toggle}
              aria-expanded={!collapsed}
              aria-label={collapsed ? "Expand sidebar" : "Collapse sidebar"}
              className={cn("w-full justify-start text-muted-foreground", collapsed && "w-auto")}
            >
              {collapsed ? <PanelLeftOpen aria-hidden="true" /> : <PanelLeftClose aria-hidden="true" />}
              {!collapsed && <span>Collapse</span>}
            </Button>
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <TopBar />
          <main id="main-content" tabIndex={-1} className="flex-1 px-3 py-5 outline-none sm:px-6">
            <div className="mx-auto flex w-full max-w-7xl flex-col gap-5">{children}</div>
          </main>
        </div>
      </div>
    </CommandMenuProvider>
  );
}
