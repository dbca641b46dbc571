"use client";

import { useMutation } from "@tanstack/react-query";
import { api } from "@/lib/api";

/**
 * Ends the session on the server, then loads the login page afresh so no cached answer
 * from this session survives in memory.
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => api("logout"),
    onSuccess: () => window.location.replace("/login/?signed-out=1"),
  });
}
