import { ensureConsoleBuilt, startServer } from "./server-harness.ts";

/** Builds the console if `out/` is missing, starts a server, and hands its address to the tests. */
export default async function globalSetup() {
  ensureConsoleBuilt();
  const state = await startServer();
  // Workers start after this and inherit the environment; teardown runs in this same process.
  process.env.SHIPYARD_E2E_BASE_URL = state.baseURL;
  process.env.SHIPYARD_E2E_STATE = JSON.stringify(state);
}
