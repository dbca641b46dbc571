import { expect, loginViaApi, test } from "./fixtures.ts";

test("create an API token, see the secret once, then revoke it", async ({ page, playwright, baseURL }) => {
  await loginViaApi(page);
  await page.goto("/settings/");
  const tokens = page.locator("#api-tokens");
  await tokens.getByRole("button", { name: "Generate token" }).first().click();

  const dialog = page.getByRole("dialog", { name: "Generate API token" });
  await dialog.getByRole("button", { name: "Generate token" }).click();
  await expect(dialog.getByText("Give the token a name")).toBeVisible();
  await dialog.getByLabel("Name").fill("e2e-ci");
  await dialog.getByLabel("Expires after (days)").fill("30");
  await dialog.getByRole("button", { name: "Generate token" }).click();

  const created = page.getByRole("dialog", { name: "Token created" });
  await expect(created).toBeVisible();
  await expect(created.getByText("It is shown only this once")).toBeVisible();
  const secret = await created.getByTestId("new-token-value").inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await expect(page.getByText("Token “e2e-ci” created")).toBeVisible();

  // The secret works against the API.
  const api = await playwright.request.newContext({ baseURL });
  const meWithToken = await api.get("/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(meWithToken.status()).toBe(200);

  await created.getByRole("button", { name: "I have copied it" }).click();
  await expect(created).toBeHidden();
  const row = page.getByTestId("token-row").filter({ hasText: "e2e-ci" });
  await expect(row).toBeVisible();
  await expect(row.getByText("active")).toBeVisible();
  // Shown once: the secret is nowhere on the page any more.
  expect(await page.content()).not.toContain(secret);

  const revoke = row.getByRole("button", { name: "Revoke token e2e-ci" });
  await revoke.click();
  const confirm = page.getByRole("alertdialog", { name: "Revoke token “e2e-ci”?" });
  await expect(confirm).toBeVisible();
  // Escape changes nothing and gives focus back to the button that asked
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(revoke).toBeFocused();
  await revoke.press("Enter");
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText("Token “e2e-ci” revoked")).toBeVisible();
  await expect(row).toBeHidden();

  const afterRevoke = await api.get("/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(afterRevoke.status()).toBe(401);
  await api.dispose();
});

test("the command palette's Create API token action opens the generate dialog", async ({ page }) => {
  await loginViaApi(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.keyboard.press("Control+K");
  await page.keyboard.type("create api token");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings\/$/);
  await expect(page.getByRole("dialog", { name: "Generate API token" })).toBeVisible();
});
