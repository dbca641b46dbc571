import type { APIRequestContext } from "@playwright/test";
import { adminEmail, adminPassword, expect, loginViaApi, test } from "./fixtures.ts";

/** Whether the API accepts this email and password, asked from a fresh context so no cookie gets in the way. */
async function canLogIn(request: APIRequestContext, email: string, password: string) {
  return (await request.post("/v1/auth/login", { data: { email, password } })).status();
}

test("a user changes their own password in Settings; their other sessions end, their tokens keep working", async ({
  page,
  playwright,
  baseURL,
}) => {
  // e2e servers may be reused between runs: the user is unique to this run.
  const suffix = Date.now().toString(36);
  const email = `pat-${suffix}@e2e.shipyard.test`;
  const oldPassword = "first-password-123";
  const newPassword = "second-password-456";

  const admin = await playwright.request.newContext({ baseURL });
  expect(await canLogIn(admin, adminEmail, adminPassword)).toBe(200);
  const created = await admin.post("/v1/users", {
    data: { email, name: "Pat Operator", role: "operator", password: oldPassword },
  });
  expect(created.status(), await created.text()).toBe(201);

  // Another console session of theirs, and an API token.
  const elsewhere = await playwright.request.newContext({ baseURL });
  expect(await canLogIn(elsewhere, email, oldPassword)).toBe(200);
  const tokenRes = await elsewhere.post("/v1/tokens", { data: { name: "laptop-cli" } });
  expect(tokenRes.status()).toBe(201);
  const { token } = (await tokenRes.json()) as { token: string };

  await loginViaApi(page, email, oldPassword);
  await page.goto("/settings/");
  const card = page.locator("#password");
  await expect(card).toContainText(email);
  await card.getByRole("button", { name: "Change password" }).click();

  const dialog = page.getByRole("dialog", { name: "Change password" });
  await expect(dialog.getByLabel("Current password", { exact: true })).toBeFocused();

  // Checked in the browser first: something typed, long enough, the same twice.
  await dialog.getByRole("button", { name: "Change password" }).click();
  await expect(dialog.getByText("Enter your current password")).toBeVisible();
  await expect(dialog.getByText("Use at least 12 characters")).toBeVisible();
  await expect(dialog.getByLabel("Current password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Current password", { exact: true }).fill("not-my-password");
  await dialog.getByLabel("New password", { exact: true }).fill(newPassword);
  await dialog.getByLabel("Repeat new password", { exact: true }).fill(`${newPassword}-typo`);
  await dialog.getByRole("button", { name: "Change password" }).click();
  await expect(dialog.getByText("The two new passwords differ")).toBeVisible();
  await expect(dialog.getByText("Use at least 12 characters")).toBeHidden();

  // Hidden until asked.
  const newInput = dialog.getByLabel("New password", { exact: true });
  await expect(newInput).toHaveAttribute("type", "password");
  await dialog.getByRole("button", { name: "Show new password" }).click();
  await expect(newInput).toHaveAttribute("type", "text");
  await dialog.getByRole("button", { name: "Hide new password" }).click();
  await expect(newInput).toHaveAttribute("type", "password");

  // The server's answer to a wrong current password shows in the form.
  await dialog.getByLabel("Repeat new password", { exact: true }).fill(newPassword);
  await dialog.getByLabel("Repeat new password", { exact: true }).press("Enter");
  const problem = dialog.getByRole("alert");
  await expect(problem).toContainText("The current password is wrong.");
  await expect(problem).toContainText("an administrator can reset it");
  await expect(dialog).toBeVisible();

  await dialog.getByLabel("Current password", { exact: true }).fill(oldPassword);
  await dialog.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed; your other sessions were signed out.")).toBeVisible();
  await expect(dialog).toBeHidden();

  // The new password logs in, the old one no longer does.
  const fresh = await playwright.request.newContext({ baseURL });
  expect(await canLogIn(fresh, email, newPassword)).toBe(200);
  expect(await canLogIn(fresh, email, oldPassword)).toBe(401);
  // Their other session ended; this one and their API token did not.
  expect((await elsewhere.get("/v1/me")).status()).toBe(401);
  expect((await fresh.get("/v1/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page).toHaveURL(/\/settings\/$/);

  await Promise.all([admin.dispose(), elsewhere.dispose(), fresh.dispose()]);
});

test("an admin resets another user's password from the People page; that password logs in", async ({
  page,
  playwright,
  baseURL,
}) => {
  const suffix = Date.now().toString(36);
  const email = `remy-${suffix}@e2e.shipyard.test`;
  const oldPassword = "forgotten-password-123";

  const admin = await playwright.request.newContext({ baseURL });
  expect(await canLogIn(admin, adminEmail, adminPassword)).toBe(200);
  const created = await admin.post("/v1/users", {
    data: { email, name: "Remy Operator", role: "operator", password: oldPassword },
  });
  expect(created.status(), await created.text()).toBe(201);
  const theirs = await playwright.request.newContext({ baseURL });
  expect(await canLogIn(theirs, email, oldPassword)).toBe(200);

  await loginViaApi(page);
  await page.goto("/settings/people/");
  await page.getByRole("searchbox", { name: "Search" }).fill(email);
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  const row = page.getByTestId("user-row").filter({ hasText: email });
  await row.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: "Reset password…" }).click();

  const dialog = page.getByRole("dialog", { name: "Reset password" });
  await expect(dialog).toContainText(email);
  await expect(dialog).toContainText("API tokens keep working");
  const input = dialog.getByLabel("New password", { exact: true });
  await expect(input).toBeFocused();
  await input.fill("too-short");
  await dialog.getByRole("button", { name: "Reset password" }).click();
  await expect(dialog.getByText("Use at least 12 characters, or generate a password")).toBeVisible();
  await expect(input).toHaveAttribute("aria-invalid", "true");

  await dialog.getByRole("button", { name: "Generate" }).click();
  await expect(dialog.getByText("Use at least 12 characters, or generate a password")).toBeHidden();
  await expect(input).toHaveAttribute("type", "text");
  const password = await input.inputValue();
  expect(password).toHaveLength(20);
  await expect(dialog.getByRole("button", { name: "Copy new password" })).toBeVisible();
  await dialog.getByRole("button", { name: "Hide new password" }).click();
  await expect(input).toHaveAttribute("type", "password");

  await dialog.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText(`Password of ${email} reset`)).toBeVisible();
  await expect(dialog).toBeHidden();
  // Opened from the row's menu, the dialog hands focus back to the row's menu button.
  await expect(row.getByRole("button", { name: `Actions for ${email}` })).toBeFocused();

  const fresh = await playwright.request.newContext({ baseURL });
  expect(await canLogIn(fresh, email, password)).toBe(200);
  expect(await canLogIn(fresh, email, oldPassword)).toBe(401);
  expect((await theirs.get("/v1/me")).status()).toBe(401);

  // Admins change their own password in Settings, not here.
  await page.getByRole("searchbox", { name: "Search" }).fill(adminEmail);
  const own = page.getByTestId("user-row").filter({ hasText: adminEmail });
  await own.getByRole("button", { name: `Actions for ${adminEmail}` }).click();
  await expect(page.getByRole("menuitem", { name: "Change role…" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Reset password…" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await Promise.all([admin.dispose(), theirs.dispose(), fresh.dispose()]);
});
