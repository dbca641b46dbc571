import { describe, expect, it } from "vitest";
import { ScryptSecretHasher } from "./security.ts";

describe("secrets", () => {
  const h = new ScryptSecretHasher();
  it("hashes passwords with a salted KDF and verifies them", async () => {
    const a = await h.hashPassword("correct horse battery");
    const b = await h.hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await h.verifyPassword("correct horse battery", a)).toBe(true);
    expect(await h.verifyPassword("correct horse batter", a)).toBe(false);
    expect(await h.verifyPassword("x", "md5$abc")).toBe(false);
  });
  it("makes unguessable prefixed secrets and stable digests", () => {
    const s = h.newSecret("shp_");
    expect(s).toMatch(/^shp_[A-Za-z0-9_-]{43}$/);
    expect(h.newSecret("shp_")).not.toBe(s);
    expect(h.digest(s)).toBe(h.digest(s));
    expect(h.digest(s)).not.toContain(s.slice(4));
  });
});

describe("secrets at rest", () => {
  it("seals with AES-GCM so the ciphertext differs each time, opens it, and detects tampering or a wrong key", async () => {
    const { AesGcmSecretBox } = await import("./security.ts");
    const { randomBytes } = await import("node:crypto");
    const box = new AesGcmSecretBox(randomBytes(32));
    const a = box.seal("s3cret-value");
    expect(a).not.toContain("s3cret");
    expect(box.seal("s3cret-value")).not.toBe(a);
    expect(box.open(a)).toBe("s3cret-value");
    const tampered = `${a.slice(0, -2)}${a.endsWith("A") ? "B" : "A"}A`;
    expect(() => box.open(tampered)).toThrow(/could not be decrypted|not in a known format/);
    expect(() => new AesGcmSecretBox(randomBytes(32)).open(a)).toThrow(/secret key changed/);
  });
});
