import type { Locator, Page } from "@playwright/test";
import { adminEmail, adminPassword, expect, loginViaApi, test } from "./fixtures.ts";

/** A managed image the catalog accepts without touching any registry or pipeline (rebuilds wait an hour). */
const managedImage = (name: string) => ({
  name,
  kind: "managed",
  image: `ghcr.io/acme/${name}`,
  tags: ["latest"],
  source: { provider: "local", repo: `/src/${name}`, branch: "main", dockerfile: "Dockerfile", context: "." },
  build: { provider: "local", buildArgs: {} },
  rebuild: { auto: true, delay: "1h", window: "30m", priority: 50 },
});

/** Opens a Radix select by its label and picks the option whose name matches. */
async function pick(page: Page, scope: Locator, label: string, option: RegExp) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

test("an admin shares an image with a client's team in the console; the client sees it, and sees it go, live", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // e2e servers may be reused between runs: everything this test creates is unique to it.
  const suffix = Date.now().toString(36);
  const orgName = `Acme ${suffix}`;
  const orgSlug = `acme-${suffix}`;
  const teamName = "Builders";
  const clientEmail = `cleo-${suffix}@e2e.shipyard.test`;
  const clientPassword = "client-password-123";
  const imageName = `web-${suffix}`;
  const orgOption = new RegExp(`\\(${orgSlug}\\)`);

  await loginViaApi(page);

  // An organisation, in the console.
  await page.goto("/settings/organizations/");
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await page.getByRole("button", { name: "New organisation" }).first().click();
  const orgDialog = page.getByRole("dialog", { name: "New organisation" });
  await orgDialog.getByLabel("Name").fill(orgName);
  await expect(orgDialog.getByLabel("Slug")).toHaveValue(orgSlug);
  await orgDialog.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText(`Organisation “${orgName}” created`)).toBeVisible();
  await expect(orgDialog).toBeHidden();
  await expect(page.locator(`[data-org-slug="${orgSlug}"]`)).toHaveAttribute("aria-current", "true");

  // A team inside it.
  await page.getByRole("button", { name: "New team" }).first().click();
  const teamDialog = page.getByRole("dialog", { name: "New team" });
  await teamDialog.getByLabel("Name").fill(teamName);
  await teamDialog.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText(`Team “${teamName}” created in ${orgName}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: `Members of ${teamName}` })).toBeVisible();
  await expect(page).toHaveURL(/[?&]team=/);
  const teamUrl = page.url();

  // A client user of the organisation.
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await page.getByRole("button", { name: "Add user" }).first().click();
  const userDialog = page.getByRole("dialog", { name: "Add user" });
  await userDialog.getByLabel("Email").fill(clientEmail);
  await userDialog.getByLabel("Name").fill("Cleo Client");
  await userDialog.getByRole("button", { name: "Generate" }).click();
  expect(await userDialog.getByLabel("Password", { exact: true }).inputValue()).toHaveLength(20);
  await userDialog.getByRole("button", { name: "Add user" }).click();
  // The role is "client" by default, and a client needs an organisation.
  await expect(userDialog.getByText("A client must belong to an organisation")).toBeVisible();
  await pick(page, userDialog, "Organisation", orgOption);
  await userDialog.getByLabel("Password", { exact: true }).fill(clientPassword);
  await userDialog.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`User ${clientEmail} created`)).toBeVisible();
  const userRow = page.getByTestId("user-row").filter({ hasText: clientEmail });
  await expect(userRow).toContainText(orgName);
  await expect(userRow).toContainText("Client");
  await expect(userRow).toContainText("active");

  // Into the team.
  await page.goto(teamUrl);
  await page.getByRole("button", { name: "Add member" }).first().click();
  const memberDialog = page.getByRole("dialog", { name: `Add member to ${teamName}` });
  await pick(page, memberDialog, "Person", /Cleo Client/);
  await memberDialog.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText(`${clientEmail} added to team “${teamName}”`)).toBeVisible();
  await expect(page.getByTestId("member-row").filter({ hasText: clientEmail })).toBeVisible();
  await expect(page.locator('[data-testid="team-row"][data-team-slug="builders"]')).toContainText("1");

  // Something to share, enrolled through the API.
  const api = await playwright.request.newContext({ baseURL });
  expect((await api.post("/v1/auth/login", { data: { email: adminEmail, password: adminPassword } })).status()).toBe(200);
  const enrolled = await api.post("/v1/catalog/images", { data: managedImage(imageName) });
  expect(enrolled.status(), await enrolled.text()).toBe(200);

  // Shared with the team through the Share dialog.
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Sharing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sharing" })).toBeVisible();
  await page.getByRole("button", { name: "Share", exact: true }).first().click();
  const shareDialog = page.getByRole("dialog", { name: "Share" });
  await shareDialog.getByLabel("Image name or id").fill(`${imageName}-typo`);
  await pick(page, shareDialog, "Organisation", orgOption);
  await pick(page, shareDialog, "Team", new RegExp(teamName));
  await shareDialog.getByRole("button", { name: "Share", exact: true }).click();
  // The server's problem (not found, and what to check) shows in the form.
  await expect(shareDialog.getByRole("alert")).toContainText(`${imageName}-typo`);
  await shareDialog.getByLabel("Image name or id").fill(imageName);
  await shareDialog.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(`Shared image “${imageName}” with ${orgName} · team ${teamName}`)).toBeVisible();
  await expect(shareDialog).toBeHidden();
  const adminRow = page.getByTestId("share-row").filter({ hasText: imageName });
  await expect(adminRow).toContainText(orgName);
  await expect(adminRow).toContainText(`team ${teamName}`);
  await expect(adminRow).toContainText(adminEmail);

  // The client logs in and finds it on the dashboard and under "Shared with you".
  const clientContext = await browser.newContext({ baseURL, colorScheme: "dark", viewport: { width: 1366, height: 860 } });
  const client = await clientContext.newPage();
  await loginViaApi(client, clientEmail, clientPassword);
  await client.goto("/");
  await expect(client.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(client.getByRole("heading", { name: "Shared with you" })).toBeVisible();
  await expect(client.getByTestId("shared-item").filter({ hasText: imageName })).toContainText(`team ${teamName}`);

  await client.getByRole("link", { name: "Open Shared with you" }).click();
  await expect(client.getByRole("heading", { level: 1, name: "Shared with you" })).toBeVisible();
  await expect(
    client.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Shared with you" }),
  ).toHaveAttribute("aria-current", "page");
  const clientRow = client.getByTestId("share-row").filter({ hasText: imageName });
  await expect(clientRow).toContainText(`team ${teamName}`);
  await expect(clientRow.getByRole("button", { name: /Stop sharing/ })).toHaveCount(0);
  await expect(client.getByTestId("live-indicator")).toHaveAttribute("data-status", "open");
  await client.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  // The admin stops sharing; the client's page follows without a reload.
  await adminRow.getByRole("button", { name: /^Stop sharing/ }).click();
  const confirm = page.getByRole("alertdialog", { name: `Stop sharing image “${imageName}”?` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Stop sharing" }).click();
  await expect(page.getByText(`Stopped sharing image “${imageName}” with ${orgName} · team ${teamName}`)).toBeVisible();
  await expect(adminRow).toBeHidden();

  await expect(clientRow).toBeHidden({ timeout: 10_000 });
  await expect(client.getByText("Nothing has been shared with you yet")).toBeVisible();
  expect(await client.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // A client sees their own organisation, read-only.
  await client.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Organisation", exact: true }).click();
  await expect(client.getByRole("heading", { level: 1, name: "Organisation" })).toBeVisible();
  await expect(client.getByTestId("org-item")).toHaveCount(1);
  await expect(client.getByTestId("org-item")).toContainText(orgName);
  await expect(client.getByTestId("member-row").filter({ hasText: clientEmail })).toBeVisible();
  await expect(client.getByRole("button", { name: "New team" })).toHaveCount(0);
  await expect(client.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(client.getByRole("button", { name: /^Delete team/ })).toHaveCount(0);

  await clientContext.close();
  await api.dispose();
});

test("an admin finds a user, moves them to another organisation, changes their role, and disables and enables them", async ({
  page,
  playwright,
  baseURL,
}) => {
  const suffix = Date.now().toString(36);
  const api = await playwright.request.newContext({ baseURL });
  expect((await api.post("/v1/auth/login", { data: { email: adminEmail, password: adminPassword } })).status()).toBe(200);
  const orgs: { id: string; name: string; slug: string }[] = [];
  for (const slug of [`north-${suffix}`, `south-${suffix}`]) {
    const res = await api.post("/v1/organizations", { data: { slug, name: `Org ${slug}` } });
    expect(res.status(), await res.text()).toBe(201);
    orgs.push(await res.json());
  }
  const [north, south] = orgs as [(typeof orgs)[number], (typeof orgs)[number]];
  const email = `dora-${suffix}@e2e.shipyard.test`;
  const password = "client-password-123";
  const created = await api.post("/v1/users", {
    data: { email, name: "Dora Client", role: "client", organizationId: north.id, password },
  });
  expect(created.status(), await created.text()).toBe(201);

  await loginViaApi(page);
  await page.goto("/settings/people/");
  await page.getByRole("searchbox", { name: "Search" }).fill(email);
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  const row = page.getByTestId("user-row").filter({ hasText: email });
  await expect(row).toContainText(north.name);
  await pick(page, page.getByRole("form", { name: "Filter people" }), "Role", /^Operator$/);
  await expect(page.getByText("No one matches these filters")).toBeVisible();
  await pick(page, page.getByRole("form", { name: "Filter people" }), "Role", /^Client$/);
  await expect(row).toBeVisible();

  // The dialogs open from the row's menu, which is gone by the time they close: focus goes back to the row's menu button.
  const actions = row.getByRole("button", { name: `Actions for ${email}` });
  await actions.click();
  await page.getByRole("menuitem", { name: "Change role…" }).click();
  await expect(page.getByRole("dialog", { name: "Change role" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Change role" })).toBeHidden();
  await expect(actions).toBeFocused();

  await row.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: "Move to another organisation…" }).click();
  const move = page.getByRole("dialog", { name: "Move to another organisation" });
  await pick(page, move, "Organisation", new RegExp(`\\(${south.slug}\\)`));
  await move.getByRole("button", { name: "Move" }).click();
  await expect(page.getByText(`${email} moved to ${south.name}`)).toBeVisible();
  await expect(row).toContainText(south.name);

  await row.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: "Change role…" }).click();
  const changeRole = page.getByRole("dialog", { name: "Change role" });
  await pick(page, changeRole, "Role", /^Operator$/);
  await changeRole.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText(`${email} is now an operator`)).toBeVisible();
  // The list is filtered to clients, and they no longer are one.
  await expect(row).toBeHidden();
  await page.getByRole("button", { name: "Clear", exact: true }).click();
  await page.getByRole("searchbox", { name: "Search" }).fill(email);
  await expect(row).toContainText("Operator");

  await row.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: "Disable…" }).click();
  const disable = page.getByRole("alertdialog", { name: `Disable ${email}?` });
  await disable.getByRole("button", { name: "Disable user" }).click();
  await expect(page.getByText(`${email} disabled`)).toBeVisible();
  await expect(row).toContainText("disabled");
  await expect(actions).toBeFocused();
  const refused = await playwright.request.newContext({ baseURL });
  expect((await refused.post("/v1/auth/login", { data: { email, password } })).status()).not.toBe(200);
  await refused.dispose();

  await row.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: "Enable…" }).click();
  await page
    .getByRole("alertdialog", { name: `Enable ${email}?` })
    .getByRole("button", { name: "Enable user" })
    .click();
  await expect(page.getByText(`${email} enabled`)).toBeVisible();
  await expect(row).toContainText("active");
  const allowed = await playwright.request.newContext({ baseURL });
  expect((await allowed.post("/v1/auth/login", { data: { email, password } })).status()).toBe(200);
  await allowed.dispose();
  await api.dispose();
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("the people, organisations and sharing pages do not spill sideways", async ({ page }) => {
    await loginViaApi(page);
    for (const [path, heading] of [
      ["/settings/people/", "People"],
      ["/settings/organizations/", "Organisations"],
      ["/settings/sharing/", "Sharing"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page width of ${path}`).toBeLessThanOrEqual(375);
    }
  });
});
