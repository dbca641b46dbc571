import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { CliError, ExitCode } from "./errors.ts";

/**
 * Reads one line from a terminal. With `hidden`, typed characters are not echoed (passwords).
 * The question goes to `output` (stderr) so stdout stays clean for --json.
 */
export function promptLine(
  question: string,
  options: { hidden: boolean; input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): Promise<string> {
  const { input, output, hidden } = options;
  let muted = false;
  const echo = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) output.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input, output: echo, terminal: true });
  return new Promise((resolve, reject) => {
    rl.on("SIGINT", () => {
      rl.close();
      output.write("\n");
      reject(new CliError("cancelled", ExitCode.failure, "Cancelled."));
    });
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) output.write("\n");
      resolve(answer);
    });
    muted = hidden;
  });
}
