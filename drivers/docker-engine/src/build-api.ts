import { DockerEngineError, streamError } from "./engine-error.ts";
import type { DockerEngineHttp, EngineBody } from "./engine-http.ts";
import { toEngineEvent } from "./json-messages.ts";
import { type EngineRegistryAuth, encodeRegistryConfig } from "./registry-auth.ts";

export interface BuildImageOptions {
  /** Names to give the image, `repository:tag` each (`t=`). */
  tags: readonly string[];
  /** The Dockerfile's path inside the context. Default `Dockerfile`. */
  dockerfile?: string | undefined;
  buildArgs?: Readonly<Record<string, string>> | undefined;
  labels?: Readonly<Record<string, string>> | undefined;
  /** Network of `RUN` steps (`none`, `host`, a network name). Default: the engine's (`default`). */
  networkMode?: string | undefined;
  /** Look for newer versions of `FROM` images even when they are present. */
  pull?: boolean | undefined;
  noCache?: boolean | undefined;
  /** Stage to stop at in a multi-stage Dockerfile. */
  target?: string | undefined;
  /** `os[/arch[/variant]]` of the image to build. */
  platform?: string | undefined;
  /** Memory limit of each `RUN` step, in bytes. */
  memoryBytes?: number | undefined;
  /** Credentials per registry host for pulling `FROM` images. */
  registryConfig?: Readonly<Record<string, EngineRegistryAuth>> | undefined;
  /** Aborting stops the build: the engine kills the running step and removes its container. */
  signal?: AbortSignal | undefined;
}

/** What a build tells while it runs. */
export type BuildEvent =
  | { type: "log"; text: string }
  | {
      type: "status";
      status: string;
      id?: string | undefined;
      progress?: string | undefined;
      current?: number | undefined;
      total?: number | undefined;
    }
  | { type: "built"; imageId: string };

/**
 * `POST /build`: the engine's classic builder (what API 1.41 runs without a BuildKit session).
 * Intermediate containers are always removed, also after a failed step.
 */
export class BuildApi {
  private readonly http: DockerEngineHttp;

  constructor(http: DockerEngineHttp) {
    this.http = http;
  }

  /**
   * Builds an image from a tar of the context and yields its progress; the last event is `built`.
   * A failed build throws a `DockerEngineError` with the engine's words (a failed `RUN` carries its
   * exit code); the log events before it say what happened.
   */
  async *build(context: EngineBody, options: BuildImageOptions): AsyncGenerator<BuildEvent> {
    const query = new URLSearchParams();
    for (const t of options.tags) query.append("t", t);
    const single: Record<string, string | undefined> = {
      dockerfile: options.dockerfile,
      buildargs: options.buildArgs && Object.keys(options.buildArgs).length > 0 ? JSON.stringify(options.buildArgs) : undefined,
      labels: options.labels && Object.keys(options.labels).length > 0 ? JSON.stringify(options.labels) : undefined,
      networkmode: options.networkMode,
      pull: options.pull ? "1" : undefined,
      nocache: options.noCache ? "1" : undefined,
      target: options.target,
      platform: options.platform,
      memory: options.memoryBytes !== undefined ? String(options.memoryBytes) : undefined,
      rm: "1",
      forcerm: "1",
    };
    for (const [k, v] of Object.entries(single)) if (v !== undefined) query.set(k, v);
    const headers: Record<string, string> = { "content-type": "application/x-tar" };
    if (options.registryConfig && Object.keys(options.registryConfig).length > 0) {
      headers["x-registry-config"] = encodeRegistryConfig(options.registryConfig);
    }
    const what = `the build of ${options.tags[0] ?? "an image"}`;
    let imageId: string | undefined;
    let shortId: string | undefined;
    for await (const msg of this.http.messages({
      method: "POST",
      path: `/build?${query.toString()}`,
      headers,
      body: context,
      signal: options.signal,
      what,
    })) {
      const event = toEngineEvent(msg);
      if (!event) continue;
      if (event.type === "error") throw streamError("build", event.message, event.code, "invalid_input");
      if (event.type === "aux") {
        const id = event.aux.ID;
        if (typeof id === "string") imageId = id;
        continue;
      }
      if (event.type === "log") {
        const m = /^Successfully built ([0-9a-f]{12,64})\s*$/.exec(event.text);
        if (m) shortId = m[1];
      }
      yield event;
    }
    const id = imageId ?? shortId;
    if (!id) {
      throw new DockerEngineError("internal", `The Docker engine ended ${what} without naming the image it built.`, {
        suggestion: "Look at the build log and the engine's log.",
      });
    }
    yield { type: "built", imageId: id };
  }
}
