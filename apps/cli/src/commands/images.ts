import { analyzeDockerfile, type DockerfileAnalysis } from "@shipyard/core";
import type { Command } from "commander";
import { z } from "zod";
import { createContext } from "../context.ts";
import { CliError, ExitCode, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import { registerImageCatalog, registerRebuild, registerSynth } from "./images-catalog.ts";

const AnalyzeOptions = z.object({
  buildArg: z.array(z.string()).default([]),
  platform: z
    .string()
    .regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, "must look like linux/amd64 or linux/arm64/v8")
    .optional(),
});

/** `K=V` pairs from repeated --build-arg flags. */
export function parseBuildArgs(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw usageError(`--build-arg ${pair} is not KEY=VALUE.`, "Write it as --build-arg NODE_VERSION=22.");
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

export interface FileAnalysis {
  file: string;
  baseImages: string[];
  copyFromImages: string[];
  stages: { name: string | null; base: string; line: number }[];
  errors: { line: number; message: string }[];
}

/** The `--json` shape of one analysed file. */
export function toFileAnalysis(file: string, a: DockerfileAnalysis): FileAnalysis {
  return {
    file,
    baseImages: a.baseImages,
    copyFromImages: a.copyFromImages,
    stages: a.stages.map((s) => ({ name: s.name, base: s.image ?? s.base, line: s.line })),
    errors: a.errors.map((e) => ({ line: e.line, message: e.message })),
  };
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerImages(program: Command, io: Io): void {
  const images = program
    .command("images")
    .description("Image factory: the image catalog, Dockerfile analysis, the dependency graph and cascades");
  registerImageCatalog(images, io);
  registerRebuild(images, io);
  registerSynth(images, io);

  images
    .command("analyze")
    .alias("analyse")
    .description("Analyse Dockerfiles offline: base images (normalised), COPY --from images, stages, errors with lines")
    .argument("<dockerfile...>", "Dockerfiles to analyse")
    .option("--build-arg <KEY=VALUE>", "a build argument, as for docker build (repeatable)", collect, [])
    .option("--platform <os/arch>", "target platform for TARGETOS/TARGETARCH, e.g. linux/amd64")
    .addHelpText(
      "after",
      `
Exits 6 when any file has errors (an unparsable line, an ARG in FROM with no value, an invalid image
reference), 1 when a file cannot be read.
${examples(
  "shipyard images analyze Dockerfile",
  "shipyard images analyze services/*/Dockerfile --build-arg NODE_VERSION=22 --json",
  "shipyard images analyze Dockerfile --json | jq -r '.[].baseImages[]'",
)}`,
    )
    .action(async (files: string[], raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const options = parseOptions(AnalyzeOptions, raw);
      const buildArgs = parseBuildArgs(options.buildArg);
      const results: FileAnalysis[] = [];
      for (const file of files) {
        let text: string;
        try {
          text = await io.readFile(file);
        } catch (e) {
          throw new CliError(
            "file_unreadable",
            ExitCode.failure,
            `Cannot read ${file}: ${(e as Error).message}`,
            "Check the path.",
          );
        }
        const analysis = analyzeDockerfile(text, { buildArgs, ...(options.platform ? { platform: options.platform } : {}) });
        results.push(toFileAnalysis(file, analysis));
      }
      ctx.out.result(results, () => {
        const c = ctx.out.colors;
        for (const r of results) {
          ctx.out.line(c.bold(r.file));
          ctx.out.fields([
            ["Base images", r.baseImages.join("\n             ") || c.dim("none (scratch or stages only)")],
            ["COPY --from", r.copyFromImages.join("\n             ") || c.dim("none")],
          ]);
          ctx.out.table(
            [
              { header: "LINE", value: (s: FileAnalysis["stages"][number]) => String(s.line), align: "right" },
              { header: "STAGE", value: (s) => s.name ?? c.dim("-") },
              { header: "FROM", value: (s) => s.base },
            ],
            r.stages,
            "No FROM instruction.",
          );
          for (const e of r.errors) ctx.out.line(`${c.red("error")} line ${e.line}: ${e.message}`);
          ctx.out.line();
        }
      });
      const bad = results.filter((r) => r.errors.length > 0);
      if (bad.length > 0) {
        throw new CliError(
          "dockerfile_errors",
          ExitCode.invalid,
          `${bad.length} of ${results.length} Dockerfile${results.length === 1 ? "" : "s"} ha${bad.length === 1 ? "s" : "ve"} errors: ${bad.map((b) => b.file).join(", ")}.`,
          "Fix the lines named above, or pass the missing --build-arg.",
        );
      }
    });
}
