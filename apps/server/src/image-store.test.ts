import { describe, expect, it } from "vitest";
import { assertPublicUrl, isInternalAddress } from "./image-store.ts";

describe("outbound URL guard", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
  ])("treats %s as internal", (ip) => expect(isInternalAddress(ip)).toBe(true));
  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"])("treats %s as public", (ip) =>
    expect(isInternalAddress(ip)).toBe(false),
  );

  it("refuses internal hosts and non-http schemes, unless internal addresses are allowed", async () => {
    await expect(assertPublicUrl("http://127.0.0.1:8080/k", false)).rejects.toThrow(/internal address/);
    await expect(assertPublicUrl("http://[::1]/k", false)).rejects.toThrow(/internal address/);
    await expect(assertPublicUrl("http://169.254.169.254/latest/meta-data", false)).rejects.toThrow(/internal address/);
    await expect(assertPublicUrl("file:///etc/passwd", false)).rejects.toThrow(/Only http and https/);
    await expect(assertPublicUrl("http://localhost:1/k", false)).rejects.toThrow(/internal address/);
    expect((await assertPublicUrl("http://127.0.0.1:8080/k", true)).port).toBe("8080");
  });
});
