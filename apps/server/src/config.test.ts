import { DomainError } from "@shipyard/core";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("config", () => {
  it("uses embedded defaults: port 7300, PGlite in ./.shipyard", () => {
    const c = loadConfig({});
    expect(c.port).toBe(7300);
    expect(c.database.kind).toBe("pglite");
    expect(c.dataDir).toMatch(/\.shipyard$/);
  });
  it("selects PostgreSQL with DATABASE_URL and lets flags override env", () => {
    const c = loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/app", SHIPYARD_PORT: "8000" }, { port: 9000 });
    expect(c.database).toMatchObject({ kind: "postgresql", url: "postgres://u:p@db:5432/app" });
    expect(c.port).toBe(9000);
  });
  it("rejects bad values naming the variable", () => {
    expect(() => loadConfig({ SHIPYARD_PORT: "seventy" })).toThrow(DomainError);
    expect(() => loadConfig({ SHIPYARD_PORT: "70000" })).toThrow(/SHIPYARD_PORT/);
    expect(() => loadConfig({ SHIPYARD_ADMIN_EMAIL: "root" })).toThrow(/SHIPYARD_ADMIN_EMAIL/);
  });
});
