import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What a stub answers. `body` objects are sent as JSON. */
export interface StubResponse {
  status: number;
  headers?: Record<string, string> | undefined;
  body?: unknown;
}

export interface StubRequest {
  method: string;
  /** Path segments, percent-decoded one by one (`/projects/a%2Fb` → `["projects", "a/b"]`). */
  segments: string[];
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  /** The raw body as text. */
  body: string;
}

/** A fault to answer instead of the normal handler, `times` times, for requests matching `path`. */
export interface StubFault extends StubResponse {
  times?: number | undefined;
  path?: RegExp | undefined;
  method?: string | undefined;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `handle` on 127.0.0.1 at a random port. */
export async function listen(handle: (req: StubRequest) => StubResponse | Promise<StubResponse>): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stub");
      const rawPath = url.pathname;
      const stubReq: StubRequest = {
        method: req.method ?? "GET",
        segments: rawPath
          .split("/")
          .filter((s) => s !== "")
          .map((s) => decodeURIComponent(s)),
        path: rawPath,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      Promise.resolve()
        .then(() => handle(stubReq))
        .then(
          (out) => write(out),
          (e: unknown) => write({ status: 500, body: { message: `stub error: ${e instanceof Error ? e.message : String(e)}` } }),
        );
    });
    const write = (out: StubResponse) => {
      const headers: Record<string, string> = { ...out.headers };
      let payload = "";
      if (typeof out.body === "string") {
        payload = out.body;
        headers["content-type"] ??= "text/plain; charset=utf-8";
      } else if (out.body !== undefined) {
        payload = JSON.stringify(out.body);
        headers["content-type"] ??= "application/json; charset=utf-8";
      }
      res.writeHead(out.status, headers);
      res.end(payload);
    };
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Takes the first matching fault (and counts it down), or `undefined`. */
export function takeFault(faults: StubFault[], req: StubRequest): StubResponse | undefined {
  const i = faults.findIndex((f) => (!f.path || f.path.test(req.path)) && (!f.method || f.method === req.method));
  if (i === -1) return undefined;
  const f = faults[i] as StubFault;
  const times = (f.times ?? 1) - 1;
  if (times <= 0) faults.splice(i, 1);
  else f.times = times;
  return { status: f.status, headers: f.headers, body: f.body };
}
