import { DomainError } from "@shipyard/core";

/**
 * How driver arguments and results cross between server and agent: JSON, with `Date` and byte
 * arrays tagged so they arrive as what they were, and `DomainError`s carried with code, message,
 * suggestion and issues so the server's callers see the agent's words unchanged.
 */

export function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw).toString("base64") };
    return v;
  });
}

export function decode<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && typeof v.$date === "string") return new Date(v.$date);
      if (keys.length === 1 && typeof v.$bytes === "string") return new Uint8Array(Buffer.from(v.$bytes, "base64"));
    }
    return v;
  }) as T;
}

export interface WireError {
  error: { code: DomainError["code"]; message: string; suggestion?: string | undefined; issues?: DomainError["issues"] };
}

export function errorToWire(e: unknown): WireError {
  if (e instanceof DomainError) {
    return { error: { code: e.code, message: e.message, suggestion: e.suggestion, issues: e.issues } };
  }
  return { error: { code: "internal", message: (e as Error)?.message ?? String(e) } };
}

export function errorFromWire(w: WireError["error"], host: string): DomainError {
  return new DomainError(w.code, w.message, {
    suggestion: w.suggestion,
    issues: w.issues,
    ...(w.code === "internal" ? { cause: new Error(`on host ${host}`) } : {}),
  });
}
