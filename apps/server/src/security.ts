import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import type { SecretHasher } from "@shipyard/core";

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
