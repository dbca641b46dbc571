import type { IdentityService, Principal } from "@shipyard/core";
import type { FastifyRequest } from "fastify";

export const SESSION_COOKIE = "shipyard_session";

export interface Authenticator {
  /** The caller, or an `unauthenticated` DomainError saying why not. */
  require(req: FastifyRequest): Promise<Principal>;
  /** The caller if credentials were sent, else undefined. */
  optional(req: FastifyRequest): Promise<Principal | undefined>;
}

export function clientIp(req: FastifyRequest): string | null {
  return req.ip ?? null;
}

function credentialsOf(req: FastifyRequest) {
  const header = req.headers.authorization;
  const bearer = header?.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : undefined;
  const session = req.cookies?.[SESSION_COOKIE];
  return { bearer, session };
}

export function createAuthenticator(identity: IdentityService): Authenticator {
  return {
    require: (req) => identity.authenticate(credentialsOf(req)),
    async optional(req) {
      const c = credentialsOf(req);
      if (c.bearer === undefined && c.session === undefined) return undefined;
      try {
        return await identity.authenticate(c);
      } catch {
        return undefined;
      }
    },
  };
}
