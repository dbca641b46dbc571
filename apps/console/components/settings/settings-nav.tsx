"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { normalizePath, settingsPages, subPageTitle } from "@/lib/nav";
import { useMe } from "@/lib/session";
import { cn } from "@/lib/utils";

/** General · People · Organisations · Sharing · Audit log · Jobs, showing only the pages the person's role may open. */
export function SettingsNav() {
  const pathname = normalizePath(usePathname());
  const me = useMe();
  const pages = settingsPages.filter((p) => !p.permission || me.permissions.includes(p.permission));
  return (
    <nav aria-label="Settings" className="-mb-1 overflow-x-auto border-b">
      <ul className="flex gap-1">
        {pages.map((page) => {
          const active = pathname === page.href;
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex h-9 items-center border-b-2 border-transparent px-3 text-sm whitespace-nowrap text-muted-foreground outline-none transition-colors hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/60 rounded-t-md",
                  active && "border-primary font-medium text-foreground",
                )}
              >
                {subPageTitle(page, me.user.role)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
