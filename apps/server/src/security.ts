import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DomainError, type SecretBox, type SecretHasher } from "@shipyard/core";

// scrypt parameters: N=2^15, r=8, p=1 (about 32 MiB and ~50 ms per hash on this machine class)
const N = 32768;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEYLEN, { N: n, r, p, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Passwords with scrypt (a memory-hard KDF); tokens as random secrets looked up by SHA-256 digest. */
export class ScryptSecretHasher implements SecretHasher {
  async hashPassword(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scryptAsync(password, salt, N, R, P);
    return `scrypt$${N}$${R}$${P}$${salt.toString("base64url")}$${key.toString("base64url")}`;
  }

  async verifyPassword(password: string, stored: string): Promise<boolean> {
    const [kind, n, r, p, salt, key] = stored.split("$");
    if (kind !== "scrypt" || !n || !r || !p || !salt || !key) return false;
    const expected = Buffer.from(key, "base64url");
    const actual = await scryptAsync(password, Buffer.from(salt, "base64url"), Number(n), Number(r), Number(p));
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  newSecret(prefix: string): string {
    return `${prefix}${randomBytes(32).toString("base64url")}`;
  }

  digest(secret: string): string {
    return createHash("sha256").update(secret).digest("hex");
  }

  newPassword(): string {
    return randomBytes(18).toString("base64url");
  }
}

/**
 * AES-256-GCM for secrets at rest (function secret variables). The key comes from
 * SHIPYARD_SECRET_KEY (32 bytes, base64 or hex), or is generated once into `<data dir>/secret.key`
 * (mode 0600). Replicas sharing a PostgreSQL database must share the key.
 */
export class AesGcmSecretBox implements SecretBox {
  private readonly key: Buffer;
  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error("the secret key must be 32 bytes");
    this.key = key;
  }

  static fromConfig(configured: string | undefined, dataDir: string): AesGcmSecretBox {
    if (configured) {
      const raw = /^[0-9a-f]{64}$/i.test(configured) ? Buffer.from(configured, "hex") : Buffer.from(configured, "base64");
      if (raw.length !== 32) {
        throw new DomainError("invalid_input", "SHIPYARD_SECRET_KEY must be 32 bytes, as 64 hex characters or base64.", {
          suggestion: "Generate one with: openssl rand -base64 32",
        });
      }
      return new AesGcmSecretBox(raw);
    }
    const file = join(dataDir, "secret.key");
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      try {
        writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
    return new AesGcmSecretBox(Buffer.from(readFileSync(file, "utf8").trim(), "base64"));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return `v1.${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${body.toString("base64url")}`;
  }

  open(sealed: string): string {
    const [v, iv, tag, body] = sealed.split(".");
    if (v !== "v1" || !iv || !tag || body === undefined)
      throw new DomainError("internal", "A stored secret is not in a known format.");
    const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      throw new DomainError("internal", "A stored secret could not be decrypted: the secret key changed.", {
        suggestion: "Start the server with the SHIPYARD_SECRET_KEY (or secret.key) it used before.",
      });
    }
  }
}
