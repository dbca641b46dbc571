import { expect, loginViaApi, test } from "./fixtures.ts";

test.afterEach(async ({ page }) => {
  // The theme is saved to the account; put the admin back on the default for the other tests.
  await page.request.patch("/v1/me/preferences", { data: { theme: "dark" } });
});

test("dark by default; switching to light applies at once and survives a reload", async ({ page }) => {
  await loginViaApi(page);
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveClass(/\bdark\b/);

  await page.getByTestId("theme-toggle").click();
  await page.getByRole("menuitemradio", { name: "Light" }).click();
  await expect(html).toHaveClass(/\blight\b/);
  await expect(html).not.toHaveClass(/\bdark\b/);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(html).toHaveClass(/\blight\b/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);

  // Saved to the account, not just this browser.
  const me = await (await page.request.get("/v1/me")).json();
  expect(me.preferences.theme).toBe("light");
});

test("the date format preference changes how times are shown across the console", async ({ page }) => {
  await loginViaApi(page);
  try {
    await page.goto("/settings/");
    await page.getByLabel("Date format").click();
    await page.getByRole("option", { name: /ISO 8601/ }).click();
    await expect(page.getByText("Preferences saved")).toBeVisible();
    await page.getByRole("link", { name: "Audit log" }).click();
    const firstTime = page.getByTestId("audit-row").first().locator("time");
    await expect(firstTime).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  } finally {
    await page.request.patch("/v1/me/preferences", { data: { dateFormat: "relative" } });
  }
});
