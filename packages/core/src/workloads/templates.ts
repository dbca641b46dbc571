import type { Template, TemplateCreate, Vm } from "@shipyard/contract";
import { conflict, notFound } from "../shared/errors.ts";
import { type AssetGuard, checkVmFiles, type VmService } from "./vms.ts";

export interface StoredTemplate {
  id: string;
  name: string;
  spec: TemplateCreate;
  usageCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TemplateRepository {
  create(name: string, spec: TemplateCreate): Promise<StoredTemplate>;
  get(idOrName: string): Promise<StoredTemplate | undefined>;
  list(): Promise<StoredTemplate[]>;
  update(id: string, spec: TemplateCreate): Promise<StoredTemplate>;
  delete(id: string): Promise<void>;
}

/** VM templates: saved configurations, cloned, edited, and instantiated into VMs (usage is counted). */
export class TemplateService {
  private readonly repo: TemplateRepository;
  private readonly vms: VmService;
  private readonly assets: AssetGuard;

  constructor(deps: { repo: TemplateRepository; vms: VmService; assets: AssetGuard }) {
    this.repo = deps.repo;
    this.vms = deps.vms;
    this.assets = deps.assets;
  }

  async create(spec: TemplateCreate): Promise<Template> {
    if (await this.repo.get(spec.name)) throw conflict(`A template named ${spec.name} already exists.`, "Pick another name.");
    return view(await this.repo.create(spec.name, await checkVmFiles(this.assets, spec)));
  }

  private async find(idOrName: string): Promise<StoredTemplate> {
    const t = await this.repo.get(idOrName);
    if (!t) throw notFound("Template", idOrName, "List templates with GET /v1/templates.");
    return t;
  }

  async get(idOrName: string): Promise<Template> {
    return view(await this.find(idOrName));
  }

  async list(query: { q?: string | undefined; sort: "name" | "created_at" | "usage" }): Promise<Template[]> {
    const q = query.q?.toLowerCase();
    const items = (await this.repo.list()).map(view).filter((t) => !q || t.name.toLowerCase().includes(q));
    const by = {
      name: (a: Template, b: Template) => a.name.localeCompare(b.name),
      created_at: (a: Template, b: Template) => b.created_at.localeCompare(a.created_at),
      usage: (a: Template, b: Template) => b.usage_count - a.usage_count || a.name.localeCompare(b.name),
    }[query.sort];
    return items.sort(by);
  }

  async update(idOrName: string, patch: Partial<TemplateCreate>): Promise<Template> {
    const t = await this.find(idOrName);
    const next = { ...t.spec, ...patch };
    if (patch.name && patch.name !== t.name && (await this.repo.get(patch.name))) {
      throw conflict(`A template named ${patch.name} already exists.`, "Pick another name.");
    }
    return view(await this.repo.update(t.id, await checkVmFiles(this.assets, next)));
  }

  async clone(idOrName: string, name: string): Promise<Template> {
    const t = await this.find(idOrName);
    return this.create({ ...t.spec, name });
  }

  async delete(idOrName: string): Promise<void> {
    const t = await this.find(idOrName);
    await this.repo.delete(t.id);
  }

  /** Creates a VM from the template, with the overrides given. */
  async instantiate(
    idOrName: string,
    o: {
      name: string;
      vcpu?: number | undefined;
      mem_mib?: number | undefined;
      kernel_args?: string | undefined;
      guest_mac?: string | undefined;
      start: boolean;
    },
  ): Promise<Vm> {
    const t = await this.find(idOrName);
    return this.vms.create(
      {
        name: o.name,
        vcpu: o.vcpu ?? t.spec.vcpu,
        mem_mib: o.mem_mib ?? t.spec.mem_mib,
        kernel_path: t.spec.kernel_path,
        ...(t.spec.initrd_path ? { initrd_path: t.spec.initrd_path } : {}),
        ...(t.spec.rootfs_path ? { rootfs_path: t.spec.rootfs_path } : {}),
        ...((o.kernel_args ?? t.spec.kernel_args) ? { kernel_args: o.kernel_args ?? t.spec.kernel_args } : {}),
        ...(o.guest_mac ? { guest_mac: o.guest_mac } : {}),
        start: o.start,
      },
      { templateId: t.id },
    );
  }
}

function view(t: StoredTemplate): Template {
  return {
    id: t.id,
    name: t.name,
    description: t.spec.description ?? null,
    vcpu: t.spec.vcpu,
    mem_mib: t.spec.mem_mib,
    kernel_path: t.spec.kernel_path,
    initrd_path: t.spec.initrd_path ?? null,
    rootfs_path: t.spec.rootfs_path ?? null,
    kernel_args: t.spec.kernel_args ?? null,
    usage_count: t.usageCount,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  };
}
