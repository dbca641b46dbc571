import type { ImageSource } from "@shipyard/contract";

/**
 * Reads files of an image's source: a GitHub or GitLab repository at a branch, or a local folder.
 * Used to fetch Dockerfiles for analysis. Failures are DomainErrors: `not_found` for a missing file
 * or repository, `unauthenticated` for missing or bad credentials, `unavailable` when the host is down.
 */
export interface SourceReader {
  readFile(source: ImageSource, path: string, signal?: AbortSignal): Promise<string>;
}
