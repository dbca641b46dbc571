import { dirname, isAbsolute, join, resolve } from "node:path";
import { type Image, ImageCatalogFile, type ImageEnrollment } from "@shipyard/contract";
import { analyzeDockerfile, ImageGraph, normaliseRepository, normalizeImage } from "@shipyard/core";
import type { Command } from "commander";
import { parse as parseYaml, stringify as toYaml } from "yaml";
import { z } from "zod";
import { collect } from "../api.ts";
import { type Context, createContext } from "../context.ts";
import { CliError, ExitCode } from "../errors.ts";
import { formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";

/** Reads and validates an images.yaml (or .json) file; errors name the entry and field. */
export async function readCatalogFile(io: Io, file: string): Promise<ImageCatalogFile> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    throw new CliError("file_unreadable", ExitCode.failure, `Cannot read ${file}: ${(e as Error).message}`, "Check the path.");
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new CliError("invalid_yaml", ExitCode.invalid, `${file} is not valid YAML: ${(e as Error).message}`);
  }
  const parsed = ImageCatalogFile.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new CliError(
      "invalid_catalog",
      ExitCode.invalid,
      `${file} is not a valid image catalog:\n  ${issues.join("\n  ")}`,
      "It starts with apiVersion: shipyard.dev/v1 and kind: ImageCatalog, then images: [...]; see `shipyard images export`.",
    );
  }
  return parsed.data;
}

/** Where a local image's Dockerfile is, relative to the catalog file. */
const dockerfilePath = (catalogFile: string, e: ImageEnrollment) => {
  if (e.source?.provider !== "local") return undefined;
  const repo = isAbsolute(e.source.repo) ? e.source.repo : resolve(dirname(catalogFile), e.source.repo);
  return join(repo, e.source.dockerfile);
};

const imageColumns = (ctx: Context) => {
  const c = ctx.out.colors;
  const now = new Date();
  return [
    { header: "NAME", value: (i: Image) => i.name },
    {
      header: "KIND",
      value: (i: Image) => i.kind,
      color: (s: string) => (s === "managed" ? c.cyan(s) : s === "base" ? c.magenta(s) : s),
    },
    { header: "IMAGE", value: (i: Image) => `${i.image}:${i.tags[0] ?? "latest"}` },
    { header: "DIGEST", value: (i: Image) => (i.state.currentDigest ? i.state.currentDigest.slice(7, 19) : "-") },
    { header: "UPDATED", value: (i: Image) => (i.state.lastUpdatedAt ? formatRelative(i.state.lastUpdatedAt, now) : "-") },
    {
      header: "WATCH",
      value: (i: Image) => i.state.watch,
      color: (s: string) => (s === "ok" ? c.green(s) : s === "degraded" ? c.yellow(s) : c.dim(s)),
    },
  ];
};

