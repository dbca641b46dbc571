"use client";

import { Menu, Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Brand } from "@/components/shell/brand";
import { useCommandMenu } from "@/components/shell/command-menu";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

function useModKey() {
  const [mod, setMod] = useState("Ctrl");
  useEffect(() => {
    if (/Mac|iPhone|iPad/.test(navigator.platform)) setMod("⌘");
  }, []);
  return mod;
}

export function TopBar() {
  const { setOpen } = useCommandMenu();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const mod = useModKey();
  return (
    <header className="sticky top-0 z-30 flex h-14 shrink-0 items-center gap-2 border-b bg-background/85 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:px-4">
      <Sheet open={drawerOpen} onOpenChange={setDrawerOpen}>
        <SheetTrigger asChild>
          <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu">
            <Menu aria-hidden="true" />
          </Button>
        </SheetTrigger>
        <SheetContent side="left" aria-describedby="mobile-nav-description">
          <div className="flex h-14 items-center border-b px-3">
            <SheetTitle asChild>
              <div>
                <Brand onNavigate={() => setDrawerOpen(false)} />
              </div>
            </SheetTitle>
            <SheetDescription id="mobile-nav-description" className="sr-only">
              Navigate to an area of Shipyard
            </SheetDescription>
          </div>
          <div className="flex-1 overflow-y-auto p-3">
            <SidebarNav onNavigate={() => setDrawerOpen(false)} />
          </div>
        </SheetContent>
      </Sheet>
      <div className="md:hidden">
        <Brand collapsed />
      </div>
      <Button
        variant="outline"
        className="h-8 min-w-0 max-w-sm flex-1 shrink justify-start gap-2 bg-muted/30 px-2.5 font-normal text-muted-foreground shadow-none sm:w-72 sm:flex-none"
        onClick={() => setOpen(true)}
        aria-label="Search pages and actions"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search aria-hidden="true" />
        <span className="truncate">Search or jump to…</span>
        <kbd className="ml-auto hidden items-center gap-0.5 rounded border bg-background px-1.5 font-mono text-[10px] font-medium sm:inline-flex">
          {mod === "⌘" ? "⌘K" : "Ctrl K"}
        </kbd>
      </Button>
      <div className="ml-auto flex items-center gap-1">
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
