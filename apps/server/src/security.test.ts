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
