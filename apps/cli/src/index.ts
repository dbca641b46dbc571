export { ExitCode } from "./errors.ts";
export type { Io, OutputStream, Signal } from "./io.ts";
export { createProcessIo } from "./io.ts";
export { createProgram, run } from "./main.ts";
