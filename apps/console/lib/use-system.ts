"use client";

import { useQuery } from "@tanstack/react-query";
import { api, queryKeys } from "@/lib/api";

/** `GET /v1/system`; pass an interval to sample it (the dashboard's memory chart does, every 5 s). */
export function useSystem(refetchInterval?: number) {
  return useQuery({
    queryKey: queryKeys.system,
    queryFn: () => api("system"),
    refetchInterval: refetchInterval ?? false,
    refetchIntervalInBackground: false,
  });
}
