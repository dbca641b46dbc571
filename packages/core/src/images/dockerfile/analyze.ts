// What a Dockerfile builds from: the images `docker build` (BuildKit) would pull for it.
// Follows BuildKit's dockerfile2llb: global ARGs before the first FROM (with build-arg overrides
// for declared ARGs only), the automatic platform ARGs, FROM expansion with its shell-lexing rules,
// stage names, `COPY --from` and `RUN --mount=from=`. Where BuildKit would quietly expand an unset
// ARG to "" we report an error instead of guessing.
//
// Pure: no I/O.
import { parseReference, withTag } from "../reference.ts";
import { type DockerfileInstruction, DockerfileSyntaxError, parseDockerfile } from "./parser.ts";
import { type EnvLookup, ShellLex, ShellLexError } from "./shell-lex.ts";

export interface AnalyzeOptions {
  /** `--build-arg` values. They override ARGs the Dockerfile declares (and the automatic platform ARGs), nothing else. */
  buildArgs?: Record<string, string>;
  /**
   * Target platform, `os/arch[/variant]`, for TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT.
   * Without it (and without those build args) an image name that uses them is reported, not guessed.
   */
  platform?: string;
  /** Build platform for BUILDPLATFORM, BUILDOS, … Defaults to `platform`, as BuildKit does. */
  buildPlatform?: string;
  /** The stage being built (only sets TARGETSTAGE); defaults to the last stage. */
  target?: string;
}

export interface DockerfileStage {
  /** Position among the FROMs, from 0 (what `COPY --from=0` refers to). */
  index: number;
  /** `AS name`, lower-cased as BuildKit does; null when unnamed. */
  name: string | null;
  /** The FROM argument after ARG expansion: an image reference as written, a stage name, or `scratch`. */
  base: string;
  /** What `base` is. */
  baseKind: "image" | "stage" | "scratch" | "unresolved";
  /** For an image: the fully-qualified reference that would be pulled, e.g. `docker.io/library/node:20`. */
  image?: string;
  /** For a stage: the index of the earlier stage it builds on. */
  baseStage?: number;
  /** Line of the FROM. */
  line: number;
  /** `--platform=` after ARG expansion; as written when it depends on a platform we were not told. */
  platform?: string;
  /** ARG values in scope at the end of the stage (declared in it or inherited from its base stage). */
  args: Record<string, string>;
}

export interface DockerfileProblem {
  line: number;
  message: string;
}

export interface DockerfileAnalysis {
  /** Images the stages are built FROM, fully qualified, in order of first use, without duplicates; no scratch, no stages. */
  baseImages: string[];
  /** Images read by `COPY --from=<image>` and `RUN --mount=from=<image>` (not stage names or indices), likewise. */
  copyFromImages: string[];
  stages: DockerfileStage[];
  /** Everything that would stop the build or make an image name a guess. Empty when all is well. */
  errors: DockerfileProblem[];
}

const PLATFORM_ARGS = [
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDOSVERSION",
  "BUILDARCH",
  "BUILDVARIANT",
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETOSVERSION",
  "TARGETARCH",
  "TARGETVARIANT",
] as const;

/** Why an ARG has no value, for the error message. */
type Missing = { kind: "no-default"; line: number } | { kind: "platform" } | { kind: "tainted"; by: string[]; line: number };

interface GlobalArgs {
  values: Map<string, string>;
  missing: Map<string, Missing>;
}

const KNOWN_INSTRUCTIONS = new Set([
  "add",
  "arg",
  "cmd",
  "copy",
  "entrypoint",
  "env",
  "expose",
  "from",
  "healthcheck",
  "label",
  "maintainer",
  "onbuild",
  "run",
  "shell",
  "stopsignal",
  "user",
  "volume",
  "workdir",
]);

