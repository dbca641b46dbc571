/**
 * The Dockerfile analysis that verifies each managed image: an Argo Rollouts `AnalysisTemplate` whose one
 * metric runs a Job that checks out the source at the verified commit and runs
 * `shipyard images analyze <Dockerfile> --json` (non-zero exit — an unparsable line, a bad reference —
 * fails the Job, the metric and so the Stage's verification).
 *
 * Job names: Argo names the metric's Job `<AnalysisRun UID>.<metric name>.<n>` (UID: 36 characters; n:
 * measurements plus errors so far, plus one), and the Job controller copies the Job name into a label of
 * its Pods, which holds at most 63 characters. So the metric name is short and fixed: the worst case is
 * checked by `assertJobNameFits` and by the tests.
 */
import { DomainError } from "@shipyard/core";
import type { AnalysisTemplateProps } from "./imports/argoproj.io.ts";
import type { ManagedPlan } from "./plan.ts";
import type { AnalysisOptions } from "./types.ts";

export const ANALYSIS_METRIC = "dockerfile";
/** Length of a Kubernetes UID as Argo writes it into the Job name (a UUID). */
export const ANALYSIS_RUN_UID_LENGTH = 36;
/** Digits reserved for Argo's measurement counter: up to 9999 measurements and errors. */
export const JOB_COUNTER_DIGITS = 4;
export const MAX_LABEL_VALUE = 63;
/** The argument the Stage passes: the commit being verified. */
export const REVISION_ARG = "revision";

export const DEFAULT_ANALYZER_IMAGE = "ghcr.io/shipyard/shipyard:latest";
export const DEFAULT_GIT_IMAGE = "docker.io/alpine/git:latest";
export const DEFAULT_GIT_SECRET = "git-credentials";

/** The name Argo gives the metric's Job (see the module comment). */
export const analysisJobName = (analysisRunUid: string, metric: string, counter: number) =>
  `${analysisRunUid}.${metric}.${counter}`;

/** Throws unless the longest Job name Argo can make for this metric fits in a label value. */
export function assertJobNameFits(metric: string): void {
  const worst = ANALYSIS_RUN_UID_LENGTH + 1 + metric.length + 1 + JOB_COUNTER_DIGITS;
  if (worst > MAX_LABEL_VALUE) {
    throw new DomainError(
      "invalid_input",
      `Analysis metric name "${metric}" makes Job names of up to ${worst} characters (limit 63).`,
      {
        suggestion: `Keep metric names at most ${MAX_LABEL_VALUE - ANALYSIS_RUN_UID_LENGTH - 2 - JOB_COUNTER_DIGITS} characters.`,
      },
    );
  }
}
assertJobNameFits(ANALYSIS_METRIC);

const CHECKOUT_SCRIPT = `set -eu
if [ -n "\${GIT_PASSWORD:-}" ]; then
  git config --global credential.helper '!f() { echo "username=\${GIT_USERNAME:-x-access-token}"; echo "password=\${GIT_PASSWORD}"; }; f'
fi
git init -q /workspace/src
cd /workspace/src
git remote add origin "$REPO_URL"
git fetch -q --depth 1 origin "$REVISION"
git checkout -q FETCH_HEAD
`;

export function analysisTemplateProps(
  plan: ManagedPlan,
  meta: { name: string; namespace: string; labels: Record<string, string>; annotations: Record<string, string> },
  options: AnalysisOptions,
): AnalysisTemplateProps {
  const source = plan.source;
  if (!source) throw new Error(`analysisTemplateProps: ${plan.image.name} has no source`);
  const build = plan.image.build;
  const buildArgs =
    build?.provider === "local" ? Object.entries(build.buildArgs ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  const platform = build?.provider === "local" ? build.platform : undefined;
  const args = [
    "images",
    "analyze",
    source.dockerfile,
    "--json",
    ...buildArgs.flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]),
    ...(platform ? ["--platform", platform] : []),
  ];
  const gitSecret = options.gitSecret ?? DEFAULT_GIT_SECRET;
  const secretEnv = (name: string, key: string) => ({
    name,
    valueFrom: { secretKeyRef: { name: gitSecret, key, optional: true } },
  });
  const volumeMounts = [{ name: "workspace", mountPath: "/workspace" }];
  const resources = { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } };

  return {
    metadata: meta,
    spec: {
      args: [{ name: REVISION_ARG }],
      metrics: [
        {
          name: ANALYSIS_METRIC,
          provider: {
            job: {
              metadata: { labels: meta.labels },
              spec: {
                backoffLimit: 0,
                activeDeadlineSeconds: 600,
                ttlSecondsAfterFinished: 86_400,
                template: {
                  metadata: { labels: meta.labels },
                  spec: {
                    restartPolicy: "Never",
                    ...(options.serviceAccountName ? { serviceAccountName: options.serviceAccountName } : {}),
                    volumes: [{ name: "workspace", emptyDir: {} }],
                    initContainers: [
                      {
                        name: "checkout",
                        image: options.gitImage ?? DEFAULT_GIT_IMAGE,
                        command: ["sh", "-c", CHECKOUT_SCRIPT],
                        env: [
                          { name: "REPO_URL", value: source.repoURL },
                          { name: "REVISION", value: `{{args.${REVISION_ARG}}}` },
                          secretEnv("GIT_USERNAME", "username"),
                          secretEnv("GIT_PASSWORD", "password"),
                        ],
                        volumeMounts,
                        resources,
                      },
                    ],
                    containers: [
                      {
                        name: "analyze",
                        image: options.image ?? DEFAULT_ANALYZER_IMAGE,
                        command: ["shipyard"],
                        args,
                        workingDir: "/workspace/src",
                        volumeMounts,
                        resources,
                      },
                    ],
                  },
                },
              },
            },
          },
        },
      ],
    },
  };
}
