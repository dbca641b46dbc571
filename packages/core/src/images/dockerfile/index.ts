export * from "./analyze.ts";
export * from "./parser.ts";
export * from "./shell-lex.ts";
