import type { Host, Resource, Share } from "@shipyard/contract";
import {
  type AuditService,
  type ContainerService,
  DomainError,
  type EventBus,
  type FunctionService,
  type HostAllocation,
  type HostRuntimes,
  type HostService,
  type IdentityService,
  type ImageCatalogService,
  type ImageFactoryService,
  type JobQueue,
  notFound,
  type RegistryService,
  type SharedResource,
  type SharingService,
  type StoredHost,
  type StoredJoinToken,
  type TemplateService,
  type VmMetrics,
  type VmService,
} from "@shipyard/core";
import { fromWireMetrics, toWireMetrics } from "../agent/host-wire.ts";
import type { SystemInfoSource } from "../system-info.ts";
import { SESSION_COOKIE } from "./authenticate.ts";
import type { Handlers } from "./register-routes.ts";

export interface HandlerDeps {
  identity: IdentityService;
  audit: AuditService;
  jobs: JobQueue;
  system: SystemInfoSource;
  catalog: ImageCatalogService;
  factory: ImageFactoryService;
  functions: FunctionService;
  containers: ContainerService;
  vms: VmService;
  hosts: HostService;
  templates: TemplateService;
  registry: RegistryService;
  sharing: SharingService;
  bus: EventBus;
  secureCookies: (req: { protocol: string }) => boolean;
  startableJobs: ReadonlySet<string>;
}

/** A VM metrics sample in the API's field names. */
export function vmSample(m: VmMetrics) {
  return {
    at: new Date().toISOString(),
    cpu_percent: m.cpuPercent,
    memory_used_mb: m.memoryUsedMb,
    memory_limit_mb: m.memoryLimitMb,
    uptime_seconds: m.uptimeSeconds,
    disk_read_bytes: m.diskReadBytes ?? null,
    disk_write_bytes: m.diskWriteBytes ?? null,
  };
}

/** A host in the API's field names. */
export function hostView(h: StoredHost & { allocated: HostAllocation }): Host {
  return {
    id: h.id,
    name: h.name,
    address: h.address,
    local: h.local,
    status: h.status,
    capacity: { vcpus: h.capacity.vcpus, memory_mb: h.capacity.memoryMb, disk_gb: h.capacity.diskGb },
    allocated: { vcpus: h.allocated.vcpus, memory_mb: h.allocated.memoryMb, workloads: h.allocated.workloads },
    runtimes: h.runtimes as Host["runtimes"],
    metrics: h.metrics ? toWireMetrics(h.metrics) : null,
    labels: h.labels,
    agent_version: h.agentVersion,
    registered_at: h.registeredAt,
    last_heartbeat_at: h.lastHeartbeatAt,
  };
}

const bearerOf = (req: { headers: { authorization?: string | undefined } }) => {
  const h = req.headers.authorization ?? "";
  return h.toLowerCase().startsWith("bearer ") ? h.slice(7).trim() : "";
};

const joinTokenView = (t: StoredJoinToken) => ({
  id: t.id,
  name: t.name,
  expires_at: t.expiresAt,
  created_at: t.createdAt,
  last_used_at: t.lastUsedAt,
});

const shareDetail = (s: Share) => ({
  kind: s.kind,
  resourceId: s.resourceId,
  resourceName: s.resourceName,
  organizationId: s.organizationId,
  teamId: s.teamId,
});

/** Ids a client's list is limited to (undefined: staff, no limit). */
const idsOf = (shared: readonly SharedResource[] | undefined) => shared?.map((s) => s.id);

