import { adminEmail, adminPassword, expect, loginViaApi, test } from "./fixtures.ts";

test("a wrong password is refused inline; the right one opens the page that was asked for", async ({ page }) => {
  await page.goto("/settings/");
  await expect(page).toHaveURL(/\/login\/\?next=%2Fsettings%2F$/);
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();

  await page.getByLabel("Email").fill(adminEmail);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  // the form's own alert: Next.js's route announcer is an alert too, and speaks after navigations
  const alert = page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"));
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await expect(page).toHaveURL(/\/login\//);

  await page.getByLabel("Password").fill(adminPassword);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/settings\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
});

test("an email that is not an email is caught before it is sent", async ({ page }) => {
  await page.goto("/login/");
  await page.getByLabel("Email").fill("admin");
  await page.getByLabel("Password").fill("whatever");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText(/must be an email address/)).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("the user menu shows who is logged in and logs out", async ({ page }) => {
  await loginViaApi(page);
  await page.goto("/");
  await page.getByRole("button", { name: `Account: ${adminEmail}` }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByTestId("user-email")).toHaveText(adminEmail);
  await expect(menu.getByTestId("user-role")).toHaveText("admin");
  await menu.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login\//);
  await expect(page.getByText("You are logged out.")).toBeVisible();

  // The session is gone: console pages send people back to the login page.
  await page.goto("/settings/jobs/");
  await expect(page).toHaveURL(/\/login\/\?next=%2Fsettings%2Fjobs%2F$/);
});
