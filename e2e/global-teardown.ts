import { type HarnessState, stopServer } from "./server-harness.ts";

export default async function globalTeardown() {
  const raw = process.env.SHIPYARD_E2E_STATE;
  if (!raw) return;
  await stopServer(JSON.parse(raw) as HarnessState);
}
