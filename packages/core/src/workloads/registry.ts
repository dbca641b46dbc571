import type { RegistryImage, RegistryImport, VolumeCreate } from "@shipyard/contract";
import { conflict, DomainError, notFound } from "../shared/errors.ts";
import { drivesOf, type VmRepository } from "./vms.ts";

export interface StoredFile {
  path: string;
  sizeBytes: number;
  sha256: string;
}

/** Where registry files live on the host: copy in, download, make volumes, clone, remove. */
export interface ImageStore {
  importPath(id: string, name: string, source: string): Promise<StoredFile>;
  importUrl(id: string, name: string, url: string): Promise<StoredFile>;
  createVolume(id: string, name: string, sizeMb: number, format: "ext4" | "raw"): Promise<StoredFile>;
  clone(id: string, name: string, from: string): Promise<StoredFile>;
  remove(path: string): Promise<void>;
}

export interface StoredRegistryImage {
  id: string;
  name: string;
  kind: RegistryImage["kind"];
  path: string;
  sizeBytes: number;
  sha256: string;
  project: string | null;
  category: string | null;
  sourceUrl: string | null;
  createdAt: string;
}

export interface RegistryRepository {
  newId(): string;
  create(image: Omit<StoredRegistryImage, "createdAt">): Promise<StoredRegistryImage>;
  get(idOrName: string): Promise<StoredRegistryImage | undefined>;
  list(): Promise<StoredRegistryImage[]>;
  delete(id: string): Promise<void>;
}

/**
 * The workload registry (`/v1/images`): kernels, initrds, root file systems and volumes, with a
 * checksum and size, which VMs use them, and no deletion while one does.
 */
export class RegistryService {
  private readonly repo: RegistryRepository;
  private readonly store: ImageStore;
  private readonly vms: VmRepository;

  constructor(deps: { repo: RegistryRepository; store: ImageStore; vms: VmRepository }) {
    this.repo = deps.repo;
    this.store = deps.store;
    this.vms = deps.vms;
  }

  private async usage(): Promise<Map<string, string[]>> {
    const used = new Map<string, string[]>();
    for (const vm of await this.vms.list()) {
      for (const p of [vm.spec.kernel_path, vm.spec.initrd_path, ...drivesOf(vm.spec).map((d) => d.path_on_host)]) {
        if (p) used.set(p, [...(used.get(p) ?? []), vm.name]);
      }
    }
    return used;
  }

  private view(i: StoredRegistryImage, usage: Map<string, string[]>): RegistryImage {
    return {
      id: i.id,
      name: i.name,
      kind: i.kind,
      size_bytes: i.sizeBytes,
      sha256: i.sha256,
      project: i.project,
      category: i.category,
      path: i.path,
      url: i.sourceUrl,
      used_by: usage.get(i.path) ?? [],
      created_at: i.createdAt,
    };
  }

  private async assertFree(name: string) {
    if (await this.repo.get(name)) throw conflict(`An image named ${name} already exists.`, "Pick another name.");
  }

  async import(input: RegistryImport): Promise<RegistryImage> {
    await this.assertFree(input.name);
    const id = this.repo.newId();
    const file = input.url
      ? await this.store.importUrl(id, input.name, input.url)
      : await this.store.importPath(id, input.name, input.source_path as string);
    return this.record(id, input.name, input.kind, file, { project: input.project, category: input.category, url: input.url });
  }

  async createVolume(input: VolumeCreate): Promise<RegistryImage> {
    await this.assertFree(input.name);
    const id = this.repo.newId();
    const file = await this.store.createVolume(id, input.name, input.size_mb, input.format);
    return this.record(id, input.name, "volume", file, { project: input.project, category: input.format });
  }

  async clone(idOrName: string, name: string): Promise<RegistryImage> {
    const from = await this.find(idOrName);
    await this.assertFree(name);
    const id = this.repo.newId();
    const file = await this.store.clone(id, name, from.path);
    return this.record(id, name, from.kind, file, { project: from.project ?? undefined, category: from.category ?? undefined });
  }

  private async record(
    id: string,
    name: string,
    kind: RegistryImage["kind"],
    file: StoredFile,
    extra: { project?: string | undefined; category?: string | undefined; url?: string | undefined },
  ): Promise<RegistryImage> {
    try {
      const saved = await this.repo.create({
        id,
        name,
        kind,
        path: file.path,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        project: extra.project ?? null,
        category: extra.category ?? null,
        sourceUrl: extra.url ?? null,
      });
      return this.view(saved, new Map());
    } catch (e) {
      await this.store.remove(file.path).catch(() => undefined);
      throw e;
    }
  }

  private async find(idOrName: string): Promise<StoredRegistryImage> {
    const i = await this.repo.get(idOrName);
    if (!i) throw notFound("Image", idOrName, "List images with GET /v1/images.");
    return i;
  }

  async get(idOrName: string): Promise<RegistryImage> {
    return this.view(await this.find(idOrName), await this.usage());
  }

  async list(filter: { kind?: RegistryImage["kind"] | undefined; project?: string | undefined }): Promise<RegistryImage[]> {
    const usage = await this.usage();
    return (await this.repo.list())
      .filter((i) => (!filter.kind || i.kind === filter.kind) && (!filter.project || i.project === filter.project))
      .map((i) => this.view(i, usage));
  }

  /** The file to stream for a download. */
  async file(idOrName: string): Promise<{ path: string; name: string; sizeBytes: number }> {
    const i = await this.find(idOrName);
    return { path: i.path, name: i.name, sizeBytes: i.sizeBytes };
  }

  async delete(idOrName: string): Promise<void> {
    const i = await this.find(idOrName);
    const users = (await this.usage()).get(i.path) ?? [];
    if (users.length > 0) {
      throw new DomainError("conflict", `${i.name} is in use by ${users.join(", ")}.`, {
        suggestion: "Delete those VMs (or point them at another image) first.",
      });
    }
    await this.repo.delete(i.id);
    await this.store.remove(i.path).catch(() => undefined);
  }
}
