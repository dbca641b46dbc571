import { expect, loginViaApi, test } from "./fixtures.ts";

const areas = [
  { link: "Images", heading: "Images", path: "/images/", planned: true },
  { link: "Builds", heading: "Builds", path: "/builds/", planned: true },
  { link: "Virtual machines", heading: "Virtual machines", path: "/vms/", planned: true },
  { link: "Functions", heading: "Functions", path: "/functions/", planned: true },
  { link: "Containers", heading: "Containers", path: "/containers/", planned: true },
  { link: "Registry", heading: "Registry", path: "/registry/", planned: true },
  { link: "Templates", heading: "Templates", path: "/templates/", planned: true },
  { link: "Deployments", heading: "Deployments", path: "/deployments/", planned: true },
  { link: "Health", heading: "Health", path: "/health/", planned: true },
  { link: "AI Stacks", heading: "AI Stacks", path: "/ai-stacks/", planned: true },
  { link: "Settings", heading: "Settings", path: "/settings/", planned: false },
  { link: "Dashboard", heading: "Dashboard", path: "/", planned: false },
];

test.beforeEach(async ({ page }) => {
  await loginViaApi(page);
});

test("every area is reachable from the sidebar, which marks where you are", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const area of areas) {
    await nav.getByRole("link", { name: area.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${area.path.replaceAll("/", "\\/")}$`));
    await expect(page.getByRole("heading", { level: 1, name: area.heading, exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: area.link, exact: true })).toHaveAttribute("aria-current", "page");
    if (area.planned) await expect(page.getByText("Not built yet", { exact: true })).toBeVisible();
  }
});

test("the command palette opens with Ctrl+K and jumps to a page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.keyboard.press("Control+K");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette).toBeVisible();
  await page.keyboard.type("deploy");
  await page.keyboard.press("Enter");
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/\/deployments\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Deployments" })).toBeVisible();

  await page.keyboard.press("Control+K");
  await page.keyboard.type("audit log");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings\/audit\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
});

test("the skip link moves focus to the page content", async ({ page }) => {
  await page.goto("/settings/");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
});

test("an unknown address shows a page-not-found with a way back", async ({ page }) => {
  const res = await page.goto("/no-such-area/");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