export function createHandlers(d: HandlerDeps): Handlers {
  return {
    async login({ body, req, reply, audit }) {
      audit.actor = { id: null, email: body.email };
      const { sessionSecret, expiresAt, me } = await d.identity.login(body.email, body.password, {
        ip: req.ip ?? null,
        userAgent: req.headers["user-agent"] ?? null,
      });
      audit.actor = { id: me.user.id, email: me.user.email };
      audit.targetId = me.user.id;
      reply.setCookie(SESSION_COOKIE, sessionSecret, {
        httpOnly: true,
        sameSite: "lax",
        secure: d.secureCookies(req),
        path: "/",
        expires: expiresAt,
      });
      return me;
    },
    async logout({ principal, reply, audit }) {
      audit.targetId = principal.user.id;
      await d.identity.logout(principal);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return undefined;
    },
    me: ({ principal }) => d.identity.getMe(principal),
    async updatePreferences({ principal, body, audit }) {
      audit.targetId = principal.user.id;
      audit.detail = { ...body };
      return d.identity.updatePreferences(principal, body);
    },

    async changePassword({ principal, body, audit }) {
      audit.targetId = principal.user.id;
      await d.identity.changePassword(principal, body);
      return undefined;
    },

    listTokens: ({ principal, query }) => d.identity.listTokens(principal, query),
    async createToken({ principal, body, audit }) {
      const created = await d.identity.createToken(principal, body);
      audit.targetId = created.id;
      audit.detail = { name: created.name, prefix: created.prefix, expiresAt: created.expiresAt };
      return created;
    },
    async revokeToken({ principal, params, audit }) {
      const token = await d.identity.revokeToken(principal, params.id);
      audit.detail = { name: token.name, prefix: token.prefix };
      return token;
    },

    listUsers: ({ principal, query }) => d.identity.listUsers(principal, query),
    async createUser({ body, audit }) {
      const user = await d.identity.createUser(body);
      audit.targetId = user.id;
      audit.detail = { email: user.email, role: user.role, organizationId: user.organizationId };
      return user;
    },
    async updateUser({ principal, params, body, audit }) {
      const { password, ...fields } = body;
      audit.detail = { ...fields, ...(password === undefined ? {} : { reset: "password" }) };
      return d.identity.updateUser(principal, params.id, body);
    },
    listOrganizations: async ({ principal }) => ({ items: await d.identity.listOrganizations(principal) }),
    async createOrganization({ body, audit }) {
      const org = await d.identity.createOrganization(body);
      audit.targetId = org.id;
      audit.detail = { slug: org.slug };
      return org;
    },

    listTeams: async ({ principal, params }) => ({ items: await d.sharing.listTeams(principal, params.id) }),
    async createTeam({ params, body, audit }) {
      const team = await d.sharing.createTeam(params.id, body);
      audit.targetId = team.id;
      audit.detail = { organizationId: params.id, slug: team.slug };
      return team;
    },
    async deleteTeam({ params, audit }) {
      const team = await d.sharing.deleteTeam(params.id);
      audit.detail = { organizationId: team.organizationId, slug: team.slug };
      return undefined;
    },
    listTeamMembers: async ({ principal, params }) => ({ items: await d.sharing.listMembers(principal, params.id) }),
    async addTeamMember({ params, audit }) {
      const member = await d.sharing.addMember(params.id, params.user_id);
      audit.detail = { userId: member.userId, email: member.email };
      return member;
    },
    async removeTeamMember({ params, audit }) {
      const team = await d.sharing.removeMember(params.id, params.user_id);
      audit.detail = { userId: params.user_id, slug: team.slug };
      return undefined;
    },
    listShares: ({ principal, query }) => d.sharing.list(principal, query),
    async createShare({ principal, body, audit }) {
      const share = await d.sharing.share(principal, body);
      audit.targetId = share.id;
      audit.detail = shareDetail(share);
      return share;
    },
    async deleteShare({ params, audit }) {
      const share = await d.sharing.unshare(params.id);
      audit.detail = shareDetail(share);
      return undefined;
    },

    listAudit: ({ query }) => d.audit.list(query),

    listJobs: ({ query }) => d.jobs.list(query),
    async getJob({ params }) {
      const job = await d.jobs.get(params.id);
      if (!job) throw notFound("Job", params.id, "List jobs with GET /v1/jobs.");
      return job;
    },
    async enqueueJob({ body, audit }) {
      if (!d.startableJobs.has(body.name)) {
        throw new DomainError("not_found", `There is no job named ${body.name} that can be started through the API.`, {
          suggestion: `Jobs you can start: ${[...d.startableJobs].join(", ")}.`,
        });
      }
      const job = await d.jobs.enqueue(body.name, body.data);
      audit.targetId = job.id;
      audit.detail = { name: body.name };
      return job;
    },

    listImages: ({ query, shared }) => d.catalog.list(query, idsOf(shared)),
    async enrollImage({ body, audit }) {
      const r = await d.catalog.enroll(body);
      if (r.image.kind === "managed" && r.action !== "unchanged" && r.image.source?.provider !== "local") {
        // remote sources: read and analyse the Dockerfile in the background (local ones may be sent by the CLI)
        await d.jobs.enqueue("images.analyze", { name: r.image.name });
      }
      audit.targetId = r.image.name;
      audit.detail = { action: r.action, kind: r.image.kind, image: r.image.image };
      return r;
    },
    getImage: ({ params }) => d.catalog.get(params.name),
    async removeImage({ params, audit }) {
      audit.targetId = params.name;
      return d.catalog.remove(params.name);
    },
    async analyzeImage({ params, body, audit }) {
      audit.targetId = params.name;
      const r = await d.catalog.analyze(params.name, body.dockerfile, body.buildArgs);
      audit.detail = { baseImages: r.analysis.baseImages, errors: r.analysis.errors.length, added: r.addedBaseImages };
      await d.bus.publish({
        type: "image.analyzed",
        resource: { kind: "image", id: params.name },
        data: { name: params.name, baseImages: r.analysis.baseImages, errors: r.analysis.errors.length },
        audience: { permission: "images:read" },
      });
      return {
        image: r.image,
        baseImages: r.analysis.baseImages,
        copyFromImages: r.analysis.copyFromImages,
        stages: r.analysis.stages.map((st) => ({ name: st.name, base: st.image ?? st.base, line: st.line })),
        errors: r.analysis.errors.map((e) => ({ line: e.line, message: e.message })),
        addedBaseImages: r.addedBaseImages,
      };
    },
    imageUpdates: async ({ params }) => ({ items: await d.catalog.updates(params.name) }),
    explainRebuild: ({ params }) => d.factory.explain(params.name),
    async requestRebuild({ principal, params, body, audit }) {
      audit.targetId = params.name;
      audit.detail = { emergency: body.emergency, ...(body.justification ? { justification: body.justification } : {}) };
      const build = await d.factory.requestRebuild(principal, params.name, body);
      audit.detail.buildId = build.id;
      await d.jobs.enqueue("builds.run", { buildId: build.id }, { singletonKey: build.id });
      return build;
    },
    async watchImages({ body }) {
      return d.jobs.enqueue("images.watch", { all: body.all });
    },
    listBuilds: ({ query }) => d.factory.listBuilds(query),
    getBuild: ({ params }) => d.factory.getBuild(params.id),
    buildLogs: async ({ params }) => ({ logs: await d.factory.buildLogs(params.id) }),
    imageGraph: () => d.catalog.graph(),
    imageCascade: ({ query }) => d.catalog.cascade(query.changed),
    exportCatalog: () => d.catalog.exportFile(),
    async importCatalog({ body, audit }) {
      const r = await d.catalog.importFile(body);
      audit.detail = { images: r.results.length, changed: r.results.filter((x) => x.action !== "unchanged").map((x) => x.name) };
      return r;
    },

    listFunctions: ({ query, shared }) => d.functions.list(query, idsOf(shared)),
    async createFunction({ body, audit }) {
      const fn = await d.functions.create(body);
      audit.targetId = fn.id;
      audit.detail = { name: fn.name, runtime: fn.runtime, secretEnvNames: fn.secret_env_names };
      return fn;
    },
    functionRuntimes: async () => ({ items: await d.functions.runtimes() }),
    getFunction: ({ params }) => d.functions.get(params.id),
    async updateFunction({ params, body, audit }) {
      const fn = await d.functions.update(params.id, body);
      audit.targetId = fn.id;
      audit.detail = { version: fn.draft_version ?? fn.version, draft: body.draft ?? false };
      return fn;
    },
    async deleteFunction({ params }) {
      await d.functions.delete(params.id);
      return undefined;
    },
    invokeFunction: ({ params, body }) => d.functions.invoke(params.id, body.event, { version: body.version }),
    functionLogs: ({ params, query }) => d.functions.invocations(params.id, query),
    functionStats: ({ params }) => d.functions.stats(params.id),

    listVms: async ({ shared }) => ({ items: await d.vms.list(idsOf(shared)) }),
    async createVm({ body, audit }) {
      const vm = await d.vms.create(body);
      audit.targetId = vm.id;
      audit.detail = { name: vm.name, vcpu: vm.vcpu, mem_mib: vm.mem_mib };
      return vm;
    },
    getVm: ({ params }) => d.vms.get(params.id),
    async deleteVm({ params }) {
      await d.vms.delete(params.id);
      return undefined;
    },
    vmMetrics: async ({ params }) => vmSample(await d.vms.metrics(params.id)),
    vmStart: ({ params }) => d.vms.action(params.id, "start"),
    vmStop: ({ params }) => d.vms.action(params.id, "stop"),
    vmPause: ({ params }) => d.vms.action(params.id, "pause"),
    vmResume: ({ params }) => d.vms.action(params.id, "resume"),
    vmCtrlAltDel: ({ params }) => d.vms.action(params.id, "ctrl-alt-del"),
    listHosts: async () => ({
      items: (await d.hosts.list()).map(hostView),
      heartbeat_seconds: d.hosts.heartbeatIntervalMs / 1000,
    }),
    getHost: async ({ params }) => hostView(await d.hosts.get(params.id)),
    async deleteHost({ params, audit }) {
      const h = await d.hosts.get(params.id);
      audit.targetId = h.id;
      audit.detail = { name: h.name };
      await d.hosts.delete(h.id);
      return undefined;
    },
    async createJoinToken({ body, principal, audit }) {
      const t = await d.hosts.createJoinToken({ name: body.name, ttlHours: body.ttl_hours }, principal.user.id);
      audit.targetId = t.id;
      audit.detail = { name: t.name, expires_at: t.expiresAt };
      return { ...joinTokenView(t), token: t.token };
    },
    listJoinTokens: async () => ({ items: (await d.hosts.listJoinTokens()).map(joinTokenView) }),
    async deleteJoinToken({ params }) {
      await d.hosts.deleteJoinToken(params.id);
      return undefined;
    },
    async agentRegister({ body, req, audit }) {
      const bearer = bearerOf(req);
      const { host, secret } = await d.hosts.register({
        name: body.name,
        address: body.address,
        capacity: { vcpus: body.capacity.vcpus, memoryMb: body.capacity.memory_mb, diskGb: body.capacity.disk_gb },
        runtimes: body.runtimes as HostRuntimes,
        labels: body.labels,
        agentVersion: body.agent_version,
        ...(body.host_id ? { hostId: body.host_id, secret: bearer } : { joinToken: bearer }),
      });
      audit.actor = { id: null, email: `agent:${host.name}` };
      audit.targetId = host.id;
      audit.detail = { name: host.name, address: host.address };
      return { host_id: host.id, secret, heartbeat_seconds: d.hosts.heartbeatIntervalMs / 1000 };
    },
    async agentHeartbeat({ params, body, req }) {
      await d.hosts.authenticateAgent(params.id, bearerOf(req));
      const host = await d.hosts.heartbeat(
        params.id,
        fromWireMetrics(body.metrics),
        body.runtimes ? (body.runtimes as HostRuntimes) : undefined,
      );
      return { status: host.status, heartbeat_seconds: d.hosts.heartbeatIntervalMs / 1000 };
    },
    listVmDrives: async ({ params }) => ({ items: await d.vms.drives(params.id) }),
    async addVmDrive({ params, body, audit }) {
      audit.detail = { drive_id: body.drive_id, path: body.path_on_host };
      return d.vms.addDrive(params.id, body);
    },
    async updateVmDrive({ params, body, audit }) {
      audit.detail = { drive_id: params.drive_id };
      return d.vms.updateDrive(params.id, params.drive_id, body);
    },
    async removeVmDrive({ params, audit }) {
      audit.detail = { drive_id: params.drive_id };
      await d.vms.removeDrive(params.id, params.drive_id);
      return undefined;
    },
    listVmNics: async ({ params }) => ({ items: await d.vms.nics(params.id) }),
    async addVmNic({ params, body, audit }) {
      audit.detail = { iface_id: body.iface_id };
      return d.vms.addNic(params.id, body);
    },
    async updateVmNic({ params, body, audit }) {
      audit.detail = { iface_id: params.nic_id };
      return d.vms.updateNic(params.id, params.nic_id, body);
    },
    async removeVmNic({ params, audit }) {
      audit.detail = { iface_id: params.nic_id };
      await d.vms.removeNic(params.id, params.nic_id);
      return undefined;
    },
    listVmSnapshots: async ({ params }) => ({ items: await d.vms.listSnapshots(params.id) }),
    async createVmSnapshot({ params, audit }) {
      const snap = await d.vms.snapshot(params.id);
      audit.targetId = snap.vm_id;
      audit.detail = { snapshot_id: snap.id, size_bytes: snap.size_bytes };
      return snap;
    },
    async instantiateSnapshot({ params, body, audit }) {
      const vm = await d.vms.restore(params.id, body);
      audit.detail = { vm: vm.id, name: vm.name };
      return vm;
    },
    async deleteSnapshot({ params }) {
      await d.vms.deleteSnapshot(params.id);
      return undefined;
    },
    vmShell: ({ params }) => d.vms.shell(params.id),
    listRegistryImages: async ({ query }) => ({ items: await d.registry.list(query) }),
    async importRegistryImage({ body, audit }) {
      const img = await d.registry.import(body);
      audit.targetId = img.id;
      audit.detail = { name: img.name, kind: img.kind, sha256: img.sha256, ...(img.url ? { url: img.url } : {}) };
      return img;
    },
    async createVolume({ body, audit }) {
      const img = await d.registry.createVolume(body);
      audit.targetId = img.id;
      audit.detail = { name: img.name, size_mb: body.size_mb, format: body.format };
      return img;
    },
    getRegistryImage: ({ params }) => d.registry.get(params.id),
    cloneRegistryImage: ({ params, body }) => d.registry.clone(params.id, body.name),
    async deleteRegistryImage({ params }) {
      await d.registry.delete(params.id);
      return undefined;
    },
    listTemplates: async ({ query }) => ({ items: await d.templates.list(query) }),
    async createTemplate({ body, audit }) {
      const tpl = await d.templates.create(body);
      audit.targetId = tpl.id;
      return tpl;
    },
    getTemplate: ({ params }) => d.templates.get(params.id),
    updateTemplate: ({ params, body }) => d.templates.update(params.id, body),
    async deleteTemplate({ params }) {
      await d.templates.delete(params.id);
      return undefined;
    },
    cloneTemplate: ({ params, body }) => d.templates.clone(params.id, body.name),
    async instantiateTemplate({ params, body, audit }) {
      const vm = await d.templates.instantiate(params.id, body);
      audit.detail = { vm: vm.id, name: vm.name };
      return vm;
    },
    async listResources({ query }) {
      const items: Resource[] = [];
      if (!query.type || query.type === "vm") {
        const vms = await d.vms.list().catch(() => []);
        for (const v of vms) {
          items.push({
            type: "vm",
            id: v.id,
            name: v.name,
            state: v.state,
            detail: `${v.vcpu} vCPU · ${v.mem_mib} MiB · ${v.host_id}`,
            host_id: v.host_id,
            created_at: v.created_at,
            last_activity_at: v.updated_at,
          });
        }
      }
      if (!query.type || query.type === "function") {
        const fns = await d.functions.list({ limit: 200, sort: "name", order: "asc" });
        for (const f of fns.items) {
          items.push({
            type: "function",
            id: f.id,
            name: f.name,
            state: "ready",
            detail: `${f.runtime} · v${f.version} · ${f.memory_mb} MB`,
            host_id: null,
            created_at: f.created_at,
            last_activity_at: f.last_invoked_at,
          });
        }
      }
      if (!query.type || query.type === "container") {
        const containers = await d.containers.list().catch(() => []);
        for (const c of containers) {
          items.push({
            type: "container",
            id: c.id,
            name: c.name,
            state: c.status,
            detail: c.image,
            host_id: c.host_id,
            created_at: c.created_at,
            last_activity_at: c.started_at,
          });
        }
      }
      const q = query.q?.toLowerCase();
      return {
        items: items
          .filter(
            (r) =>
              (!q || r.name.toLowerCase().includes(q)) &&
              (!query.state || r.state === query.state) &&
              (!query.host || r.host_id === query.host),
          )
          .sort((a, b) => a.name.localeCompare(b.name)),
      };
    },
    listContainers: async ({ shared }) => ({ items: await d.containers.list(idsOf(shared)) }),
    async deployContainer({ body, audit }) {
      const c = await d.containers.deploy(body);
      audit.targetId = c.id;
      audit.detail = { name: c.name, image: c.image };
      return c;
    },
    getContainer: ({ params }) => d.containers.get(params.id),
    async deleteContainer({ params }) {
      await d.containers.remove(params.id);
      return undefined;
    },
    startContainer: ({ params }) => d.containers.start(params.id),
    stopContainer: ({ params }) => d.containers.stop(params.id),
    restartContainer: ({ params }) => d.containers.restart(params.id),
    async containerLogs({ params, query }) {
      const lines: { stream: "stdout" | "stderr"; line: string; at: string }[] = [];
      const it = await d.containers.logs(params.id, {
        tail: query.tail,
        ...(query.since ? { since: new Date(query.since) } : {}),
      });
      for await (const l of it) lines.push({ stream: l.stream, line: l.line, at: l.at.toISOString() });
      return { lines };
    },
    async containerStats({ params }) {
      const s = await d.containers.stats(params.id);
      return {
        at: s.at.toISOString(),
        cpu_percent: s.cpuPercent,
        memory_used_mb: s.memoryUsedMb,
        memory_limit_mb: s.memoryLimitMb,
        net_rx_bytes: s.netRx,
        net_tx_bytes: s.netTx,
        block_read_bytes: s.blockRead,
        block_write_bytes: s.blockWrite,
      };
    },

    system: ({ req }) => d.system.info(req),
  };
}
