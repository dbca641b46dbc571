import { createHash } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type ApiClient, ApiError, createClient, Problem, type RegistryImage, routeUrl } from "@shipyard/contract";
import type { Command } from "commander";
import { z } from "zod";
import { reachableFetch } from "../api.ts";
import { type Context, createContext } from "../context.ts";
import { CliError, ExitCode, UnreachableError, usageError } from "../errors.ts";
import { formatBytes, formatRelative } from "../format.ts";
import type { Io } from "../io.ts";
import { examples, parseOptions } from "../options.ts";
import type { Column } from "../output.ts";

/**
 * Imports from a URL, clones, volume creation and snapshots copy whole files inside one request:
 * give them far longer than the client's usual 30 s.
 */
export const LONG_REQUEST_TIMEOUT_MS = 60 * 60_000;

/** The typed client like `ctx.api()`, but waiting up to an hour for the answer. */
export async function patientApi(ctx: Context): Promise<ApiClient> {
  const a = await ctx.requireAuth();
  return createClient({
    baseUrl: a.server,
    token: a.token,
    fetch: reachableFetch(ctx.io.fetch, a.server, { timeoutMs: LONG_REQUEST_TIMEOUT_MS }),
  });
}

/** A download that receives nothing for this long is abandoned. */
export const DOWNLOAD_IDLE_TIMEOUT_MS = 30_000;

const KINDS = ["kernel", "initrd", "rootfs", "volume"] as const;
const Kind = z.enum(KINDS, { error: "must be kernel, initrd, rootfs or volume" });

/** The hex digest of a registry checksum ("sha256:<hex>", or bare hex). */
export const shaHex = (sha: string) => sha.replace(/^sha256:/, "");
export const shortSha = (sha: string) => shaHex(sha).slice(0, 12);

export const registryColumns = (): Column<RegistryImage>[] => [
  { header: "ID", value: (i) => i.id },
  { header: "NAME", value: (i) => i.name },
  { header: "KIND", value: (i) => i.kind },
  { header: "SIZE", value: (i) => formatBytes(i.size_bytes), align: "right" },
  { header: "SHA256", value: (i) => shortSha(i.sha256) },
  { header: "USED BY", value: (i) => i.used_by.join(", ") || "-" },
];

const flagFor: Record<RegistryImage["kind"], string> = {
  kernel: "--kernel",
  initrd: "--initrd",
  rootfs: "--rootfs",
  volume: "--drive id=<id>,path=",
};

/** How to use an image in `vm create`. */
const usageHint = (i: Pick<RegistryImage, "kind" | "path">) =>
  `shipyard vm create <name> ${flagFor[i.kind]}${i.kind === "volume" ? "" : " "}${i.path}`;

function showImage(ctx: Context, i: RegistryImage): void {
  const c = ctx.out.colors;
  ctx.out.fields([
    ["Image", c.bold(i.name)],
    ["ID", i.id],
    ["Kind", i.kind],
    ["Size", `${formatBytes(i.size_bytes)} (${i.size_bytes} bytes)`],
    ["SHA256", i.sha256],
    ["Path", i.path],
    ["Project", i.project ?? "-"],
    ["Category", i.category ?? "-"],
    ["Source URL", i.url ?? "-"],
    ["Used by", i.used_by.join(", ") || "-"],
    ["Created", `${i.created_at} (${formatRelative(i.created_at, ctx.io.now())})`],
    ["Use", usageHint(i)],
  ]);
}

const created = (ctx: Context, verb: string, i: RegistryImage) =>
  ctx.out.result(i, () => {
    ctx.out.success(`${verb} ${i.kind} ${i.name} (${i.id}): ${formatBytes(i.size_bytes)}, sha256 ${shortSha(i.sha256)}.`);
    ctx.out.line(`  ${ctx.out.colors.dim("use it with:")} ${usageHint(i)}`);
  });

const ImportFlags = z
  .object({
    path: z.string().min(1, "must not be empty").optional(),
    url: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
    kind: z.enum(KINDS, {
      error: (issue) =>
        issue.input === undefined ? "is required: kernel, initrd, rootfs or volume" : "must be kernel, initrd, rootfs or volume",
    }),
    project: z.string().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
    category: z.string().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  })
  .refine((o) => Boolean(o.path) !== Boolean(o.url), "Give exactly one of --path (a file on the server host) and --url.");

const sizeMbMessage = "must be a whole number of MiB, 1-1048576";
const VolumeFlags = z.object({
  sizeMb: z
    .string({ error: "is required (MiB)" })
    .transform(Number)
    .pipe(z.number({ error: sizeMbMessage }).int(sizeMbMessage).min(1, sizeMbMessage).max(1_048_576, sizeMbMessage)),
  format: z.enum(["ext4", "raw"], { error: "must be ext4 or raw" }).default("ext4"),
  project: ImportFlags.shape.project,
});

