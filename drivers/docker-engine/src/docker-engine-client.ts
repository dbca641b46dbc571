import { BuildApi } from "./build-api.ts";
import { ContainersApi } from "./containers-api.ts";
import { DockerEngineError } from "./engine-error.ts";
import { DEFAULT_DOCKER_SOCKET, DockerEngineHttp, type DockerEngineHttpOptions } from "./engine-http.ts";
import { ExecApi } from "./exec-api.ts";
import { ImagesApi } from "./images-api.ts";
import { SystemApi } from "./system-api.ts";

/**
 * A typed Docker Engine API client over the engine's unix socket, one part per area (as
 * testcontainers splits its runtime clients): `system`, `images`, `builds`, `containers`, `exec`. Nothing it returns
 * is a vendor type; failures are `DockerEngineError`s.
 */
export class DockerEngineClient {
  readonly http: DockerEngineHttp;
  readonly system: SystemApi;
  readonly images: ImagesApi;
  readonly builds: BuildApi;
  readonly containers: ContainersApi;
  readonly exec: ExecApi;

  constructor(options: DockerEngineHttpOptions = {}) {
    this.http = new DockerEngineHttp(options);
    this.system = new SystemApi(this.http);
    this.images = new ImagesApi(this.http);
    this.builds = new BuildApi(this.http);
    this.containers = new ContainersApi(this.http);
    this.exec = new ExecApi(this.http);
  }

  get socketPath(): string {
    return this.http.socketPath;
  }
}

/**
 * The socket path in a `DOCKER_HOST` value (`unix:///run/docker.sock`); the default socket when
 * unset. Other transports (tcp, ssh) are not supported by this client.
 */
export function socketPathFromDockerHost(dockerHost: string | undefined): string {
  if (!dockerHost) return DEFAULT_DOCKER_SOCKET;
  if (dockerHost.startsWith("unix://")) {
    const path = dockerHost.slice("unix://".length);
    if (path.startsWith("/")) return path;
  }
  throw new DockerEngineError("unsupported", `Docker host ${dockerHost} is not a unix socket.`, {
    suggestion: "Use unix:///path/to/docker.sock: the engine client speaks to a local socket only.",
  });
}
