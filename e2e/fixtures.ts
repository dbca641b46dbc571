import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test";
import { adminEmail, adminPassword } from "./server-harness.ts";

export { adminEmail, adminPassword, expect };

const baseURL = process.env.SHIPYARD_E2E_BASE_URL;
if (!baseURL) throw new Error("SHIPYARD_E2E_BASE_URL is not set: run the suite with -c e2e/playwright.config.ts");

/** Tests run against the server global-setup started. */
export const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
  baseURL: async ({}, use) => {
    await use(baseURL);
  },
});

/** Logs in through the API; the session cookie lands in the page's browser context. */
export async function loginViaApi(page: Page, email = adminEmail, password = adminPassword) {
  const res = await page.request.post("/v1/auth/login", { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
}

/** An API client authenticated with a bearer token, independent of any browser session. */
export async function adminToken(request: APIRequestContext, name: string): Promise<string> {
  const login = await request.post("/v1/auth/login", { data: { email: adminEmail, password: adminPassword } });
  expect(login.status()).toBe(200);
  const created = await request.post("/v1/tokens", { data: { name } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { token: string }).token;
}
