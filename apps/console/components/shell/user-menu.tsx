"use client";

import { BookOpen, KeyRound, LogOut, Settings } from "lucide-react";
import Link from "next/link";
import { apiReferenceHref } from "@/components/api-reference-link";
import { useLogout } from "@/components/shell/use-logout";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useMe } from "@/lib/session";

function initials(name: string, email: string) {
  const source = name.trim() || email;
  const parts = source.split(/[\s@._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts[1]?.[0] ?? "")).toUpperCase();
}

export function UserMenu() {
  const me = useMe();
  const logout = useLogout();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account: ${me.user.email}`}>
          <span className="flex size-7 items-center justify-center rounded-full bg-primary/20 text-xs font-semibold text-primary">
            {initials(me.user.name, me.user.email)}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex flex-col gap-1 font-normal">
          <span className="truncate text-sm font-medium">{me.user.name || me.user.email}</span>
          <span className="truncate text-xs text-muted-foreground" data-testid="user-email">
            {me.user.email}
          </span>
          <span className="mt-1 flex items-center gap-2 text-xs text-muted-foreground">
            Role{" "}
            <Badge variant="outline" className="capitalize" data-testid="user-role">
              {me.user.role}
            </Badge>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuGroup>
          <DropdownMenuItem asChild>
            <Link href="/settings/">
              <Settings aria-hidden="true" /> Settings
            </Link>
          </DropdownMenuItem>
          {me.permissions.includes("tokens:own") && (
            <DropdownMenuItem asChild>
              <Link href="/settings/#api-tokens">
                <KeyRound aria-hidden="true" /> API tokens
              </Link>
            </DropdownMenuItem>
          )}
          <DropdownMenuItem asChild>
            <a href={apiReferenceHref} target="_blank" rel="noreferrer">
              <BookOpen aria-hidden="true" /> API reference
            </a>
          </DropdownMenuItem>
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          variant="destructive"
          disabled={logout.isPending}
          onSelect={(e) => {
            e.preventDefault();
            logout.mutate();
          }}
        >
          <LogOut aria-hidden="true" /> {logout.isPending ? "Logging out…" : "Log out"}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
