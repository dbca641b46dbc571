import { DomainError } from "@shipyard/core";

export type DockerEngineErrorCode = DomainError["code"];

export interface DockerEngineErrorDetails {
  /** HTTP status the engine answered with, when there was an answer. */
  status?: number | undefined;
  /** The engine's own words (`message` of an error answer, `error` of a progress stream). */
  engineMessage?: string | undefined;
  /** Exit code of the failed build step (`errorDetail.code` of a build stream). */
  exitCode?: number | undefined;
  suggestion?: string | undefined;
  cause?: unknown;
}

/** A Docker Engine failure, carried as a `DomainError` with the engine's status and words. */
export class DockerEngineError extends DomainError {
  readonly status: number | undefined;
  readonly engineMessage: string | undefined;
  readonly exitCode: number | undefined;

  constructor(code: DockerEngineErrorCode, message: string, details: DockerEngineErrorDetails = {}) {
    super(code, message, { suggestion: details.suggestion, cause: details.cause });
    this.name = "DockerEngineError";
    this.status = details.status;
    this.engineMessage = details.engineMessage;
    this.exitCode = details.exitCode;
  }
}

export const isDockerEngineError = (e: unknown): e is DockerEngineError => e instanceof DockerEngineError;

/** Keeps error messages readable when the engine sends a wall of text. */
export const clip = (s: string, max = 2000): string => (s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * Maps an error answer of the Engine API (`{"message": …}` with a status) to a `DockerEngineError`.
 * The engine answers 500 for many caller mistakes, so a few well-known messages are looked at too.
 */
export function engineErrorFromStatus(status: number, engineMessage: string | undefined, what: string): DockerEngineError {
  const words = engineMessage?.trim() || `HTTP ${status}`;
  const details = { status, engineMessage };
  const message = `Docker engine refused ${what}: ${clip(words)}`;
  if (engineMessage && /Cannot locate specified Dockerfile/i.test(engineMessage)) {
    return new DockerEngineError("invalid_input", message, {
      ...details,
      suggestion: "Check the Dockerfile path: it is read from inside the build context.",
    });
  }
  if (status === 400) return new DockerEngineError("invalid_input", message, details);
  if (status === 401) return new DockerEngineError("unauthenticated", message, details);
  if (status === 403) return new DockerEngineError("forbidden", message, details);
  if (status === 404) return new DockerEngineError("not_found", message, details);
  if (status === 409) return new DockerEngineError("conflict", message, details);
  if (status === 501) return new DockerEngineError("unsupported", message, details);
  if (status === 503) return new DockerEngineError("unavailable", message, { ...details, suggestion: "Try again shortly." });
  const fromWords = engineMessage ? classifyStreamError(engineMessage, undefined) : undefined;
  if (fromWords && fromWords !== "invalid_input") return new DockerEngineError(fromWords, message, details);
  return new DockerEngineError("internal", message, {
    ...details,
    suggestion: "Look at the Docker engine's log (journalctl -u docker) for the cause.",
  });
}

/**
 * What an `error` line of a progress stream (build, push, pull) is about, from its words: the
 * engine gives no code there, only a message and, for a failed `RUN`, the step's exit code.
 */
export function classifyStreamError(message: string, fallback: DockerEngineErrorCode | undefined): DockerEngineErrorCode {
  if (/returned a non-zero code/i.test(message)) return "invalid_input";
  if (/unauthorized|authentication required|no basic auth credentials|incorrect username or password/i.test(message)) {
    return "unauthenticated";
  }
  if (/denied|forbidden/i.test(message)) return "forbidden";
  if (/toomanyrequests|rate limit/i.test(message)) return "rate_limited";
  if (/no such host|connection refused|dial tcp|i\/o timeout|tls handshake|server gave http response|EOF$/i.test(message)) {
    return "unavailable";
  }
  if (/does not exist|not found|no such image|manifest unknown|repository .* not found/i.test(message)) return "not_found";
  return fallback ?? "invalid_input";
}

const SUGGESTIONS: Partial<Record<DockerEngineErrorCode, string>> = {
  unauthenticated: "Give the builder credentials for the registry (or check the ones it has).",
  forbidden: "The registry refused these credentials for this repository: check their scope.",
  rate_limited: "The registry is throttling: try again later.",
  unavailable: "Check that the registry is reachable from the Docker engine (and listed as insecure when it speaks plain HTTP).",
  not_found: "Check the image name: the engine could not find it.",
};

/** A `DockerEngineError` for an `error` line of a progress stream. */
export function streamError(
  what: string,
  engineMessage: string,
  exitCode: number | undefined,
  fallback: DockerEngineErrorCode,
): DockerEngineError {
  const code = classifyStreamError(engineMessage, fallback);
  return new DockerEngineError(code, clip(engineMessage), {
    engineMessage,
    exitCode,
    suggestion:
      exitCode !== undefined
        ? `The ${what} stopped at a step that exited with code ${exitCode}: see the log above the error.`
        : SUGGESTIONS[code],
  });
}
