import { execFileSync } from "node:child_process";
import { createPrivateKey, randomUUID, sign, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";

export interface TokenService {
  realm: string;
  service: string;
  issuer: string;
  /** PEM certificate the registry trusts (`auth.token.rootcertbundle`). */
  rootCertBundle: string;
  /** Token requests received, with the scope asked for and whether basic credentials came along. */
  requests: { scope: string | null; user: string | undefined }[];
  /** Signs a token directly (for pushing test content). */
  issue(scope: string): string;
  close(): Promise<void>;
}

/**
 * A token service for distribution's `auth.token` mode, per the Docker token spec: GET
 * `/token?service=…&scope=repository:<name>:<actions>` answers `{token, access_token, expires_in, issued_at}`
 * with an ES256 JWT whose `x5c` header carries a self-signed certificate the registry trusts. When
 * `users` is given, requests must bring one of them as basic credentials; otherwise access is anonymous.
 * Needs `openssl` for the certificate.
 */
export async function startTokenService(options: {
  dir: string;
  expiresIn?: number;
  users?: Record<string, string>;
  actions?: string[];
}): Promise<TokenService> {
  const keyPath = join(options.dir, "token.key");
  const certPath = join(options.dir, "token.crt");
  execFileSync("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", keyPath], { stdio: "ignore" });
  execFileSync(
    "openssl",
    ["req", "-new", "-x509", "-key", keyPath, "-out", certPath, "-days", "2", "-subj", "/CN=shipyard-test-token-issuer"],
    { stdio: "ignore" },
  );
  const key = createPrivateKey(readFileSync(keyPath));
  const certDer = new X509Certificate(readFileSync(certPath)).raw.toString("base64");
  const service = "shipyard-test-registry";
  const issuer = "shipyard-test-issuer";
  const expiresIn = options.expiresIn ?? 300;
  const requests: TokenService["requests"] = [];
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

  const issue = (scope: string): string => {
    const now = Math.floor(Date.now() / 1000);
    const access = scope
      .split(" ")
      .filter(Boolean)
      .map((s) => {
        const [type, ...rest] = s.split(":");
        const actions = (rest.pop() ?? "").split(",");
        return {
          type,
          name: rest.join(":"),
          actions: options.actions ? actions.filter((a) => options.actions?.includes(a)) : actions,
        };
      });
    const header = b64({ typ: "JWT", alg: "ES256", x5c: [certDer] });
    const claims = b64({
      iss: issuer,
      sub: "shipyard",
      aud: service,
      exp: now + expiresIn,
      nbf: now - 5,
      iat: now,
      jti: randomUUID(),
      access,
    });
    const signature = sign("sha256", Buffer.from(`${header}.${claims}`), { key, dsaEncoding: "ieee-p1363" }).toString(
      "base64url",
    );
    return `${header}.${claims}.${signature}`;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname !== "/token") {
      res.writeHead(404).end();
      return;
    }
    const auth = req.headers.authorization;
    const user = auth?.startsWith("Basic ") ? Buffer.from(auth.slice(6), "base64").toString("utf8").split(":")[0] : undefined;
    requests.push({ scope: url.searchParams.get("scope"), user });
    if (options.users) {
      const [u, ...p] = auth?.startsWith("Basic ") ? Buffer.from(auth.slice(6), "base64").toString("utf8").split(":") : [];
      if (!u || options.users[u] !== p.join(":")) {
        res.writeHead(401, { "content-type": "application/json", "www-authenticate": 'Basic realm="token"' });
        res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "bad credentials" }] }));
        return;
      }
    }
    const token = issue(url.searchParams.getAll("scope").join(" "));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    rootCertBundle: certPath,
    requests,
    issue,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