const reason = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
};

/**
 * Streams `GET /v1/images/:id/download` into `output` (through `output.part`, renamed at the end),
 * checking size and SHA-256 against the registry's record.
 */
async function download(ctx: Context, image: RegistryImage, output: string): Promise<{ bytes: number; sha256: string }> {
  const auth = await ctx.requireAuth();
  const part = `${output}.part`;
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(part, "w");
  } catch (error) {
    throw usageError(`--output ${output}: cannot write there (${(error as Error).message}).`);
  }
  const controller = new AbortController();
  let stalled = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, DOWNLOAD_IDLE_TIMEOUT_MS);
  };
  const hash = createHash("sha256");
  let bytes = 0;
  let done = false;
  try {
    arm();
    let res: Response;
    try {
      res = await ctx.io.fetch(routeUrl(auth.server, "/v1/images/:id/download", { id: image.id }), {
        headers: { authorization: `Bearer ${auth.token}`, accept: "application/octet-stream" },
        signal: controller.signal,
      });
    } catch (error) {
      throw new UnreachableError(auth.server, stalled ? `no answer within ${DOWNLOAD_IDLE_TIMEOUT_MS / 1000} s` : reason(error));
    }
    if (!res.ok) {
      const parsed = Problem.safeParse(await res.json().catch(() => undefined));
      throw new ApiError(
        parsed.success
          ? parsed.data
          : {
              type: "about:blank",
              title: res.statusText || "Download failed",
              status: res.status,
              code: res.status >= 500 ? "internal" : "invalid_input",
              message: `The server answered ${res.status} ${res.statusText} to the download.`,
            },
      );
    }
    if (!res.body) throw new CliError("download", ExitCode.failure, "The server sent no file.");
    try {
      await pipeline(
        Readable.fromWeb(res.body as import("node:stream/web").ReadableStream),
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            arm();
            hash.update(chunk);
            bytes += chunk.length;
            yield chunk;
          }
        },
        file.createWriteStream(),
      );
    } catch (error) {
      if (stalled)
        throw new UnreachableError(auth.server, `the download stalled: no data for ${DOWNLOAD_IDLE_TIMEOUT_MS / 1000} s`);
      if ((error as NodeJS.ErrnoException).syscall === "write")
        throw new CliError("download", ExitCode.failure, `Could not write ${output}: ${(error as Error).message}.`);
      throw new UnreachableError(auth.server, `the download broke off after ${formatBytes(bytes)} (${reason(error)})`);
    }
    const sha256 = hash.digest("hex");
    if (bytes !== image.size_bytes || sha256 !== shaHex(image.sha256)) {
      throw new CliError(
        "checksum_mismatch",
        ExitCode.failure,
        `The downloaded file does not match the registry: got ${bytes} bytes with sha256 ${sha256}, expected ${image.size_bytes} bytes with sha256 ${shaHex(image.sha256)}.`,
        "Try again; if it keeps failing the file on the server has changed (re-import it).",
      );
    }
    await rename(part, output);
    done = true;
    return { bytes, sha256: image.sha256 };
  } finally {
    clearTimeout(timer);
    await file.close().catch(() => undefined);
    if (!done) await rm(part, { force: true }).catch(() => undefined);
  }
}