export function registerImageCatalog(images: Command, io: Io): void {
  images
    .command("list")
    .description("List images in the catalog")
    .option("--kind <kind>", "managed, base or external")
    .option("--archived", "show archived images instead")
    .option("-q, --query <text>", "search in name and image")
    .option("--all", "follow every page")
    .addHelpText("after", examples("shipyard images list", "shipyard images list --kind base --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({
          kind: z.enum(["managed", "base", "external"]).optional(),
          archived: z.boolean().default(false),
          query: z.string().optional(),
          all: z.boolean().default(false),
        }),
        raw,
      );
      const api = await ctx.api();
      const page = await collect(
        (cursor) =>
          api("listImages", {
            query: {
              limit: 200,
              ...(o.kind ? { kind: o.kind } : {}),
              ...(o.query ? { q: o.query } : {}),
              archived: o.archived ? "true" : "false",
              ...(cursor ? { cursor } : {}),
            },
          }),
        { all: o.all },
      );
      const items = page.items;
      ctx.out.result(page, () =>
        ctx.out.table(
          imageColumns(ctx),
          items,
          "No images. Enrol one with `shipyard images enroll` or `shipyard images import`.",
        ),
      );
    });

  images
    .command("show")
    .description("Show one image: enrolment, base images and watch state")
    .argument("<name>", "image name")
    .action(async (name: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const api = await ctx.api();
      const image = await api("getImage", { params: { name } });
      const updates = await api("imageUpdates", { params: { name } });
      ctx.out.result({ ...image, updates: updates.items }, () => {
        const s = image.state;
        ctx.out.fields([
          ["Name", ctx.out.colors.bold(image.name)],
          ["Kind", image.kind],
          ["Image", `${image.image} (${image.tags.join(", ")})`],
          [
            "Source",
            image.source
              ? `${image.source.provider}:${image.source.repo}@${image.source.branch} ${image.source.dockerfile}`
              : "-",
          ],
          ["Build", image.build ? image.build.provider : "-"],
          [
            "Rebuild",
            `${image.rebuild.auto ? "auto" : "manual"}, delay ${image.rebuild.delay}, window ${image.rebuild.window}, priority ${image.rebuild.priority}`,
          ],
          ["Base images", image.baseImages.join(", ") || "-"],
          ["Digest", s.currentDigest ?? "-"],
          ["Last updated", s.lastUpdatedAt ?? "-"],
          ["Last built", s.lastBuiltAt ?? "-"],
          ["Watch", `${s.watch}${s.watchError ? ` (${s.watchError})` : ""}`],
          ["Archived", image.archivedAt ?? "no"],
        ]);
        for (const e of image.analysisErrors)
          ctx.out.line(`${ctx.out.colors.red("error")} Dockerfile line ${e.line}: ${e.message}`);
      });
    });

  images
    .command("enroll")
    .description("Enrol (or update) images from an images.yaml file, analysing local Dockerfiles")
    .argument("<file>", "images.yaml with apiVersion shipyard.dev/v1, kind ImageCatalog")
    .option("--no-analyze", "do not send local Dockerfiles for analysis")
    .addHelpText(
      "after",
      `
Managed images with a local source (source.provider: local) have their Dockerfile read from
<source.repo>/<source.dockerfile>, relative to the file, and analysed on the server: their base
images join the catalog and the dependency graph.
${examples("shipyard images enroll images.yaml", "shipyard images enroll images.yaml --json")}`,
    )
    .alias("import")
    .action(async (file: string, raw: { analyze?: boolean }, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const catalog = await readCatalogFile(io, file);
      const api = await ctx.api();
      const imported = await api("importCatalog", { body: catalog });
      const analyses: { name: string; baseImages: string[]; errors: number }[] = [];
      if (raw.analyze !== false) {
        for (const e of catalog.images) {
          const path = dockerfilePath(file, e);
          if (!path) continue;
          let dockerfile: string;
          try {
            dockerfile = await io.readFile(path);
          } catch (err) {
            ctx.out.warn(`${e.name}: cannot read ${path} (${(err as Error).message}); not analysed.`);
            continue;
          }
          const r = await api("analyzeImage", { params: { name: e.name }, body: { dockerfile, buildArgs: {} } });
          analyses.push({ name: e.name, baseImages: r.baseImages, errors: r.errors.length });
        }
      }
      ctx.out.result({ ...imported, analyses }, () => {
        ctx.out.table(
          [
            { header: "NAME", value: (r: (typeof imported.results)[number]) => r.name },
            { header: "RESULT", value: (r) => r.action },
            { header: "NOTE", value: (r) => r.note ?? "" },
          ],
          imported.results,
        );
        for (const a of analyses) {
          ctx.out.line(
            `${a.name}: FROM ${a.baseImages.join(", ") || "nothing external"}${a.errors ? ctx.out.colors.red(` (${a.errors} errors)`) : ""}`,
          );
        }
      });
    });

  images
    .command("export")
    .description("Write the catalog as images.yaml (to stdout, or --output)")
    .option("-o, --output <file>", "file to write")
    .action(async (raw: { output?: string }, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const file = await (await ctx.api())("exportCatalog");
      if (ctx.out.json) return ctx.out.result(file, () => undefined);
      const text = toYaml(file, { lineWidth: 0 });
      if (raw.output) {
        await io.writeFile(raw.output, text);
        ctx.out.note(`Wrote ${file.images.length} images to ${raw.output}.`);
      } else io.stdout.write(text);
    });

  images
    .command("remove")
    .description("Archive an image (its state is kept; enrol it again to restore)")
    .argument("<name>", "image name")
    .action(async (name: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const image = await (await ctx.api())("removeImage", { params: { name } });
      ctx.out.result(image, () => ctx.out.success(`Archived ${name}. Enrol it again to restore it with its history.`));
    });

  images
    .command("graph")
    .description("The dependency graph: from the server, or offline from a local images.yaml")
    .option("--mermaid", "print a Mermaid diagram")
    .option("-f, --file <images.yaml>", "build the graph offline from this file and its local Dockerfiles")
    .addHelpText("after", examples("shipyard images graph --mermaid", "shipyard images graph -f images.yaml --json"))
    .action(async (raw: { mermaid?: boolean; file?: string }, cmd: Command) => {
      const ctx = createContext(cmd, io);
      let view: { nodes: { name: string; kind: string }[]; edges: { from: string; to: string }[]; mermaid: string };
      if (raw.file) view = await offlineGraph(io, raw.file);
      else view = await (await ctx.api())("imageGraph");
      if (raw.mermaid && !ctx.out.json) {
        io.stdout.write(`${view.mermaid}\n`);
        return;
      }
      ctx.out.result(view, () => {
        ctx.out.line(`${view.nodes.length} images, ${view.edges.length} FROM edges`);
        for (const e of view.edges) ctx.out.line(`  ${e.from} ${ctx.out.colors.dim("FROM")} ${e.to}`);
      });
    });

  images
    .command("cascade")
    .description("What rebuilds, in dependency order, if these images change")
    .argument("<name...>", "changed images")
    .action(async (names: string[], _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const cascade = await (await ctx.api())("imageCascade", { query: { changed: names.join(",") } });
      ctx.out.result(cascade, () =>
        ctx.out.table(
          [
            { header: "#", value: (s: (typeof cascade.rebuilds)[number]) => String(s.order), align: "right" },
            { header: "REBUILDS", value: (s) => s.name },
            { header: "AFTER", value: (s) => s.after.join(", ") },
          ],
          cascade.rebuilds,
          `Nothing is built FROM ${names.join(", ")}.`,
        ),
      );
    });
}

