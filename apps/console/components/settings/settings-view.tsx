"use client";

import { Suspense } from "react";
import { PageHeader } from "@/components/page-header";
import { ApiAccessCard } from "@/components/settings/api-access-card";
import { PasswordCard } from "@/components/settings/password-card";
import { PreferencesCard } from "@/components/settings/preferences-card";
import { SettingsNav } from "@/components/settings/settings-nav";
import { SystemInfoCard } from "@/components/settings/system-info-card";
import { TokensCard } from "@/components/settings/tokens-card";
import { Skeleton } from "@/components/ui/skeleton";
import { useCan } from "@/lib/session";
import { useSystem } from "@/lib/use-system";

export function SettingsView() {
  const canTokens = useCan("tokens:own");
  const canSystem = useCan("system:read");
  const system = useSystem();
  return (
    <>
      <PageHeader title="Settings" description="API access, your password, tokens and preferences, and this server." />
      <SettingsNav />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        {canSystem && <ApiAccessCard system={system.data} />}
        <PreferencesCard />
        <PasswordCard />
      </div>
      {canTokens && (
        <Suspense fallback={<Skeleton className="h-48" />}>
          <TokensCard apiBase={system.data?.endpoints.api} />
        </Suspense>
      )}
      {canSystem && (
        <SystemInfoCard system={system.data} error={system.error} onRetry={() => system.refetch()} retrying={system.isFetching} />
      )}
    </>
  );
}
