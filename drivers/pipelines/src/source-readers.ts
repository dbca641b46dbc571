import { readFile, realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import type { ImageSource } from "@shipyard/contract";
import { DomainError, type SourceReader } from "@shipyard/core";

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const MAX_FILE_BYTES = 1_000_000;

async function fetchText(
  fetchImpl: FetchLike,
  url: string,
  headers: Record<string, string>,
  what: string,
  host: string,
): Promise<string> {
  let res: Response;
  try {
    res = await fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    throw new DomainError("unavailable", `${host} did not answer while reading ${what}: ${(e as Error).message}`, {
      suggestion: `Check that ${host} is reachable from the Shipyard server.`,
    });
  }
  if (res.status === 404) {
    throw new DomainError("not_found", `${what} was not found on ${host}.`, {
      suggestion:
        "Check the repository, branch and Dockerfile path of the image's source (and that the token can read the repository).",
    });
  }
  if (res.status === 401 || res.status === 403) {
    throw new DomainError("unauthenticated", `${host} refused to read ${what} (${res.status}).`, {
      suggestion: "Configure a token that can read the repository.",
    });
  }
  if (!res.ok) throw new DomainError("unavailable", `${host} answered ${res.status} while reading ${what}.`);
  const text = await res.text();
  if (text.length > MAX_FILE_BYTES) throw new DomainError("invalid_input", `${what} is larger than 1 MB.`);
  return text;
}

/** Files of a GitHub repository through the REST contents API (raw media type). */
export class GitHubSourceReader implements SourceReader {
  private readonly token: string | undefined;
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  constructor(options: { token?: string | undefined; baseUrl?: string | undefined; fetch?: FetchLike | undefined } = {}) {
    this.token = options.token;
    this.baseUrl = (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, "");
    this.fetchImpl = options.fetch ?? ((i, init) => fetch(i, init));
  }
  readFile(source: ImageSource, path: string): Promise<string> {
    const url = `${this.baseUrl}/repos/${source.repo}/contents/${path.split("/").map(encodeURIComponent).join("/")}?ref=${encodeURIComponent(source.branch)}`;
    return fetchText(
      this.fetchImpl,
      url,
      {
        accept: "application/vnd.github.raw+json",
        "x-github-api-version": "2022-11-28",
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      `${source.repo}@${source.branch}:${path}`,
      "GitHub",
    );
  }
}

/** Files of a GitLab project through the repository files API (raw). */
export class GitLabSourceReader implements SourceReader {
  private readonly token: string | undefined;
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  constructor(options: { token?: string | undefined; baseUrl?: string | undefined; fetch?: FetchLike | undefined } = {}) {
    this.token = options.token;
    this.baseUrl = (options.baseUrl ?? "https://gitlab.com").replace(/\/+$/, "");
    this.fetchImpl = options.fetch ?? ((i, init) => fetch(i, init));
  }
  readFile(source: ImageSource, path: string): Promise<string> {
    const url = `${this.baseUrl}/api/v4/projects/${encodeURIComponent(source.repo)}/repository/files/${encodeURIComponent(path)}/raw?ref=${encodeURIComponent(source.branch)}`;
    return fetchText(
      this.fetchImpl,
      url,
      this.token ? { "private-token": this.token } : {},
      `${source.repo}@${source.branch}:${path}`,
      "GitLab",
    );
  }
}

/** Files of a local folder, which must lie inside one of the allowed roots (symlinks resolved). */
export class LocalSourceReader implements SourceReader {
  private readonly roots: readonly string[];
  constructor(roots: readonly string[]) {
    this.roots = roots.map((r) => resolve(r));
  }
  async readFile(source: ImageSource, path: string): Promise<string> {
    const wanted = resolve(source.repo, path);
    let real: string;
    try {
      real = await realpath(wanted);
    } catch {
      throw new DomainError("not_found", `${wanted} does not exist.`, {
        suggestion: "Check the source folder and Dockerfile path.",
      });
    }
    const roots = await Promise.all(this.roots.map((r) => realpath(r).catch(() => r)));
    if (!roots.some((r) => !relative(r, real).startsWith("..") && !isAbsolute(relative(r, real)))) {
      throw new DomainError("forbidden", `${wanted} is outside the folders local sources may be read from.`, {
        suggestion: "Add its folder to SHIPYARD_SOURCE_ROOTS, or move the source under one of them.",
      });
    }
    const text = await readFile(real, "utf8");
    if (text.length > MAX_FILE_BYTES) throw new DomainError("invalid_input", `${wanted} is larger than 1 MB.`);
    return text;
  }
}

/** Picks the reader for a source's provider. */
export class RoutingSourceReader implements SourceReader {
  private readonly readers: Partial<Record<ImageSource["provider"], SourceReader>>;
  constructor(readers: Partial<Record<ImageSource["provider"], SourceReader>>) {
    this.readers = readers;
  }
  readFile(source: ImageSource, path: string, signal?: AbortSignal): Promise<string> {
    const reader = this.readers[source.provider];
    if (!reader) {
      throw new DomainError("unsupported", `Reading ${source.provider} sources is not configured on this server.`, {
        suggestion:
          source.provider === "local" ? "Set SHIPYARD_SOURCE_ROOTS." : "Send the Dockerfile with the analysis request instead.",
      });
    }
    return reader.readFile(source, path, signal);
  }
}