export function registerRebuild(images: Command, io: Io): void {
  images
    .command("rebuild")
    .description("Rebuild an image now, or (with --explain) say why it is or is not rebuilding")
    .argument("<name>", "managed image")
    .option("--emergency", "critical CVE: bypass the rebuild delay and window (admins only)")
    .option("--justification <text>", "why (required with --emergency; audited)")
    .option("--explain", "only explain: delay, window, priority, parents, capacity")
    .addHelpText(
      "after",
      examples(
        "shipyard images rebuild web --explain",
        "shipyard images rebuild web",
        "shipyard images rebuild web --emergency --justification 'CVE-2026-1234 (critical) in openssl'",
      ),
    )
    .action(async (name: string, raw: { emergency?: boolean; justification?: string; explain?: boolean }, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const api = await ctx.api();
      if (raw.explain) {
        const e = await api("explainRebuild", { params: { name } });
        ctx.out.result(e, () => {
          ctx.out.line(`${ctx.out.colors.bold(name)}: ${e.rebuildingNow ? ctx.out.colors.cyan("rebuilding") : "not rebuilding"}`);
          ctx.out.line(e.reason);
          if (e.eligibleAt) ctx.out.line(ctx.out.colors.dim(`eligible at ${e.eligibleAt}`));
        });
        return;
      }
      const build = await api("requestRebuild", {
        params: { name },
        body: { emergency: raw.emergency === true, ...(raw.justification ? { justification: raw.justification } : {}) },
      });
      ctx.out.result(build, () => {
        ctx.out.success(`${build.trigger === "emergency" ? "Emergency rebuild" : "Rebuild"} of ${name} queued as ${build.id}.`);
        ctx.out.line(ctx.out.colors.dim(`Follow it with: shipyard builds show ${build.id}`));
      });
    });

  images
    .command("watch")
    .description("Check the registries now and start the rebuilds that are due")
    .option("--all", "check every image, not only those whose poll interval has passed")
    .action(async (raw: { all?: boolean }, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const job = await (await ctx.api())("watchImages", { body: { all: raw.all === true } });
      ctx.out.result(job, () => ctx.out.success(`Registry check queued as job ${job.id} (shipyard jobs show ${job.id}).`));
    });
}