/** Analyse a Dockerfile. Never throws for a bad Dockerfile: problems come back in `errors`. */
export function analyzeDockerfile(text: string, options: AnalyzeOptions = {}): DockerfileAnalysis {
  const errors: DockerfileProblem[] = [];
  const out: DockerfileAnalysis = { baseImages: [], copyFromImages: [], stages: [], errors };
  let instructions: DockerfileInstruction[];
  let escapeToken: string;
  try {
    const ast = parseDockerfile(text);
    instructions = ast.instructions;
    escapeToken = ast.escapeToken;
  } catch (e) {
    if (e instanceof DockerfileSyntaxError) {
      errors.push({ line: e.line, message: e.reason });
      return out;
    }
    throw e;
  }

  const buildArgs = new Map(Object.entries(options.buildArgs ?? {}));
  const lex = new ShellLex(escapeToken);
  const baseImages = new Set<string>();
  const copyFromImages = new Set<string>();

  // Stage names are known to the whole file up front (BuildKit registers all stages before
  // dispatching commands), so `COPY --from=later` is found, then refused.
  const froms = instructions.filter((i) => i.name === "from");
  const stageNames = froms.map((i) => stageNameOf(i.args));
  const lastName = stageNames.at(-1);
  const globals = globalArgs(options, buildArgs, options.target ?? lastName ?? "default");

  const env =
    (vars: Map<string, string>): EnvLookup =>
    (name) =>
      vars.get(name);

  let stage: DockerfileStage | undefined;
  let stageEnv = new Map<string, string>();
  const stageEnvs: Map<string, string>[] = [];
  const byName = new Map<string, number>();

  for (const ins of instructions) {
    if (!KNOWN_INSTRUCTIONS.has(ins.name)) {
      errors.push({ line: ins.startLine, message: `unknown instruction: ${ins.keyword}` });
      continue;
    }
    if (ins.name === "from") {
      stage = fromStage(ins, stageNames[out.stages.length] ?? null);
      out.stages.push(stage);
      stageEnv = stage.baseStage === undefined ? new Map() : new Map(stageEnvs[stage.baseStage]);
      stageEnvs.push(stageEnv);
      if (stage.name !== null) byName.set(stage.name, stage.index);
      continue;
    }
    if (!stage) {
      if (ins.name === "arg") declareGlobalArgs(ins);
      else errors.push({ line: ins.startLine, message: "no build stage in current context" });
      continue;
    }
    switch (ins.name) {
      case "arg":
        declareStageArgs(ins, stage, stageEnv);
        break;
      case "env":
        for (let i = 0; i + 1 < ins.args.length; i += 3) {
          const key = expand(ins.args[i] as string, stageEnv, ins.startLine);
          const value = expand(ins.args[i + 1] as string, stageEnv, ins.startLine);
          if (key !== undefined && value !== undefined) stageEnv.set(key, value);
        }
        break;
      case "copy":
        copyFrom(ins, stage);
        break;
      case "run":
        runMounts(ins, stage);
        break;
      case "onbuild": {
        const t = ins.trigger?.name;
        if (t === "onbuild") {
          errors.push({ line: ins.startLine, message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" });
        } else if (t === "from" || t === "maintainer") {
          errors.push({ line: ins.startLine, message: `${t.toUpperCase()} isn't allowed as an ONBUILD trigger` });
        }
        break;
      }
    }
  }
  if (out.stages.length === 0 && errors.length === 0) {
    errors.push({ line: instructions.at(-1)?.endLine ?? 1, message: "dockerfile contains no stages to build" });
  }
  out.baseImages = [...baseImages];
  out.copyFromImages = [...copyFromImages];
  return out;

  // -------------------------------------------------------------------------------------------

  function declareGlobalArgs(ins: DockerfileInstruction): void {
    const pairs = argPairs(ins);
    for (const { key, value } of pairs) {
      const override = buildArgs.get(key);
      if (override !== undefined) {
        globals.values.set(key, override);
        globals.missing.delete(key);
        continue;
      }
      if (value === undefined) {
        // declared without a default: unset, unless an earlier declaration (or the platform) gave it a value
        if (!globals.values.has(key) && globals.missing.get(key)?.kind !== "platform") {
          globals.missing.set(key, { kind: "no-default", line: ins.startLine });
        }
        continue;
      }
      const r = lexWord(value, globalLookup, ins.startLine);
      if (!r) continue;
      globals.values.set(key, r.result);
      // a default built from unset ARGs is as unknown as they are
      const by = [...r.unsetUsed].filter((v) => v !== key);
      for (const m of r.matched) {
        const miss = globals.missing.get(m);
        if (m !== key && miss?.kind === "tainted") by.push(...miss.by);
      }
      if (by.length > 0) globals.missing.set(key, { kind: "tainted", by: [...new Set(by)], line: ins.startLine });
      else globals.missing.delete(key);
    }
  }

  function globalLookup(name: string): string | undefined {
    return globals.values.get(name);
  }

  function declareStageArgs(ins: DockerfileInstruction, st: DockerfileStage, vars: Map<string, string>): void {
    for (const { key, value } of argPairs(ins)) {
      let v: string | undefined;
      const override = buildArgs.get(key);
      if (override !== undefined) v = override;
      else if (value !== undefined) v = expand(value, vars, ins.startLine);
      else v = globals.values.get(key); // a global ARG redeclared without a default keeps the global value
      if (v === undefined) continue;
      st.args[key] = v;
      vars.set(key, v);
    }
  }

  function argPairs(ins: DockerfileInstruction): { key: string; value: string | undefined }[] {
    if (ins.args.length === 0) {
      errors.push({ line: ins.startLine, message: "ARG requires at least one argument" });
      return [];
    }
    const pairs: { key: string; value: string | undefined }[] = [];
    for (const arg of ins.args) {
      const eq = arg.indexOf("=");
      if (eq < 0) {
        pairs.push({ key: arg, value: undefined });
      } else if (eq === 0) {
        errors.push({ line: ins.startLine, message: "ARG names can not be blank" });
      } else {
        pairs.push({ key: arg.slice(0, eq), value: arg.slice(eq + 1) });
      }
    }
    return pairs;
  }

  function fromStage(ins: DockerfileInstruction, name: string | null): DockerfileStage {
    const line = ins.startLine;
    const st: DockerfileStage = {
      index: out.stages.length,
      name,
      base: ins.args[0] ?? "",
      baseKind: "unresolved",
      line,
      args: {},
    };
    const nameError = stageNameError(ins.args);
    if (nameError) errors.push({ line, message: nameError });
    const flags = parseFlags(ins.flags, { platform: "string" });
    if (flags.error) errors.push({ line, message: flags.error });
    if (ins.args.length === 0) return st;

    const base = resolveGlobal(ins.args[0] as string, line, "FROM");
    if (base !== undefined) {
      st.base = base;
      if (base === "") {
        errors.push({ line, message: `base name (${ins.args[0]}) should not be blank` });
      } else if (byName.has(base)) {
        st.baseKind = "stage";
        st.baseStage = byName.get(base);
        const parent = out.stages[st.baseStage as number];
        if (parent) Object.assign(st.args, parent.args);
      } else if (base === "scratch") {
        st.baseKind = "scratch";
      } else if (byName.has(base.toLowerCase())) {
        errors.push({
          line,
          message: `FROM ${base}: stage "${base.toLowerCase()}" is only matched in lower case here; BuildKit would try to pull an image named "${base}" and fail. Write FROM ${base.toLowerCase()}.`,
        });
      } else {
        const image = normalizeImage(base, line, "FROM");
        if (image !== undefined) {
          st.baseKind = "image";
          st.image = image;
          baseImages.add(image);
        }
      }
    }

    const platform = flags.values.get("platform")?.[0];
    if (platform !== undefined) {
      const r = lexWord(platform, globalLookup, line);
      if (r) {
        const unknown = [...r.unsetUsed];
        if (unknown.length > 0 && unknown.every((v) => globals.missing.get(v)?.kind === "platform")) {
          st.platform = platform; // e.g. $BUILDPLATFORM when we were not told the build platform
        } else if (reportMissing(r.unsetUsed, r.matched, line, "FROM --platform")) {
          if (r.result === "") errors.push({ line, message: `empty platform value from expression ${platform}` });
          else st.platform = r.result;
        }
      }
    }
    return st;
  }

  /** Expand a FROM word with the global ARGs; undefined (after reporting) when it cannot be known. */
  function resolveGlobal(word: string, line: number, what: string): string | undefined {
    const r = lexWord(word, globalLookup, line);
    if (!r) return undefined;
    return reportMissing(r.unsetUsed, r.matched, line, what) ? r.result : undefined;
  }

  /** Report ARGs whose value a word needed but that have none. True when there were none. */
  function reportMissing(unset: Set<string>, matched: Set<string>, line: number, what: string): boolean {
    let ok = true;
    for (const name of unset) {
      ok = false;
      const miss = globals.missing.get(name);
      if (miss?.kind === "no-default") {
        errors.push({
          line,
          message: `${what} uses ARG ${name}, which has no value: it is declared without a default on line ${miss.line} and no build arg sets it.`,
        });
      } else if (miss?.kind === "platform") {
        errors.push({
          line,
          message: `${what} uses ${name}, which depends on the platform being built for: pass the platform option or a ${name} build arg.`,
        });
      } else {
        errors.push({
          line,
          message: `${what} uses ARG ${name}, which is not declared: declare it with ARG before the first FROM${
            buildArgs.has(name) ? " (a build arg only sets an ARG the Dockerfile declares)" : ""
          }.`,
        });
      }
    }
    for (const name of matched) {
      const miss = globals.missing.get(name);
      if (miss?.kind === "tainted") {
        ok = false;
        errors.push({
          line,
          message: `${what} uses ARG ${name}, whose default (line ${miss.line}) uses ${miss.by.join(", ")}, which has no value${
            miss.by.some((b) => globals.missing.get(b)?.kind === "platform")
              ? " until the platform is known (pass the platform option)"
              : ""
          }.`,
        });
      }
    }
    return ok;
  }

  function copyFrom(ins: DockerfileInstruction, st: DockerfileStage): void {
    const flags = parseFlags(ins.flags, null);
    if (flags.error) {
      errors.push({ line: ins.startLine, message: flags.error });
      return;
    }
    const from = flags.values.get("from");
    if (!from) return;
    if (from.length > 1) {
      errors.push({ line: ins.startLine, message: "duplicate flag specified: --from" });
      return;
    }
    const value = from[0] as string;
    const r = lexWord(value, () => undefined, ins.startLine);
    if (!r) return;
    if (r.result !== value) {
      errors.push({
        line: ins.startLine,
        message:
          "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround",
      });
      return;
    }
    if (/^[+-]?[0-9]+$/.test(value) && Math.abs(Number(value)) <= Number.MAX_SAFE_INTEGER) {
      const index = Number(value);
      if (index < 0 || index >= stageNames.length) {
        errors.push({ line: ins.startLine, message: `invalid stage index ${index}` });
      } else if (index >= st.index) {
        errors.push({ line: ins.startLine, message: notYetDefined("copy from", value, st) });
      }
      return;
    }
    fromStageOrImage(value, st, ins.startLine, "COPY --from");
  }

  function runMounts(ins: DockerfileInstruction, st: DockerfileStage): void {
    const flags = parseFlags(ins.flags, null);
    if (flags.error) {
      errors.push({ line: ins.startLine, message: flags.error });
      return;
    }
    for (const mount of flags.values.get("mount") ?? []) {
      const fields = csvFields(mount);
      if (!fields) {
        errors.push({ line: ins.startLine, message: `failed to parse csv mounts: ${mount}` });
        continue;
      }
      let from: string | undefined;
      for (const field of fields) {
        const eq = field.indexOf("=");
        if (eq >= 0 && field.slice(0, eq).toLowerCase() === "from") from = field.slice(eq + 1);
      }
      if (from === undefined || from === "") continue;
      const dollar = from.indexOf("$");
      if (dollar !== -1 && dollar !== from.length - 1) {
        errors.push({
          line: ins.startLine,
          message: "'from' doesn't support variable expansion, define alias stage instead",
        });
        continue;
      }
      fromStageOrImage(from, st, ins.startLine, "RUN --mount from");
    }
  }

  /** A stage name (case-insensitive) or else an image reference. */
  function fromStageOrImage(value: string, st: DockerfileStage, line: number, what: string): void {
    const index = stageNames.lastIndexOf(value.toLowerCase()); // a repeated name means the last stage
    if (index >= 0) {
      if (index >= st.index) errors.push({ line, message: notYetDefined(what, value, st) });
      return;
    }
    if (value === "scratch") return;
    const image = normalizeImage(value, line, what);
    if (image !== undefined) copyFromImages.add(image);
  }

  function notYetDefined(what: string, from: string, st: DockerfileStage): string {
    return `cannot ${what} stage "${from}", it needs to be defined before current stage "${st.name ?? `stage-${st.index}`}"`;
  }

  function lexWord(word: string, lookup: EnvLookup, line: number) {
    try {
      return lex.processWord(word, lookup);
    } catch (e) {
      if (e instanceof ShellLexError) {
        errors.push({ line, message: e.message });
        return undefined;
      }
      throw e;
    }
  }

  function expand(word: string, vars: Map<string, string>, line: number): string | undefined {
    return lexWord(word, env(vars), line)?.result;
  }

  /** What BuildKit pulls: ParseNormalizedNamed, then `:latest` when there is neither tag nor digest (TagNameOnly). */
  function normalizeImage(ref: string, line: number, what: string): string | undefined {
    const r = parseReference(ref, { mode: "normalized" });
    if (!r.ok) {
      errors.push({ line, message: `${what}: invalid image reference "${ref}": ${r.error}` });
      return undefined;
    }
    if (r.ref.tag !== undefined || r.ref.digest !== undefined) return r.ref.string;
    const tagged = withTag(r.ref, "latest");
    return tagged.ok ? tagged.ref.string : r.ref.string;
  }
}

/** The automatic platform ARGs (and TARGETSTAGE), with build-arg overrides. */
function globalArgs(options: AnalyzeOptions, buildArgs: Map<string, string>, target: string): GlobalArgs {
  const values = new Map<string, string>();
  const missing = new Map<string, Missing>();
  const target_ = options.platform;
  const build = options.buildPlatform ?? options.platform;
  const set = (prefix: "BUILD" | "TARGET", platform: string | undefined) => {
    if (platform === undefined) {
      for (const k of PLATFORM_ARGS) if (k.startsWith(prefix)) missing.set(k, { kind: "platform" });
      return;
    }
    const [os = "", arch = "", variant = ""] = platform.split("/");
    values.set(`${prefix}PLATFORM`, platform);
    values.set(`${prefix}OS`, os);
    values.set(`${prefix}OSVERSION`, "");
    values.set(`${prefix}ARCH`, arch);
    values.set(`${prefix}VARIANT`, variant);
  };
  set("BUILD", build);
  set("TARGET", target_);
  values.set("TARGETSTAGE", target);
  for (const k of [...PLATFORM_ARGS, "TARGETSTAGE"]) {
    const v = buildArgs.get(k);
    if (v !== undefined) {
      values.set(k, v);
      missing.delete(k);
    }
  }
  return { values, missing };
}

const validStageName = /^[a-z][a-z0-9-_.]*$/;

function stageNameOf(args: string[]): string | null {
  return args.length === 3 && (args[1] as string).toLowerCase() === "as" ? (args[2] as string).toLowerCase() : null;
}

function stageNameError(args: string[]): string | undefined {
  if (args.length === 3 && (args[1] as string).toLowerCase() === "as") {
    if (!validStageName.test((args[2] as string).toLowerCase())) {
      return `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`;
    }
    return undefined;
  }
  if (args.length !== 1) return "FROM requires either one or three arguments";
  return undefined;
}

type FlagType = "string" | "bool" | "strings";

/**
 * BuildKit's BFlags: `--name=value` words up to `--`. With a table, unknown flags are errors;
 * without one (for instructions whose flags grow with each release) every flag is kept as a string list.
 */
function parseFlags(
  flags: string[],
  allowed: Record<string, FlagType> | null,
): { values: Map<string, string[]>; error?: string } {
  const values = new Map<string, string[]>();
  for (const a of flags) {
    if (a === "--") break;
    if (!a.startsWith("--")) return { values, error: `arg should start with -- : ${a}` };
    const eq = a.indexOf("=");
    const flagName = eq < 0 ? a : a.slice(0, eq);
    const name = flagName.slice(2);
    const type = allowed ? allowed[name] : "strings";
    if (type === undefined) return { values, error: `unknown flag: ${flagName}` };
    const list = values.get(name);
    if (list && type !== "strings") return { values, error: `duplicate flag specified: ${flagName}` };
    if (eq < 0 && type !== "bool") {
      // BuildKit only complains about flags an instruction reads; we read --from, --mount and --platform
      if (allowed || name === "from" || name === "mount") return { values, error: `missing a value on flag: ${flagName}` };
      continue;
    }
    const value = eq < 0 ? "" : a.slice(eq + 1);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return { values };
}

/** One CSV record (tonistiigi/go-csvvalue, as encoding/csv): `a,"b,c",d`. Null when malformed. */
function csvFields(s: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (s.charCodeAt(i) === 0x22) {
      let field = "";
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) return null;
        field += s.slice(i, q);
        if (s.charCodeAt(q + 1) === 0x22) {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(field);
      if (i >= s.length) return fields;
      if (s.charCodeAt(i) !== 0x2c) return null;
      i++;
      continue;
    }
    const comma = s.indexOf(",", i);
    const field = comma < 0 ? s.slice(i) : s.slice(i, comma);
    if (field.includes('"')) return null;
    fields.push(field);
    if (comma < 0) return fields;
    i = comma + 1;
  }
}
