import { createReadStream } from "node:fs";
import { assertCan, type RegistryService } from "@shipyard/core";
import type { FastifyInstance } from "fastify";
import type { Authenticator } from "./authenticate.ts";

/** `GET /v1/images/:id/download`: the file itself, streamed (authenticated, `workloads:read`). */
export function registerImageDownload(app: FastifyInstance, deps: { auth: Authenticator; registry: RegistryService }) {
  app.get<{ Params: { id: string } }>("/v1/images/:id/download", async (req, reply) => {
    const principal = await deps.auth.require(req);
    assertCan(principal, "workloads:read");
    const file = await deps.registry.file(req.params.id);
    reply.header("content-type", "application/octet-stream");
    reply.header("content-length", String(file.sizeBytes));
    reply.header("content-disposition", `attachment; filename="${file.name}"`);
    return reply.send(createReadStream(file.path));
  });
}
