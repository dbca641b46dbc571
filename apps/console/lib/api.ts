import { ApiError, createClient } from "@shipyard/contract";

/** The same-origin API client: the console is served by the server it talks to, so the session cookie rides along. */
export const api = createClient({ baseUrl: "" });

/** React Query keys, in one place so mutations and the live stream invalidate the right caches. */
export const queryKeys = {
  me: ["me"] as const,
  system: ["system"] as const,
  tokens: ["tokens"] as const,
  audit: ["audit"] as const,
  jobs: ["jobs"] as const,
  hosts: ["hosts"] as const,
  users: ["users"] as const,
  organizations: ["organizations"] as const,
  teams: ["teams"] as const,
  teamMembers: ["team-members"] as const,
  shares: ["shares"] as const,
};

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnauthenticated(error: unknown) {
  return isApiError(error) && error.status === 401;
}

/** What to tell a person about a failed call: the server's message and, when it has one, what to do about it. */
export function describeError(error: unknown): { message: string; suggestion?: string } {
  if (isApiError(error)) {
    return error.problem.suggestion
      ? { message: error.problem.message, suggestion: error.problem.suggestion }
      : { message: error.problem.message };
  }
  if (error instanceof TypeError) {
    return {
      message: "The Shipyard server could not be reached.",
      suggestion: "Check that the server is running and that your network connection works, then try again.",
    };
  }
  if (error instanceof Error) return { message: error.message };
  return { message: "Something went wrong." };
}

/** Only same-site paths are accepted as a post-login destination, so a crafted link cannot send people elsewhere. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/login")) return "/";
  return next;
}

export function loginHref(currentPath: string) {
  const next = safeNextPath(currentPath);
  return next === "/" ? "/login/" : `/login/?next=${encodeURIComponent(next)}`;
}
