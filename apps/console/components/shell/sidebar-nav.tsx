"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { isActive, type NavItem, navSections } from "@/lib/nav";
import { useMe } from "@/lib/session";
import { cn } from "@/lib/utils";

function NavLink({ item, collapsed, onNavigate }: { item: NavItem; collapsed: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  const active = isActive(item.href, pathname);
  const Icon = item.icon;
  const link = (
    <Link
      href={item.href}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={cn(
        "group flex h-8 items-center gap-2.5 rounded-md px-2 text-sm text-sidebar-foreground/85 outline-none transition-colors hover:bg-sidebar-accent hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/60",
        active && "bg-sidebar-accent font-medium text-foreground",
        collapsed && "justify-center px-0",
      )}
    >
      <Icon
        className={cn(
          "size-4 shrink-0 text-muted-foreground group-hover:text-foreground",
          active && "text-primary group-hover:text-primary",
        )}
        aria-hidden="true"
      />
      <span className={cn("truncate", collapsed && "sr-only")}>{item.title}</span>
    </Link>
  );
  if (!collapsed) return link;
  return (
    <Tooltip>
      <TooltipTrigger asChild>{link}</TooltipTrigger>
      <TooltipContent side="right">{item.title}</TooltipContent>
    </Tooltip>
  );
}

/** The list of areas, shared by the desktop sidebar and the phone drawer. */
export function SidebarNav({ collapsed = false, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const me = useMe();
  return (
    <nav aria-label="Main" className="flex flex-col gap-4">
      {navSections.map((section, i) => {
        const items = section.items.filter((item) => !item.permission || me.permissions.includes(item.permission));
        if (items.length === 0) return null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are a static list
          <div key={i} className="flex flex-col gap-0.5">
            {section.title &&
              (collapsed ? (
                <div className="mx-2 mb-1 h-px bg-sidebar-border" role="presentation" />
              ) : (
                <p className="px-2 pb-1 text-[11px] font-medium tracking-wider text-muted-foreground uppercase">
                  {section.title}
                </p>
              ))}
            <ul className="flex flex-col gap-0.5">
              {items.map((item) => (
                <li key={item.href}>
                  <NavLink item={item} collapsed={collapsed} onNavigate={onNavigate} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
