import { describe, expect, it } from "vitest";
import { redact } from "./audit-service.ts";

describe("audit redaction", () => {
  it("never writes secrets into the audit trail, at any depth", () => {
    expect(redact({ name: "ci", password: "hunter2", nested: { apiToken: "shp_x", ok: 1 }, list: [1] })).toEqual({
      name: "ci",
      password: "[redacted]",
      nested: { apiToken: "[redacted]", ok: 1 },
      list: [1],
    });
  });
});
