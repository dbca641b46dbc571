import { describeFunctionRuntime } from "./function-runtime.case.ts";
import { ProcessFunctionRuntime } from "./process-runtime.ts";

const secret = "SHIPYARD_SERVER_SECRET_FOR_TEST";

describeFunctionRuntime("ProcessFunctionRuntime", {
  serverSecretName: secret,
  create: ({ idleTimeoutMs, maxQueue }) =>
    new ProcessFunctionRuntime({ idleTimeoutMs, maxQueue, baseEnv: { ...process.env, [secret]: "do-not-leak" } }),
});
