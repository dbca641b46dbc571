import { existsSync } from "node:fs";
import {
  AuditService,
  ContainerService,
  type EventBus,
  FunctionService,
  HostService,
  IdentityService,
  ImageCatalogService,
  ImageFactoryService,
  type PipelineProvider,
  RegistryService,
  SharingService,
  systemClock,
  TemplateService,
  VmService,
  WorkloadWatcher,
} from "@shipyard/core";
import {
  DrizzleAuditRepository,
  DrizzleContainerRepository,
  DrizzleFunctionRepository,
  DrizzleHostRepository,
  DrizzleImageCatalogRepository,
  DrizzleImageFactoryRepository,
  DrizzleOrganizationRepository,
  DrizzleRegistryRepository,
  DrizzleSessionRepository,
  DrizzleShareRepository,
  DrizzleSnapshotRepository,
  DrizzleTeamRepository,
  DrizzleTemplateRepository,
  DrizzleTokenRepository,
  DrizzleUserRepository,
  DrizzleVmRepository,
  InProcessEventBus,
  openDatabase,
  PgBossJobQueue,
  PgNotifyEventBus,
} from "@shipyard/db";
import { DockerEngineClient, socketPathFromDockerHost } from "@shipyard/driver-docker-engine";
import {
  GitHubActionsPipelineProvider,
  GitHubSourceReader,
  GitLabPipelineProvider,
  GitLabSourceReader,
  LocalBuilderPipeline,
  LocalSourceReader,
  parseWebhook,
  RoutingSourceReader,
  verifyWebhook,
} from "@shipyard/driver-pipelines";
import { CachingRegistryClient, OciRegistryClient } from "@shipyard/driver-registry";
import { encrypt } from "unixcrypt";
import { serveAgentApi } from "./agent/agent.ts";
import { openLocalHost } from "./agent/local-host.ts";
import { AgentHostConnector } from "./agent/remote-host.ts";
import { startCluster } from "./cluster.ts";
import type { ServerConfig } from "./config.ts";
import { registerContainerSockets, registerVmSockets } from "./events/workload-sockets.ts";
import { buildApp } from "./http/app.ts";
import { createAuthenticator } from "./http/authenticate.ts";
import { registerImageDownload } from "./http/downloads.ts";
import { createHandlers, vmSample } from "./http/handlers.ts";
import { registerWebhooks } from "./http/webhooks.ts";
import { FolderImageStore } from "./image-store.ts";
import { jobDefinitions } from "./jobs/definitions.ts";
import { createMetrics, registerHostGauges, registerImageGauges } from "./metrics.ts";
import { AesGcmSecretBox, ScryptSecretHasher } from "./security.ts";
import { createSystemInfo } from "./system-info.ts";
import { folderAssetGuard } from "./vm-assets.ts";

export interface RunningServer {
  url: string;
  port: number;
  /** Set when this start created the first admin with a generated password (printed once). */
  bootstrap: { email: string; password?: string | undefined } | undefined;
  close(): Promise<void>;
}

/** Opens the database and runs the migrations, then closes it. */
export async function migrate(config: ServerConfig): Promise<{ applied: number }> {
  const database = await openDatabase(config.database);
  try {
    return { applied: await database.migrate() };
  } finally {
    await database.close();
  }
}

/**
 * Starts the server: one process, or with `SHIPYARD_HTTP_PROCESSES` > 1 (PostgreSQL) a cluster of
 * processes on one port — see cluster.ts.
 */
export async function startServer(
  config: ServerConfig,
  options: { validateResponses?: boolean; print?: (line: string) => void } = {},
): Promise<RunningServer> {
  return config.httpProcesses > 1 ? startCluster(config, options, startOneServer) : startOneServer(config, options);
}

