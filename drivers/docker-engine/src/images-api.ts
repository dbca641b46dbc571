import { DockerEngineError, isDockerEngineError, streamError } from "./engine-error.ts";
import { type DockerEngineHttp, type EngineBody, imagePath } from "./engine-http.ts";
import { type EngineMessage, toEngineEvent } from "./json-messages.ts";
import { type EngineRegistryAuth, encodeRegistryAuth } from "./registry-auth.ts";

/** What `GET /images/{name}/json` tells about a local image (the fields Shipyard reads). */
export interface EngineImage {
  /** `sha256:…` of the image config. */
  id: string;
  repoTags: string[];
  /** `repository@sha256:…` for every registry the image was pushed to or pulled from. */
  repoDigests: string[];
  /** ISO 8601. */
  created: string | undefined;
  size: number | undefined;
  os: string | undefined;
  architecture: string | undefined;
  labels: Record<string, string>;
}

/** A repository (with registry) and a tag: `127.0.0.1:5000/shipyard/app` + `1.2.0`. */
export interface EngineImageName {
  repository: string;
  tag: string;
}

export interface RegistryOperationOptions {
  /** Credentials for the registry; anonymous when missing. */
  auth?: EngineRegistryAuth | undefined;
  /** Aborting stops the transfer (the engine cancels it when the request goes away). */
  signal?: AbortSignal | undefined;
}

/** What a push or pull tells while it runs. */
export type TransferEvent = {
  type: "status";
  status: string;
  id?: string | undefined;
  progress?: string | undefined;
  current?: number | undefined;
  total?: number | undefined;
};

export type PushEvent = TransferEvent | { type: "pushed"; tag: string; digest: string; size: number | undefined };

export interface RemovedImage {
  untagged: string[];
  deleted: string[];
}

const DIGEST = /sha256:[0-9a-f]{64}/;

/** Local images of the engine: inspect, tag, remove, push, pull, import. */
export class ImagesApi {
  private readonly http: DockerEngineHttp;

  constructor(http: DockerEngineHttp) {
    this.http = http;
  }

  /** Inspects a local image by name or id; `undefined` when the engine does not have it. */
  async inspect(name: string, signal?: AbortSignal): Promise<EngineImage | undefined> {
    let raw: Record<string, unknown> | undefined;
    try {
      raw = await this.http.json<Record<string, unknown>>({
        method: "GET",
        path: `/images/${imagePath(name)}/json`,
        signal,
        what: `the inspection of ${name}`,
      });
    } catch (e) {
      if (isDockerEngineError(e) && e.status === 404) return undefined;
      throw e;
    }
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
    const config = (raw?.Config ?? {}) as { Labels?: unknown };
    const labels: Record<string, string> = {};
    if (config.Labels && typeof config.Labels === "object") {
      for (const [k, v] of Object.entries(config.Labels as Record<string, unknown>)) if (typeof v === "string") labels[k] = v;
    }
    return {
      id: typeof raw?.Id === "string" ? raw.Id : "",
      repoTags: strings(raw?.RepoTags),
      repoDigests: strings(raw?.RepoDigests),
      created: typeof raw?.Created === "string" ? raw.Created : undefined,
      size: typeof raw?.Size === "number" ? raw.Size : undefined,
      os: typeof raw?.Os === "string" ? raw.Os : undefined,
      architecture: typeof raw?.Architecture === "string" ? raw.Architecture : undefined,
      labels,
    };
  }

  /** Gives the local image `source` (name or id) the name `target`. */
  async tag(source: string, target: EngineImageName, signal?: AbortSignal): Promise<void> {
    await this.http.call({
      method: "POST",
      path: `/images/${imagePath(source)}/tag`,
      query: { repo: target.repository, tag: target.tag },
      signal,
      what: `tagging ${source} as ${target.repository}:${target.tag}`,
    });
  }

  /**
   * Removes a local image name (or, by id, the image). Layers other images share stay. Throws
   * `not_found` when there is no such image, `conflict` when a container uses it (unless `force`).
   */
  async remove(name: string, options: { force?: boolean; noPrune?: boolean; signal?: AbortSignal } = {}): Promise<RemovedImage> {
    const answer = await this.http.json<{ Untagged?: unknown; Deleted?: unknown }[] | undefined>({
      method: "DELETE",
      path: `/images/${imagePath(name)}`,
      query: { force: options.force, noprune: options.noPrune },
      signal: options.signal,
      what: `the removal of ${name}`,
    });
    const out: RemovedImage = { untagged: [], deleted: [] };
    for (const item of answer ?? []) {
      if (typeof item.Untagged === "string") out.untagged.push(item.Untagged);
      if (typeof item.Deleted === "string") out.deleted.push(item.Deleted);
    }
    return out;
  }

