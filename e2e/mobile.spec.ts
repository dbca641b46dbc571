import { expect, loginViaApi, test } from "./fixtures.ts";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test("at phone width the sidebar becomes a drawer behind a menu button", async ({ page }) => {
  await loginViaApi(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Sidebar" })).toBeHidden();

  const menuButton = page.getByRole("button", { name: "Open menu" });
  await expect(menuButton).toBeVisible();
  await menuButton.click();
  const drawer = page.getByRole("dialog");
  await expect(drawer).toBeVisible();
  await drawer.getByRole("link", { name: "Deployments" }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Deployments" })).toBeVisible();

  // Nothing spills sideways at 375 px, on the pages with the widest content.
  for (const path of ["/", "/settings/", "/settings/audit/", "/settings/jobs/"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `page width of ${path}`).toBeLessThanOrEqual(375);
  }
});
