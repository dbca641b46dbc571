import type { DockerEngineHttp } from "./engine-http.ts";

export interface EngineVersion {
  /** Engine release (`20.10.24+dfsg1`). */
  version: string;
  /** Newest Engine API it speaks. */
  apiVersion: string;
  minApiVersion: string | undefined;
  os: string;
  arch: string;
  kernelVersion: string | undefined;
}

/** `/_ping` and `/version`. */
export class SystemApi {
  private readonly http: DockerEngineHttp;

  constructor(http: DockerEngineHttp) {
    this.http = http;
  }

  /** Resolves when the engine answers; throws `unavailable` when it does not. */
  async ping(signal?: AbortSignal): Promise<void> {
    await this.http.ping(signal);
  }

  async version(signal?: AbortSignal): Promise<EngineVersion> {
    const v = await this.http.json<Record<string, unknown> | undefined>({
      method: "GET",
      path: "/version",
      signal,
      what: "the version",
    });
    const s = (key: string) => (typeof v?.[key] === "string" ? (v[key] as string) : undefined);
    return {
      version: s("Version") ?? "unknown",
      apiVersion: s("ApiVersion") ?? "unknown",
      minApiVersion: s("MinAPIVersion"),
      os: s("Os") ?? "unknown",
      arch: s("Arch") ?? "unknown",
      kernelVersion: s("KernelVersion"),
    };
  }
}
