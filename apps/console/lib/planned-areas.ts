/**
 * What each area of Shipyard that is not built yet will do, taken from the product brief.
 * The console shows this plainly instead of placeholder data.
 */
export interface PlannedArea {
  title: string;
  summary: string;
  capabilities: string[];
  /** When the engine already works through the API and CLI and only the console pages are missing. */
  usableToday?: { api: string; cli: string } | undefined;
}

export const plannedAreas = {
  images: {
    title: "Images",
    usableToday: { api: "/v1/catalog/images, /v1/catalog/graph", cli: "shipyard images …" },
    summary:
      "The image factory: one catalog of machine images (AMIs, by OS family) and container images, with the lineage of every image and the workloads built on it.",
    capabilities: [
      "Catalog of machine and container images, filterable by OS family, version and status",
      "Enrol managed images and share them with client organisations",
      "Analyse Dockerfiles into base, managed and external images with a dependency graph",
      "Watch registries for new digests and rebuild dependents in dependency order",
      "KPI dashboard: build success rate, image age, OS distribution",
    ],
  },
  builds: {
    title: "Builds",
    usableToday: { api: "/v1/builds, /v1/catalog/images/:name/rebuild", cli: "shipyard builds …, shipyard images rebuild" },
    summary:
      "Image builds and automatic rebuilds, triggered on GitHub Actions, GitLab CI or the local builder, with batching windows and an audited emergency bypass for CVEs.",
    capabilities: [
      "Trigger builds on GitHub Actions (workflow_dispatch), GitLab pipelines or a local builder",
      "Automatic rebuilds of dependents with delay and batching window",
      "Emergency CVE rebuilds that bypass the window, recorded in the audit trail",
      "Rollout planning and schedules for production, with a timeline view",
      "Live build status and logs",
    ],
  },
  vms: {
    title: "Virtual machines",
    usableToday: { api: "/v1/vms", cli: "shipyard vm …" },
    summary:
      "MicroVMs on QEMU (microvm machine type) or Firecracker: lifecycle, drives, network interfaces, snapshots, a browser terminal and live metrics.",
    capabilities: [
      "Create, start, stop, pause, resume and delete microVMs",
      "Drives, network interfaces and snapshots",
      "Serial terminal in the browser",
      "Live CPU, memory and network metrics",
      "Image lineage of every VM's root filesystem",
    ],
  },
  functions: {
    title: "Functions",
    usableToday: { api: "/v1/functions", cli: "shipyard fn …" },
    summary: "Serverless functions run as isolated processes per runtime (Node.js, Python) with time, memory and output limits.",
    capabilities: [
      "Code editor with runtime selection",
      "Invoke with a test payload and see the response",
      "Invocation logs",
      "Latency percentiles and invocation counts",
    ],
  },
  containers: {
    title: "Containers",
    usableToday: { api: "/v1/containers", cli: "shipyard ctr …" },
    summary: "Containers on Docker Engine or Podman's compatible service, deployed and watched from the console.",
    capabilities: [
      "Deploy a container from an image with ports, environment and limits",
      "Logs, shell, resource stats and engine events",
      "Start, stop, restart and remove",
      "Image lineage of every container",
    ],
  },
  registry: {
    title: "Registry",
    summary:
      "A registry of the artifacts workloads boot from: kernels, root filesystems and volumes, plus the OCI registries Shipyard watches.",
    capabilities: [
      "Upload and list kernels, root filesystems and volumes",
      "Connect OCI distribution registries, Docker Hub and GHCR",
      "See which workloads use each artifact",
    ],
  },
  templates: {
    title: "Templates",
    summary: "Reusable VM templates (kernel, root filesystem, CPU, memory, drives, network) to create machines in one step.",
    capabilities: [
      "Create templates from a kernel, root filesystem and sizing",
      "Launch VMs from a template",
      "Version templates and see which VMs came from each",
    ],
  },
  deployments: {
    title: "Deployments",
    summary:
      "Environments and the version each one runs, with deployment history, CI/CD webhooks and one-click rollback to the last good version.",
    capabilities: [
      "Environments with their current version and live status",
      "Deployment history on one timeline with builds and health",
      "Signed webhooks from GitHub, GitLab and Argo CD",
      "One-click rollback to the last good version",
      "Promotion manifests for Kargo and Argo Rollouts",
    ],
  },
  health: {
    title: "Health",
    summary: "Component health, checks, SLI/SLO targets with burn rate, and an alert feed you can acknowledge and escalate.",
    capabilities: [
      "Component health grid",
      "Health checks with history",
      "SLI/SLO targets and error-budget burn rate",
      "Alert feed with acknowledge and escalate",
      "Drill-down to metrics (Prometheus) and logs",
    ],
  },
  aiStacks: {
    title: "AI Stacks",
    summary:
      "Stand up n8n with PostgreSQL, Ollama, Qdrant and Crawl4AI in tiers (CPU dev, minimal automation, GPU), with cost estimates and provenance so only what Shipyard created is ever deleted.",
    capabilities: [
      "Create, list, inspect, validate, update and destroy stacks",
      "Tiers: CPU development, minimal automation, GPU",
      "Cloud resource discovery, spot-price analysis, cost estimates and budgets",
      "Local state with backup, restore, export and migration",
    ],
  },
} satisfies Record<string, PlannedArea>;
