import { parseRetryAfter } from "./http-headers.ts";
import { RegistryError, registryErrorFromStatus } from "./port.ts";

/**
 * Turns a non-success registry answer into a `RegistryError`. Reads the body for the OCI error
 * shape `{"errors":[{"code","message","detail"}]}` (or Docker Hub's `{"message"}`/`{"detail"}`).
 */
export async function errorFromResponse(res: Response, registry: string, what: string, nowMs: number): Promise<RegistryError> {
  let registryCode: string | undefined;
  let message: string | undefined;
  try {
    const text = await res.text();
    if (text) {
      const body = JSON.parse(text) as {
        errors?: { code?: unknown; message?: unknown }[];
        message?: unknown;
        detail?: unknown;
      };
      const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
      if (typeof first?.code === "string") registryCode = first.code;
      const msg = first?.message ?? body.message ?? body.detail;
      if (typeof msg === "string" && msg) message = msg.slice(0, 300);
    }
  } catch {
    // Not JSON (HEAD has no body, proxies send HTML): the status says enough.
  }
  return registryErrorFromStatus(res.status, {
    registry,
    what,
    registryCode,
    message,
    retryAfterMs:
      res.status === 429 || res.status === 503 || registryCode === "TOOMANYREQUESTS"
        ? parseRetryAfter(res.headers, nowMs)
        : undefined,
  });
}

/** A fetch that threw: the caller's abort passes through, a timeout is `timeout`, anything else `unavailable`. */
export function errorFromFetchFailure(e: unknown, registry: string, what: string, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason ?? e;
  const name = (e as { name?: string } | undefined)?.name;
  if (name === "TimeoutError") {
    return new RegistryError("timeout", `${registry} did not answer in time (${what}).`, { registry, cause: e });
  }
  const cause = (e as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
  return new RegistryError("unavailable", `${registry} cannot be reached (${what}): ${detail}.`, { registry, cause: e });
}