  /**
   * Pushes `repository:tag` to its registry and yields the progress; the last event is `pushed`
   * with the manifest digest the registry now serves for the tag.
   */
  async *push(name: EngineImageName, options: RegistryOperationOptions = {}): AsyncGenerator<PushEvent> {
    const what = `the push of ${name.repository}:${name.tag}`;
    let pushed: PushEvent | undefined;
    for await (const msg of this.http.messages({
      method: "POST",
      path: `/images/${imagePath(name.repository)}/push`,
      query: { tag: name.tag },
      headers: { "x-registry-auth": encodeRegistryAuth(options.auth) },
      signal: options.signal,
      what,
    })) {
      const event = transferEvent(msg, "push");
      if (!event) continue;
      if (event.type === "aux") {
        const digest = event.aux.Digest;
        if (typeof digest === "string" && DIGEST.test(digest)) {
          const size = event.aux.Size;
          pushed = {
            type: "pushed",
            tag: typeof event.aux.Tag === "string" ? event.aux.Tag : name.tag,
            digest,
            size: typeof size === "number" ? size : undefined,
          };
        }
        continue;
      }
      // Engines before API 1.24 sent no aux: the digest is in the words (`1: digest: sha256:… size: 942`).
      const words = /^(\S+): digest: (sha256:[0-9a-f]{64}) size: (\d+)/.exec(event.status);
      if (words && !pushed)
        pushed = { type: "pushed", tag: words[1] as string, digest: words[2] as string, size: Number(words[3]) };
      yield event;
    }
    if (!pushed) {
      throw new DockerEngineError("internal", `The Docker engine ended ${what} without a digest.`, {
        suggestion: "Look at the registry: the push may not have finished.",
      });
    }
    yield pushed;
  }

  /** Pulls `repository:tag` from its registry, yielding the progress. */
  async *pull(
    name: EngineImageName,
    options: RegistryOperationOptions & { platform?: string } = {},
  ): AsyncGenerator<TransferEvent> {
    for await (const msg of this.http.messages({
      method: "POST",
      path: "/images/create",
      query: { fromImage: name.repository, tag: name.tag, platform: options.platform },
      headers: { "x-registry-auth": encodeRegistryAuth(options.auth) },
      signal: options.signal,
      what: `the pull of ${name.repository}:${name.tag}`,
    })) {
      const event = transferEvent(msg, "pull");
      if (event && event.type === "status") yield event;
    }
  }

  /**
   * Creates an image from a tar of a root filesystem (`docker import`), with no registry involved.
   * Returns the new image's id.
   */
  async import(
    rootfs: EngineBody,
    name: EngineImageName,
    options: { message?: string; changes?: readonly string[]; platform?: string; signal?: AbortSignal } = {},
  ): Promise<string> {
    const query = new URLSearchParams({ fromSrc: "-", repo: name.repository, tag: name.tag });
    if (options.message) query.set("message", options.message);
    if (options.platform) query.set("platform", options.platform);
    for (const change of options.changes ?? []) query.append("changes", change);
    let id: string | undefined;
    for await (const msg of this.http.messages({
      method: "POST",
      path: `/images/create?${query.toString()}`,
      headers: { "content-type": "application/x-tar" },
      body: rootfs,
      signal: options.signal,
      what: `the import of ${name.repository}:${name.tag}`,
    })) {
      const event = transferEvent(msg, "import");
      if (event?.type === "status") id = DIGEST.exec(event.status)?.[0] ?? id;
    }
    if (!id) throw new DockerEngineError("internal", "The Docker engine imported the image without naming it.");
    return id;
  }
}

function transferEvent(
  msg: EngineMessage,
  what: string,
): TransferEvent | { type: "aux"; aux: Record<string, unknown> } | undefined {
  const event = toEngineEvent(msg);
  if (!event) return undefined;
  if (event.type === "error")
    throw streamError(what, event.message, undefined, what === "push" ? "unavailable" : "invalid_input");
  if (event.type === "log") return { type: "status", status: event.text };
  return event;
}
