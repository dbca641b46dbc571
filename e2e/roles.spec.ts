import { adminEmail, adminPassword, expect, loginViaApi, test } from "./fixtures.ts";

test("a client user sees neither the audit feed nor the audit log", async ({ page, playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  expect((await admin.post("/v1/auth/login", { data: { email: adminEmail, password: adminPassword } })).status()).toBe(200);
  const suffix = Date.now().toString(36);
  const org = await admin.post("/v1/organizations", { data: { slug: `acme-${suffix}`, name: "Acme" } });
  expect(org.status(), await org.text()).toBe(201);
  const email = `client-${suffix}@e2e.shipyard.test`;
  const password = "client-password-123";
  const user = await admin.post("/v1/users", {
    data: { email, name: "Cleo Client", role: "client", organizationId: (await org.json()).id, password },
  });
  expect(user.status(), await user.text()).toBe(201);
  await admin.dispose();

  await loginViaApi(page, email, password);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("kpi-version")).toBeVisible();
  await expect(page.getByText("Recent activity")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "View jobs" })).toHaveCount(0);

  await page.goto("/settings/");
  const settingsNav = page.getByRole("navigation", { name: "Settings" });
  await expect(settingsNav.getByRole("link", { name: "General" })).toBeVisible();
  await expect(settingsNav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await expect(settingsNav.getByRole("link", { name: "Jobs" })).toHaveCount(0);

  await page.goto("/settings/audit/");
  await expect(page.getByText("Your role cannot see the audit log")).toBeVisible();
});