export function registerRegistry(program: Command, io: Io): void {
  const registry = program
    .command("registry")
    .description("VM images: kernels, initrds, root file systems and volumes, checksummed, with the VMs using them")
    .addHelpText(
      "after",
      examples(
        "shipyard registry import vmlinux-6.1 --kind kernel --url https://example.com/vmlinux-6.1",
        "shipyard registry volume create data --size-mb 1024",
        "shipyard registry list --kind rootfs",
        "shipyard registry download vmlinux-6.1 --output ./vmlinux",
      ),
    );

  registry
    .command("list")
    .description("List images and volumes with the VMs that use them")
    .option("--kind <kind>", "only kernel, initrd, rootfs or volume")
    .option("--project <project>", "only this project's")
    .addHelpText("after", examples("shipyard registry list", "shipyard registry list --kind volume --project web --json"))
    .action(async (raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(z.object({ kind: Kind.optional(), project: z.string().min(1).max(100).optional() }), raw);
      const r = await (await ctx.api())("listRegistryImages", {
        query: { ...(o.kind ? { kind: o.kind } : {}), ...(o.project ? { project: o.project } : {}) },
      });
      ctx.out.result(r, () =>
        ctx.out.table(
          registryColumns(),
          r.items,
          o.kind || o.project
            ? "No images match."
            : "No images yet. Add one with `shipyard registry import` or `shipyard registry volume create`.",
        ),
      );
    });

  registry
    .command("show")
    .description("Show one image: checksum, path on the server, VMs using it")
    .argument("<image>", "image name or id")
    .addHelpText("after", examples("shipyard registry show vmlinux-6.1"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const i = await (await ctx.api())("getRegistryImage", { params: { id } });
      ctx.out.result(i, () => showImage(ctx, i));
    });

  registry
    .command("import")
    .description("Import a kernel, initrd, root file system or volume from a file on the server host or a URL")
    .argument("<name>", "lowercase letters, digits, '.', '_' and '-'")
    .option("--path <path>", "a file on the server host (under a folder the server allows)")
    .option("--url <url>", "an http(s) URL the server downloads")
    .option("--kind <kind>", "kernel, initrd, rootfs or volume (required)")
    .option("--project <project>", "group it under a project")
    .option("--category <category>", "a free-form label, e.g. debian or minimal")
    .addHelpText(
      "after",
      `${examples(
        "shipyard registry import vmlinux-6.1 --kind kernel --url https://example.com/vmlinux-6.1",
        "shipyard registry import debian-12 --kind rootfs --path /srv/images/debian-12.ext4 --project web --category debian",
      )}
The server copies or downloads the whole file before it answers; this command waits up to an hour.
`,
    )
    .action(async (name: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(ImportFlags, raw);
      ctx.out.note(o.url ? `The server is downloading ${o.url}…` : `The server is copying ${o.path}…`);
      const i = await (await patientApi(ctx))("importRegistryImage", {
        body: {
          name,
          kind: o.kind,
          ...(o.path ? { source_path: o.path } : {}),
          ...(o.url ? { url: o.url } : {}),
          ...(o.project ? { project: o.project } : {}),
          ...(o.category ? { category: o.category } : {}),
        },
      });
      created(ctx, "Imported", i);
    });

  const volume = registry
    .command("volume")
    .description("Volumes: empty disk images for VM drives")
    .addHelpText(
      "after",
      examples(
        "shipyard registry volume create data --size-mb 1024",
        'shipyard vm drive add dev data --path "$(shipyard registry show data --json | jq -r .path)"',
      ),
    );
  volume
    .command("create")
    .description("Create an empty volume, ext4-formatted (default) or raw")
    .argument("<name>", "lowercase letters, digits, '.', '_' and '-'")
    .option("--size-mb <mib>", "size in MiB, 1-1048576 (required)")
    .option("--format <format>", "ext4 or raw (default ext4)")
    .option("--project <project>", "group it under a project")
    .addHelpText(
      "after",
      examples(
        "shipyard registry volume create data --size-mb 1024",
        "shipyard registry volume create scratch --size-mb 512 --format raw",
      ),
    )
    .action(async (name: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(VolumeFlags, raw);
      const i = await (await patientApi(ctx))("createVolume", {
        body: { name, size_mb: o.sizeMb, format: o.format, ...(o.project ? { project: o.project } : {}) },
      });
      created(ctx, "Created", i);
    });

  registry
    .command("clone")
    .description("Copy an image or volume under a new name")
    .argument("<image>", "image name or id")
    .argument("<new-name>", "name of the copy")
    .addHelpText("after", examples("shipyard registry clone debian-12 debian-12-dev"))
    .action(async (id: string, name: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const i = await (await patientApi(ctx))("cloneRegistryImage", { params: { id }, body: { name } });
      created(ctx, "Cloned into", i);
    });

  registry
    .command("download")
    .description("Download an image's file, checking its size and SHA-256")
    .argument("<image>", "image name or id")
    .option("-o, --output <file>", "where to write it (required; replaced if it exists)")
    .addHelpText("after", examples("shipyard registry download vmlinux-6.1 --output ./vmlinux"))
    .action(async (id: string, raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      const o = parseOptions(
        z.object({ output: z.string({ error: "is required: the file to write" }).min(1, "must not be empty") }),
        raw,
      );
      const image = await (await ctx.api())("getRegistryImage", { params: { id } });
      ctx.out.note(`Downloading ${image.name} (${formatBytes(image.size_bytes)})…`);
      const got = await download(ctx, image, o.output);
      ctx.out.result({ id: image.id, name: image.name, output: o.output, size_bytes: got.bytes, sha256: got.sha256 }, () =>
        ctx.out.success(`Downloaded ${image.name} to ${o.output} (${formatBytes(got.bytes)}, sha256 verified).`),
      );
    });

  registry
    .command("rm")
    .description("Delete an image or volume and its file (refused while a VM uses it)")
    .argument("<image>", "image name or id")
    .addHelpText("after", examples("shipyard registry rm debian-12-dev"))
    .action(async (id: string, _raw: unknown, cmd: Command) => {
      const ctx = createContext(cmd, io);
      await (await ctx.api())("deleteRegistryImage", { params: { id } });
      ctx.out.result({ deleted: id }, () => ctx.out.success(`Deleted image ${id}.`));
    });
}
