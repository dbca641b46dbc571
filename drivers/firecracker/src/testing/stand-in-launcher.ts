import { spawn } from "node:child_process";
import type { VmmLauncher, VmmProcess } from "../firecracker-vm-driver.ts";
import { FirecrackerStandIn, type StandInOptions } from "./stand-in.ts";

/**
 * A `VmmLauncher` that, instead of spawning `firecracker --api-sock <sock>`, starts the in-process
 * spec-following stand-in on that socket. A `sleep` child plays the process (a real PID for /proc
 * metrics and signals): the API goes away when it dies, and it dies when the "guest" shuts down.
 * Every stand-in started stays in `instances`, so tests can read what the driver sent.
 */
export function standInLauncher(options: Omit<StandInOptions, "socketPath"> = {}): {
  launcher: VmmLauncher;
  instances: FirecrackerStandIn[];
  commands: string[][];
} {
  const instances: FirecrackerStandIn[] = [];
  const commands: string[][] = [];
  const launcher: VmmLauncher = async (command): Promise<VmmProcess> => {
    commands.push([command.binary, ...command.args]);
    const at = command.args.indexOf("--api-sock");
    const socketPath = at >= 0 ? command.args[at + 1] : undefined;
    if (!socketPath) throw new Error("stand-in launcher: no --api-sock argument");
    const standIn = await FirecrackerStandIn.start({ ...options, socketPath });
    instances.push(standIn);
    const body = spawn("sleep", ["3600"], { stdio: "ignore" });
    body.once("exit", (_code, signal) => void standIn.kill(signal ?? "SIGTERM"));
    void standIn.exited.then(() => body.kill("SIGKILL"));
    return {
      pid: body.pid,
      stdout: standIn.stdout,
      stdin: standIn.stdin,
      exited: standIn.exited,
      kill: (signal) => {
        body.kill(signal);
      },
    };
  };
  return { launcher, instances, commands };
}