/** Wires everything and starts listening. The one place that knows every concrete class. */
async function startOneServer(
  config: ServerConfig,
  options: { validateResponses?: boolean; print?: (line: string) => void } = {},
): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const startedAt = new Date();
  const database = await openDatabase(config.database);
  const closers: (() => Promise<unknown>)[] = [() => database.close()];
  const closeAll = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    await database.migrate();
    const metrics = createMetrics();
    const bus: EventBus =
      database.config.kind === "postgresql" && database.pool
        ? await PgNotifyEventBus.start(database.config.url, database.pool)
        : new InProcessEventBus();
    closers.push(() => bus.close());
    bus.subscribe((e) => {
      metrics.events.inc({ type: e.type.split(".")[0] ?? e.type });
      if (e.type === "image.updated") metrics.imageUpdates.inc();
      if (e.type === "build.succeeded" || e.type === "build.failed" || e.type === "build.cancelled") {
        const d = e.data as { trigger?: string; provider?: string; durationMs?: number | null };
        metrics.builds.inc({ status: e.type.slice(6), trigger: d.trigger ?? "unknown" });
        if (typeof d.durationMs === "number")
          metrics.buildDuration.observe({ provider: d.provider ?? "unknown" }, d.durationMs / 1000);
      }
      if (e.type === "image.analyzed")
        metrics.analyses.inc({ outcome: (e.data as { errors?: number }).errors ? "errors" : "ok" });
      if (e.type === "registry.checked") {
        const d = e.data as { checked: number; degraded: number };
        metrics.registryChecks.inc({ outcome: "ok" }, d.checked - d.degraded);
        metrics.registryChecks.inc({ outcome: "degraded" }, d.degraded);
      }
    });

    const clock = systemClock;
    const audit = new AuditService({ repo: new DrizzleAuditRepository(database.db), bus, clock });
    const users = new DrizzleUserRepository(database.db);
    const orgs = new DrizzleOrganizationRepository(database.db);
    const identity = new IdentityService({
      users,
      sessions: new DrizzleSessionRepository(database.db),
      tokens: new DrizzleTokenRepository(database.db),
      orgs,
      hasher: new ScryptSecretHasher(),
      clock,
      config: { sessionTtlHours: config.sessionTtlHours },
    });

    const jobs = await PgBossJobQueue.start(database, bus, {
      work: config.workers,
      superviseIntervalSeconds: config.superviseSeconds,
    });
    closers.push(() => jobs.stop());
    const catalogRepo = new DrizzleImageCatalogRepository(database.db);
    const sources = new RoutingSourceReader({
      local: new LocalSourceReader(config.docker.sourceRoots),
      github: new GitHubSourceReader({ token: config.github.token, baseUrl: config.github.apiUrl }),
      gitlab: new GitLabSourceReader({ token: config.gitlab.token, baseUrl: config.gitlab.url }),
    });
    const catalog = new ImageCatalogService({ repo: catalogRepo, clock, sources });
    const factory = new ImageFactoryService({
      catalog: catalogRepo,
      repo: new DrizzleImageFactoryRepository(database.db),
      bus,
      clock,
      capacity: config.buildCapacity,
    });
    // the watcher's own poll interval decides freshness: no response cache, but rate limiting and backoff
    registerImageGauges(metrics, catalogRepo);
    const registry = new CachingRegistryClient(new OciRegistryClient({ insecureRegistries: config.insecureRegistries }), {
      ttlMs: 0,
    });
    const providers = new Map<string, PipelineProvider>();
    const dockerSocket = socketPathFromDockerHost(config.docker.host);
    if (config.docker.host || existsSync(dockerSocket)) {
      providers.set(
        "local",
        new LocalBuilderPipeline({
          engine: new DockerEngineClient({ socketPath: dockerSocket }),
          sourceRoots: config.docker.sourceRoots,
          maxConcurrentBuilds: config.buildCapacity,
        }),
      );
    }
    if (config.github.token) {
      providers.set(
        "github-actions",
        new GitHubActionsPipelineProvider({
          token: config.github.token,
          ...(config.github.apiUrl ? { baseUrl: config.github.apiUrl } : {}),
        }),
      );
    }
    if (config.gitlab.token || config.gitlab.triggerToken) {
      providers.set(
        "gitlab",
        new GitLabPipelineProvider({
          ...(config.gitlab.url ? { baseUrl: config.gitlab.url } : {}),
          ...(config.gitlab.token ? { token: config.gitlab.token } : {}),
          ...(config.gitlab.triggerToken ? { triggerToken: config.gitlab.triggerToken } : {}),
        }),
      );
    }
    const secretBox = AesGcmSecretBox.fromConfig(config.secretKey, config.dataDir);
    // this machine's drivers: the embedded local agent (SHIPYARD_LOCAL_AGENT=0 leaves hosts to `shipyard agent`)
    const localHost = config.localAgent
      ? await openLocalHost({
          dataDir: config.dataDir,
          dockerHost: config.docker.host,
          containerNetwork: config.docker.networkMode,
          vmDriver: config.vmDriver,
        })
      : undefined;
    if (localHost) closers.push(() => localHost.close());
    const hosts = new HostService({
      repo: new DrizzleHostRepository(database.db, { legacyHostId: config.localHostId }),
      connector: new AgentHostConnector(localHost ? { id: config.localHostId, connection: localHost.connection } : undefined),
      secrets: secretBox,
      bus,
      clock,
      heartbeatMs: config.heartbeatMs,
      vcpuOvercommit: config.vcpuOvercommit,
    });
    closers.push(async () => hosts.close());
    registerHostGauges(metrics, hosts);
    if (localHost) {
      const registerLocal = async () =>
        hosts.registerLocal({
          id: config.localHostId,
          name: config.localHostId,
          capacity: await localHost.capacity(),
          runtimes: await localHost.runtimes(),
          agentVersion: config.version,
          loopback,
        });
      // cluster mode: the other server processes reach this machine's drivers through the agent API
      let loopback: { address: string; secret: string } | undefined;
      if (config.clusterMain) {
        const served = await serveAgentApi(localHost.connection);
        closers.push(() => served.close());
        loopback = { address: served.url, secret: served.secret };
      }
      await registerLocal();
      const beat = async () => {
        try {
          await hosts.heartbeat(config.localHostId, await localHost.metrics());
        } catch {
          await registerLocal().catch(() => undefined); // deleted by an admin: the local host comes back
        }
      };
      await beat();
      const timer = setInterval(() => void beat(), config.heartbeatMs);
      closers.push(async () => clearInterval(timer));
    }
    // hosts whose heartbeats stopped are lost; every replica may sweep, the update is idempotent
    const sweeper = setInterval(() => void hosts.sweep().catch(() => undefined), Math.max(200, config.heartbeatMs));
    closers.push(async () => clearInterval(sweeper));

    const functions = new FunctionService({
      repo: new DrizzleFunctionRepository(database.db),
      hosts,
      secrets: secretBox,
      bus,
      clock,
    });
    const containerRepo = new DrizzleContainerRepository(database.db);
    const containers = new ContainerService({
      repo: containerRepo,
      hosts,
      bus,
      clock,
      legacyHostId: config.localHostId,
    });
    const vmAssets = folderAssetGuard(config.vmAssetRoots);
    const vmRepo = new DrizzleVmRepository(database.db);
    const vms = new VmService({
      repo: vmRepo,
      snapshots: new DrizzleSnapshotRepository(database.db),
      hosts,
      assets: vmAssets,
      bus,
      secrets: secretBox,
      crypt: { hash: (password) => encrypt(password) },
    });
    if (config.workers) {
      // containers that die and VMs that stop on their own show up on the event stream too
      const watcher = new WorkloadWatcher({ hosts, containers: containerRepo, vms, bus });
      const watchTimer = setInterval(() => void watcher.tick().catch(() => undefined), Math.max(1000, config.heartbeatMs));
      void watcher.tick().catch(() => undefined);
      closers.push(async () => {
        clearInterval(watchTimer);
        watcher.close();
      });
    }
    const registryImages = new RegistryService({
      repo: new DrizzleRegistryRepository(database.db),
      store: new FolderImageStore({
        dir: config.registryDir,
        sourceRoots: config.docker.sourceRoots,
        allowInternalUrls: config.allowInternalUrls,
        maxBytes: config.imageMaxBytes,
      }),
      vms: vmRepo,
    });
    const templates = new TemplateService({ repo: new DrizzleTemplateRepository(database.db), vms, assets: vmAssets });
    const defs = jobDefinitions({ db: database.db, identity, factory, catalog, registry, providers, jobs });
    await jobs.register(defs);
    if (config.workers) {
      // housekeeping: planner statistics and expired sessions, hourly (and once now)
      await jobs.schedule("db.analyze", "17 * * * *");
      await jobs.schedule("sessions.prune", "23 * * * *");
      await jobs.schedule("images.watch", "* * * * *");
      await jobs.enqueue("db.analyze", {}, { singletonKey: "startup" }).catch(() => undefined);
    }

    const first = await identity.bootstrap({ email: config.admin.email, password: config.admin.password });
    if (first.created) {
      await audit.record({
        actor: null,
        action: "user.bootstrap",
        target: { kind: "user" },
        outcome: "success",
        detail: { email: first.email },
      });
    }

    const auth = createAuthenticator(identity);
    const sharing = new SharingService({
      teams: new DrizzleTeamRepository(database.db),
      shares: new DrizzleShareRepository(database.db),
      orgs,
      users,
      bus,
    });
    const app = await buildApp({
      config,
      auth,
      audit,
      bus,
      sharing,
      metrics,
      validateResponses: options.validateResponses ?? false,
      handlers: createHandlers({
        identity,
        audit,
        jobs,
        catalog,
        factory,
        functions,
        containers,
        vms,
        hosts,
        templates,
        registry: registryImages,
        sharing,
        bus,
        system: createSystemInfo({
          database,
          jobs,
          version: config.version,
          startedAt,
          dataDir: config.database.kind === "pglite" ? config.dataDir : null,
          publicUrl: config.publicUrl,
          workloadHosts: async () => {
            const all = await hosts.list();
            return { total: all.length, online: all.filter((h) => h.status === "online").length };
          },
        }),
        secureCookies: (req) => config.secureCookies ?? req.protocol === "https",
        startableJobs: new Set(defs.filter((d) => d.startableBy).map((d) => d.name)),
      }),
      resolveFunction: async (idOrName) => (await functions.get(idOrName)).id,
      ready: async () => {
        const checks: Record<string, string> = {};
        try {
          await database.ping();
          checks.database = "ok";
        } catch (e) {
          checks.database = `down: ${(e as Error).message}`;
        }
        return checks;
      },
    });
    registerContainerSockets(app, { auth, containers });
    registerVmSockets(app, { auth, vms, sample: vmSample });
    registerImageDownload(app, { auth, registry: registryImages });
    await registerWebhooks(app, {
      secrets: {
        github: config.github.webhookSecret ? [config.github.webhookSecret] : [],
        gitlab: config.gitlab.webhookSecret ? [config.gitlab.webhookSecret] : [],
      },
      verify: (provider, body, headers, secrets) => verifyWebhook(provider, body, headers, secrets),
      parse: parseWebhook,
      factory,
      jobs,
      audit,
    });
    closers.push(() => app.close());
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    const url = `http://${shownHost}:${port}`;

    if (first.created && first.password) {
      print("");
      print("  First administrator created. This password is shown once; store it now.");
      print(`    email:    ${first.email}`);
      print(`    password: ${first.password}`);
      print("");
    }
    let closed: Promise<void> | undefined;
    return {
      url,
      port,
      bootstrap: first.created ? { email: first.email, password: first.password } : undefined,
      close: () => {
        closed ??= closeAll();
        return closed;
      },
    };
  } catch (e) {
    await closeAll();
    throw e;
  }
}
