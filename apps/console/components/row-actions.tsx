import type { LucideIcon } from "lucide-react";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { TableHead } from "@/components/ui/table";

/** The header of a table's last column, which holds each row's actions: named for screen readers only. */
export function ActionsHead() {
  return (
    <TableHead className="text-right">
      <span className="sr-only">Actions</span>
    </TableHead>
  );
}

/** A row's destructive action (Delete, Revoke, …), a small red ghost button; what it does should ask first. */
export function DestructiveRowButton({
  icon: Icon,
  label,
  ...props
}: Omit<React.ComponentProps<typeof Button>, "children" | "variant" | "size" | "className"> & {
  icon: LucideIcon;
  label: string;
}) {
  return (
    <Button variant="ghost" size="sm" className="text-destructive hover:bg-destructive/10 hover:text-destructive" {...props}>
      <Icon aria-hidden="true" /> {label}
    </Button>
  );
}
