import { adminEmail, adminPassword, expect, loginViaApi, test } from "./fixtures.ts";

test("the dashboard's activity feed shows a change made elsewhere without a reload", async ({ page, playwright, baseURL }) => {
  await loginViaApi(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recent activity" })).toBeVisible();
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-status", "open");
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  const auditFetches: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/v1/audit") auditFetches.push(r.url());
  });

  // Someone else (another client, same admin account) creates a token through the API.
  const name = `live-${Date.now()}`;
  const other = await playwright.request.newContext({ baseURL });
  expect((await other.post("/v1/auth/login", { data: { email: adminEmail, password: adminPassword } })).status()).toBe(200);
  expect((await other.post("/v1/tokens", { data: { name } })).status()).toBe(201);
  await other.dispose();

  const row = page.getByTestId("activity-row").filter({ hasText: name });
  await expect(row).toBeVisible({ timeout: 10_000 });
  await expect(row).toContainText("created API token");
  await expect(page.getByTestId("activity-row").first()).toContainText(name);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  // It came over the event stream, not from reloading or polling the audit list.
  expect(auditFetches).toEqual([]);
});

test("the dashboard shows the server's real system summary", async ({ page }) => {
  await loginViaApi(page);
  const system = await (await page.request.get("/v1/system")).json();
  await page.goto("/");
  await expect(page.getByTestId("system-version")).toHaveText(system.version);
  await expect(page.getByTestId("kpi-database")).toContainText("PGlite");
  await expect(page.getByTestId("kpi-database")).toContainText("connected");
  await expect(page.getByTestId("memory-chart")).toBeVisible();
});

test("the dashboard lists the hosts that run workloads, with their status and what they can run", async ({ page }) => {
  await loginViaApi(page);
  const hosts = (await (await page.request.get("/v1/hosts")).json()) as { items: { name: string; local: boolean }[] };
  const local = hosts.items.find((h) => h.local);
  expect(local, "the embedded local agent registers the server's own machine").toBeTruthy();
  await page.goto("/");
  const row = page.getByTestId(`host-${local?.name}`);
  await expect(row).toContainText("online");
  await expect(row).toContainText("this server");
  await expect(row).toContainText("node");
});