export function registerSynth(images: Command, io: Io): void {
  images
    .command("synth")
    .description("Write Kargo manifests (Project, Warehouses, analysis and rebuild-trigger Stages) for the catalog")
    .requiredOption("-o, --out <dir>", "folder to write the manifests into (generated files only are replaced)")
    .option("-f, --file <images.yaml>", "synthesize offline from this file and its local Dockerfiles instead of the server")
    .option("--namespace <ns>", "Kargo project namespace (default image-factory)")
    .option("--shipyard-url <url>", "Shipyard URL the local-builder rebuild triggers call (default: --server)")
    .addHelpText(
      "after",
      examples(
        "shipyard images synth --out dist/kargo",
        "shipyard images synth -f images.yaml --out dist/kargo --shipyard-url https://shipyard.example",
      ),
    )
    .action(async (raw: { out: string; file?: string; namespace?: string; shipyardUrl?: string }, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const { synthesizeKargo, writeManifests } = await import("@shipyard/driver-kargo");
      let images: Parameters<typeof synthesizeKargo>[0]["images"];
      let shipyardUrl = raw.shipyardUrl;
      if (raw.file) {
        const g = await localCatalog(io, raw.file);
        images = g.entries.map((e) => ({ ...e, baseImages: g.bases.get(e.name) ?? [] }));
      } else {
        const api = await ctx.api();
        const page = await collect((cursor) => api("listImages", { query: { limit: 200, ...(cursor ? { cursor } : {}) } }), {
          all: true,
        });
        images = page.items;
        shipyardUrl ??= (await ctx.requireAuth()).server;
      }
      const out = synthesizeKargo({
        images,
        ...(raw.namespace ? { namespace: raw.namespace } : {}),
        ...(shipyardUrl ? { pipelineTrigger: { shipyard: { url: shipyardUrl } } } : {}),
      });
      const written = await writeManifests(out.files, raw.out);
      for (const w of out.warnings) ctx.out.warn(w);
      ctx.out.result({ ...written, objects: out.manifests.length, warnings: out.warnings }, () =>
        ctx.out.success(
          `${out.manifests.length} Kargo objects in ${raw.out}: ${written.written.length} written, ${written.unchanged.length} unchanged, ${written.removed.length} removed.`,
        ),
      );
    });
}

/** A local images.yaml with the base images of its managed images, analysed from their local Dockerfiles. */
async function localCatalog(io: Io, file: string) {
  const catalog = await readCatalogFile(io, file);
  const bases = new Map<string, string[]>();
  const entries = catalog.images.map((e) => ({ ...e, image: normaliseRepository(e.image) }));
  for (const e of catalog.images) {
    const path = dockerfilePath(file, e);
    if (!path) continue;
    const text = await io.readFile(path).catch((err: Error) => {
      throw new CliError("file_unreadable", ExitCode.failure, `${e.name}: cannot read ${path}: ${err.message}`);
    });
    bases.set(e.name, analyzeDockerfile(text, { buildArgs: e.build?.provider === "local" ? e.build.buildArgs : {} }).baseImages);
  }
  return { catalog, entries, bases };
}

/** The graph of a local images.yaml: managed images' local Dockerfiles are analysed here, no server involved. */
async function offlineGraph(io: Io, file: string) {
  const catalog = await readCatalogFile(io, file);
  const specs = [];
  const names = new Map<string, string>();
  for (const e of catalog.images) {
    const id = normalizeImage(`${e.image}:${e.tags[0] ?? "latest"}`);
    names.set(id, e.name);
    const path = dockerfilePath(file, e);
    let baseImages: string[] = [];
    if (path) {
      const text = await io.readFile(path).catch((err: Error) => {
        throw new CliError("file_unreadable", ExitCode.failure, `${e.name}: cannot read ${path}: ${err.message}`);
      });
      baseImages = analyzeDockerfile(text, { buildArgs: e.build?.provider === "local" ? e.build.buildArgs : {} }).baseImages;
    }
    specs.push({ id, kind: e.kind, label: e.name, baseImages });
  }
  const graph = ImageGraph.build(specs, { unknownBases: "external" });
  const json = graph.toJSON();
  const label = (id: string) => names.get(id) ?? id;
  return {
    nodes: json.nodes.map((n) => ({ name: label(n.id), kind: n.implicit ? "base" : n.kind, image: n.id })),
    edges: json.edges.map((e) => ({ from: label(e.to), to: label(e.from) })),
    mermaid: graph.toMermaid(),
  };
}
