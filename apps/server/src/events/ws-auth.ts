import type { Permission } from "@shipyard/contract";
import { assertCan, DomainError, type Principal } from "@shipyard/core";
import type { FastifyRequest } from "fastify";
import type { WebSocket } from "ws";
import type { Authenticator } from "../http/authenticate.ts";

/**
 * Authenticates a WebSocket and checks a permission. A browser on another site must not ride the
 * session cookie into a socket, so a cookie-authenticated socket must come from the same origin.
 * On failure the socket gets an error message and is closed (4401); the caller gets undefined.
 */
export async function authoriseSocket(
  socket: WebSocket,
  req: FastifyRequest,
  auth: Authenticator,
  permission: Permission,
): Promise<Principal | undefined> {
  try {
    const origin = req.headers.origin;
    if (origin && !req.headers.authorization && new URL(origin).host !== req.headers.host) {
      throw new DomainError("forbidden", `WebSocket connections from ${origin} are not allowed.`);
    }
    const principal = await auth.require(req);
    assertCan(principal, permission);
    return principal;
  } catch (e) {
    socket.send(JSON.stringify({ op: "error", message: (e as Error).message }));
    socket.close(4401, "unauthenticated");
    return undefined;
  }
}
