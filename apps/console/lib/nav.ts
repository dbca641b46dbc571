import type { Permission, Role } from "@shipyard/contract";
import {
  Bot,
  Container,
  Hammer,
  HardDrive,
  HeartPulse,
  Layers,
  LayoutDashboard,
  LayoutTemplate,
  type LucideIcon,
  Monitor,
  Rocket,
  Settings,
  SquareFunction,
} from "lucide-react";

export interface NavItem {
  title: string;
  href: string;
  icon: LucideIcon;
  /** Extra words the command palette matches on. */
  keywords?: string[];
  /** Hidden from people whose role lacks this permission. */
  permission?: Permission;
}

export interface NavSection {
  title?: string;
  items: NavItem[];
}

/** Every area of the console, in sidebar order. */
export const navSections: NavSection[] = [
  {
    items: [
      { title: "Dashboard", href: "/", icon: LayoutDashboard, keywords: ["home", "overview", "activity"] },
      { title: "Images", href: "/images/", icon: Layers, keywords: ["ami", "catalog", "image factory"] },
      { title: "Builds", href: "/builds/", icon: Hammer, keywords: ["pipeline", "rebuild", "ci"] },
    ],
  },
  {
    title: "Workloads",
    items: [
      { title: "Virtual machines", href: "/vms/", icon: Monitor, keywords: ["vm", "microvm", "qemu", "firecracker"] },
      { title: "Functions", href: "/functions/", icon: SquareFunction, keywords: ["serverless", "lambda"] },
      { title: "Containers", href: "/containers/", icon: Container, keywords: ["docker", "podman"] },
      { title: "Registry", href: "/registry/", icon: HardDrive, keywords: ["kernel", "rootfs", "volume"] },
      { title: "Templates", href: "/templates/", icon: LayoutTemplate, keywords: ["vm template"] },
    ],
  },
  {
    title: "Operate",
    items: [
      { title: "Deployments", href: "/deployments/", icon: Rocket, keywords: ["release", "rollback", "environment"] },
      { title: "Health", href: "/health/", icon: HeartPulse, keywords: ["slo", "alerts", "checks"] },
      { title: "AI Stacks", href: "/ai-stacks/", icon: Bot, keywords: ["n8n", "ollama", "qdrant", "llm"] },
    ],
  },
  {
    items: [{ title: "Settings", href: "/settings/", icon: Settings, keywords: ["preferences", "tokens", "system"] }],
  },
];

export interface SubPage {
  title: string;
  href: string;
  permission?: Permission;
  keywords?: string[];
  /** What a client (who sees only their own organisation) calls the page, when it differs. */
  clientTitle?: string;
}

/** A settings page's title as the person's role sees it. */
export function subPageTitle(page: SubPage, role: Role) {
  return role === "client" && page.clientTitle ? page.clientTitle : page.title;
}

/** Pages under Settings, shown as a sub-navigation there and in the command palette. */
export const settingsPages: SubPage[] = [
  { title: "General", href: "/settings/", keywords: ["tokens", "preferences", "system information"] },
  {
    title: "People",
    href: "/settings/people/",
    permission: "users:read",
    keywords: ["users", "accounts", "roles", "add user"],
  },
  {
    title: "Organisations",
    clientTitle: "Organisation",
    href: "/settings/organizations/",
    permission: "orgs:read",
    keywords: ["organizations", "teams", "members", "clients"],
  },
  {
    title: "Sharing",
    clientTitle: "Shared with you",
    href: "/settings/sharing/",
    permission: "shares:read",
    keywords: ["share", "shares", "shared with you", "access"],
  },
  { title: "Audit log", href: "/settings/audit/", permission: "audit:read", keywords: ["history", "trail"] },
  { title: "Jobs", href: "/settings/jobs/", permission: "jobs:read", keywords: ["queue", "background"] },
];

export const allNavItems: NavItem[] = navSections.flatMap((s) => s.items);

/** Normalises a pathname so `/settings` and `/settings/` compare equal. */
export function normalizePath(pathname: string) {
  return pathname.endsWith("/") ? pathname : `${pathname}/`;
}

/** The nav entry a pathname belongs to: exact for the dashboard, by prefix for the rest. */
export function isActive(href: string, pathname: string) {
  const path = normalizePath(pathname);
  if (href === "/") return path === "/";
  return path === href || path.startsWith(href);
}
