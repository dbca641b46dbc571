import type { z } from "zod";
import { usageError } from "./errors.ts";

const flag = (key: PropertyKey) => `--${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Validates a command's options with zod; failures are usage errors (exit 2) naming the flag. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues
    .map((i) => (i.path.length ? `${flag(i.path[0] as PropertyKey)} ${i.message}` : i.message))
    .join("; ");
  throw usageError(message, "Add --help to see the options and examples.");
}

/** Help text listing examples, for `addHelpText("after", …)`. */
export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
