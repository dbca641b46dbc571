import { randomBytes } from "node:crypto";
import { createReadStream, type Dirent, type Stats } from "node:fs";
import { lstat, readdir, readFile, readlink, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { DockerignoreMatcher, parseDockerignore } from "./dockerignore.ts";
import { DockerEngineError } from "./engine-error.ts";
import { type TarEntry, type TarSource, writeTar } from "./tar-writer.ts";

export interface BuildContextOptions {
  /** The folder sent to the engine as the build context. */
  contextDir: string;
  /** The Dockerfile: relative to `contextDir`, or absolute. It may lie outside the context. Default `Dockerfile`. */
  dockerfile?: string | undefined;
  /** Refuse contexts bigger than this many bytes (as a tar). Default 2 GiB. */
  maxBytes?: number | undefined;
}

export interface BuildContext {
  /** The context folder, absolute. */
  contextDir: string;
  /** The Dockerfile on disk, absolute. */
  dockerfilePath: string;
  /** What to pass as `/build?dockerfile=`: the Dockerfile's path inside the archive. */
  dockerfile: string;
  /** The patterns of `.dockerignore` that apply. */
  ignore: readonly string[];
  /** The context as a tar stream; files are read as the stream is consumed. Call once per build. */
  tar(signal?: AbortSignal): AsyncGenerator<Uint8Array>;
}

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Checks a local build context and its Dockerfile, and prepares the tar stream `docker build`
 * would send: `.dockerignore` applied (the Dockerfile and `.dockerignore` are always sent), owners
 * set to root, symlinks kept as links, sockets and devices left out. A Dockerfile outside the
 * context is added under a generated name, as the Docker CLI does.
 */
export async function prepareBuildContext(options: BuildContextOptions): Promise<BuildContext> {
  const contextDir = resolve(options.contextDir);
  const contextStat = await stat(contextDir).catch(() => undefined);
  if (!contextStat) {
    throw new DockerEngineError("invalid_input", `The build context ${contextDir} does not exist.`, {
      suggestion: "Check the source folder and the context path inside it.",
    });
  }
  if (!contextStat.isDirectory()) {
    throw new DockerEngineError("invalid_input", `The build context ${contextDir} is not a folder.`, {
      suggestion: "Point the context at the folder that holds the files the Dockerfile copies.",
    });
  }
  const dockerfilePath = resolve(contextDir, options.dockerfile ?? "Dockerfile");
  const dockerfileStat = await stat(dockerfilePath).catch(() => undefined);
  if (!dockerfileStat?.isFile()) {
    throw new DockerEngineError(
      "invalid_input",
      dockerfileStat ? `The Dockerfile ${dockerfilePath} is not a file.` : `There is no Dockerfile at ${dockerfilePath}.`,
      { suggestion: "Check the Dockerfile path of the image's source: it is relative to the repository's root." },
    );
  }

  const inside = relative(contextDir, dockerfilePath);
  const outside = inside.startsWith("..") || isAbsolute(inside);
  const dockerfile = outside ? `.dockerfile.${randomBytes(10).toString("hex")}` : inside.split(sep).join("/");

  const ignoreText = await readFile(join(contextDir, ".dockerignore"), "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return "";
    throw new DockerEngineError("invalid_input", `Could not read ${join(contextDir, ".dockerignore")}: ${e.message}`, {
      cause: e,
    });
  });
  const ignore = parseDockerignore(ignoreText);
  // The Dockerfile and .dockerignore are sent even when .dockerignore leaves them out (as the CLI does).
  const patterns = [...ignore];
  const probe = new DockerignoreMatcher(ignore);
  for (const always of [".dockerignore", ...(outside ? [] : [dockerfile])])
    if (probe.ignores(always)) patterns.push(`!${always}`);
  const matcher = new DockerignoreMatcher(patterns);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  async function* sources(signal: AbortSignal | undefined): AsyncGenerator<TarSource> {
    if (outside) yield await fileSource(dockerfilePath, dockerfile, await stat(dockerfilePath));
    yield* walk(contextDir, "", matcher, signal);
  }

  return {
    contextDir,
    dockerfilePath,
    dockerfile,
    ignore,
    tar: (signal) => writeTar(sources(signal), { maxBytes, signal }),
  };
}

async function* walk(
  root: string,
  dir: string,
  matcher: DockerignoreMatcher,
  signal: AbortSignal | undefined,
): AsyncGenerator<TarSource> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch (e) {
    throw unreadable(join(root, dir), e);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const dirent of entries) {
    signal?.throwIfAborted();
    const rel = dir ? `${dir}/${dirent.name}` : dirent.name;
    const full = join(root, rel);
    const ignored = matcher.ignores(rel);
    if (dirent.isDirectory()) {
      // A left-out folder is still walked when a `!` pattern may bring back something inside it.
      if (ignored && !matcher.mayReinclude(rel)) continue;
      if (!ignored) yield { entry: entryFor(rel, "directory", await lstatOf(full)) };
      yield* walk(root, rel, matcher, signal);
      continue;
    }
    if (ignored) continue;
    if (dirent.isSymbolicLink()) {
      const st = await lstatOf(full);
      const target = await readlink(full).catch((e: unknown) => {
        throw unreadable(full, e);
      });
      yield { entry: { ...entryFor(rel, "symlink", st), linkname: target } };
    } else if (dirent.isFile()) {
      yield await fileSource(full, rel, await lstatOf(full));
    }
    // Sockets, FIFOs and devices are not sent (the Docker CLI skips them too).
  }
}

async function fileSource(full: string, name: string, st: Stats): Promise<TarSource> {
  return {
    entry: { ...entryFor(name, "file", st), size: st.size },
    body: () => readStream(full),
  };
}

async function* readStream(full: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(full, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
  } catch (e) {
    throw unreadable(full, e);
  }
}

const entryFor = (name: string, type: TarEntry["type"], st: Stats): TarEntry => ({
  name,
  type,
  mode: st.mode & 0o7777,
  mtime: Math.floor(st.mtimeMs / 1000),
});

const lstatOf = (full: string): Promise<Stats> =>
  lstat(full).catch((e: unknown) => {
    throw unreadable(full, e);
  });

const unreadable = (path: string, e: unknown): DockerEngineError =>
  new DockerEngineError("invalid_input", `Could not read ${path} for the build context: ${(e as Error).message}`, {
    cause: e,
    suggestion: "Check the file's permissions, or leave it out with .dockerignore.",
  });
