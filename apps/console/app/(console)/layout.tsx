"use client";

import type * as React from "react";
import { SessionGate } from "@/components/session/session-gate";
import { AppShell } from "@/components/shell/app-shell";

export default function ConsoleLayout({ children }: { children: React.ReactNode }) {
  return (
    <SessionGate>
      <AppShell>{children}</AppShell>
    </SessionGate>
  );
}
