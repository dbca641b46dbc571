// Generated from the CRDs in shared/conformance/kargo-crds by drivers/kargo/scripts/import-crds.sh
// (cdk8s import, then scripts/postprocess-imports.ts). Do not edit: regenerate. Source: kargo.akuity.io.ts
// biome-ignore-all lint: generated code
import { ApiObject, type ApiObjectMetadata, type GroupVersionKind } from "cdk8s";
import type { Construct } from "constructs";

/**
 * Project is a resource type that reconciles to a specially labeled namespace
and other TODO: TBD project-level resources.
 *
 * @schema Project
 */
export class Project extends ApiObject {
  /**
   * Returns the apiVersion and kind for "Project"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: "kargo.akuity.io/v1alpha1",
    kind: "Project",
  };

  /**
   * Renders a Kubernetes manifest for "Project".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: ProjectProps = {}): any {
    return {
      ...Project.GVK,
      ...toJson_ProjectProps(props),
    };
  }

  /**
   * Defines a "Project" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: ProjectProps = {}) {
    super(scope, id, {
      ...Project.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...Project.GVK,
      ...toJson_ProjectProps(resolved),
    };
  }
}

/**
 * Project is a resource type that reconciles to a specially labeled namespace
 * and other TODO: TBD project-level resources.
 *
 * @schema Project
 */
export interface ProjectProps {
  /**
   * @schema Project#metadata
   */
  readonly metadata?: ApiObjectMetadata;
}

/**
 * Converts an object of type 'ProjectProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectProps(obj: ProjectProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    metadata: obj.metadata,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ProjectConfig is a resource type that describes the configuration of a
Project.
 *
 * @schema ProjectConfig
 */
export class ProjectConfig extends ApiObject {
  /**
   * Returns the apiVersion and kind for "ProjectConfig"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: "kargo.akuity.io/v1alpha1",
    kind: "ProjectConfig",
  };

  /**
   * Renders a Kubernetes manifest for "ProjectConfig".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: ProjectConfigProps = {}): any {
    return {
      ...ProjectConfig.GVK,
      ...toJson_ProjectConfigProps(props),
    };
  }

  /**
   * Defines a "ProjectConfig" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: ProjectConfigProps = {}) {
    super(scope, id, {
      ...ProjectConfig.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...ProjectConfig.GVK,
      ...toJson_ProjectConfigProps(resolved),
    };
  }
}

/**
 * ProjectConfig is a resource type that describes the configuration of a
 * Project.
 *
 * @schema ProjectConfig
 */
export interface ProjectConfigProps {
  /**
   * @schema ProjectConfig#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * Spec describes the configuration of a Project.
   *
   * @schema ProjectConfig#spec
   */
  readonly spec?: ProjectConfigSpec;
}

/**
 * Converts an object of type 'ProjectConfigProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigProps(obj: ProjectConfigProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    metadata: obj.metadata,
    spec: toJson_ProjectConfigSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Spec describes the configuration of a Project.
 *
 * @schema ProjectConfigSpec
 */
export interface ProjectConfigSpec {
  /**
   * FreightLinks defines deep links shown when viewing Freight resources
   * within this project. These are shown in addition to any cluster-level
   * FreightLinks defined in ClusterConfig.
   *
   * @schema ProjectConfigSpec#freightLinks
   */
  readonly freightLinks?: ProjectConfigSpecFreightLinks[];

  /**
   * PromotionPolicies defines policies governing the promotion of Freight to
   * specific Stages within the Project.
   *
   * @schema ProjectConfigSpec#promotionPolicies
   */
  readonly promotionPolicies?: ProjectConfigSpecPromotionPolicies[];

  /**
   * PromotionWindows defines time windows that gate promotions for Stages in
   * this Project. A Stage's effective schedule is the union of matching windows
   * defined here and any cluster-level windows in ClusterConfig.
   *
   * Kargo Enterprise only: This field is ignored in Kargo OSS.
   *
   * @schema ProjectConfigSpec#promotionWindows
   */
  readonly promotionWindows?: ProjectConfigSpecPromotionWindows[];

  /**
   * StageLinks defines deep links shown when viewing Stage resources within
   * this project. These are shown in addition to any cluster-level
   * StageLinks defined in ClusterConfig.
   *
   * @schema ProjectConfigSpec#stageLinks
   */
  readonly stageLinks?: ProjectConfigSpecStageLinks[];

  /**
   * WebhookReceivers describes Project-specific webhook receivers used for
   * processing events from various external platforms
   *
   * @schema ProjectConfigSpec#webhookReceivers
   */
  readonly webhookReceivers?: ProjectConfigSpecWebhookReceivers[];
}

/**
 * Converts an object of type 'ProjectConfigSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpec(obj: ProjectConfigSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    freightLinks: obj.freightLinks?.map((y) => toJson_ProjectConfigSpecFreightLinks(y)),
    promotionPolicies: obj.promotionPolicies?.map((y) => toJson_ProjectConfigSpecPromotionPolicies(y)),
    promotionWindows: obj.promotionWindows?.map((y) => toJson_ProjectConfigSpecPromotionWindows(y)),
    stageLinks: obj.stageLinks?.map((y) => toJson_ProjectConfigSpecStageLinks(y)),
    webhookReceivers: obj.webhookReceivers?.map((y) => toJson_ProjectConfigSpecWebhookReceivers(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DeepLink defines a configurable external link that is rendered in the UI
 * when viewing a Freight or Stage resource. The URL is an expression evaluated
 * against the resource. The optional If field is an expression condition;
 * when set, the link is only shown when the expression evaluates to true.
 *
 * @schema ProjectConfigSpecFreightLinks
 */
export interface ProjectConfigSpecFreightLinks {
  /**
   * Description is an optional human-readable summary shown alongside the
   * link.
   *
   * @schema ProjectConfigSpecFreightLinks#description
   */
  readonly description?: string;

  /**
   * If is an optional expression condition. When set, the link is only shown
   * when the expression evaluates to true.
   *
   * @schema ProjectConfigSpecFreightLinks#if
   */
  readonly if?: string;

  /**
   * Title is the display label for the link.
   *
   * @schema ProjectConfigSpecFreightLinks#title
   */
  readonly title: string;

  /**
   * URL is an expression that resolves to the link's href.
   *
   * @schema ProjectConfigSpecFreightLinks#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecFreightLinks' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecFreightLinks(
  obj: ProjectConfigSpecFreightLinks | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    description: obj.description,
    if: obj.if,
    title: obj.title,
    url: obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PromotionPolicy defines policies governing the promotion of Freight to a
 * specific Stage.
 *
 * @schema ProjectConfigSpecPromotionPolicies
 */
export interface ProjectConfigSpecPromotionPolicies {
  /**
   * AutoPromotionEnabled indicates whether new Freight can automatically be
   * promoted into the Stage referenced by the Stage field. Note: There are may
   * be other conditions also required for an auto-promotion to occur. This
   * field defaults to false, but is commonly set to true for Stages that
   * subscribe to Warehouses instead of other, upstream Stages. This allows
   * users to define Stages that are automatically updated as soon as new
   * artifacts are detected.
   *
   * @schema ProjectConfigSpecPromotionPolicies#autoPromotionEnabled
   */
  readonly autoPromotionEnabled?: boolean;

  /**
   * AutoRollback describes the conditions under which this Stage should
   * automatically roll back to the last known-good (verified) Freight. When
   * nil, auto-rollback is disabled.
   *
   * Kargo Enterprise only: This field is ignored in Kargo OSS.
   *
   * @schema ProjectConfigSpecPromotionPolicies#autoRollback
   */
  readonly autoRollback?: ProjectConfigSpecPromotionPoliciesAutoRollback;

  /**
   * Stage is the name of the Stage to which this policy applies.
   *
   * Deprecated: Use StageSelector instead.
   *
   * @schema ProjectConfigSpecPromotionPolicies#stage
   */
  readonly stage?: string;

  /**
   * StageSelector is a selector that matches the Stage resource to which
   * this policy applies.
   *
   * @schema ProjectConfigSpecPromotionPolicies#stageSelector
   */
  readonly stageSelector?: ProjectConfigSpecPromotionPoliciesStageSelector;
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionPolicies' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionPolicies(
  obj: ProjectConfigSpecPromotionPolicies | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    autoPromotionEnabled: obj.autoPromotionEnabled,
    autoRollback: toJson_ProjectConfigSpecPromotionPoliciesAutoRollback(obj.autoRollback),
    stage: obj.stage,
    stageSelector: toJson_ProjectConfigSpecPromotionPoliciesStageSelector(obj.stageSelector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PromotionWindow describes a recurring or one-shot time window that gates
 * promotions for the Stages it matches. Windows may appear on both
 * ProjectConfig and ClusterConfig; a Stage's effective schedule is the union of
 * all matching windows from both. A schedule is open at a given time when no
 * matching Deny window is active and, if any Allow windows match the Stage, at
 * least one of them is active. Windows gate all promotions uniformly (auto,
 * manual, and rollback).
 *
 * Kargo Enterprise only: This type is ignored in Kargo OSS. The schedule is
 * evaluated and enforced only by Kargo Enterprise; OSS carries the API for
 * compatibility, as it does for other Enterprise-only fields.
 *
 * @schema ProjectConfigSpecPromotionWindows
 */
export interface ProjectConfigSpecPromotionWindows {
  /**
   * DTEnd is the window's end in the same format as DTStart. When combined with
   * RRule, DTEnd - DTStart defines the duration of each occurrence. The value
   * is parsed and validated by Kargo Enterprise.
   *
   * @schema ProjectConfigSpecPromotionWindows#dtend
   */
  readonly dtend?: string;

  /**
   * DTStart is the window's start as an iCal date-time, with an optional
   * "TZID=" prefix carrying the time zone (e.g.
   * "TZID=America/New_York:20260101T090000"). The value is parsed and validated
   * by Kargo Enterprise.
   *
   * @schema ProjectConfigSpecPromotionWindows#dtstart
   */
  readonly dtstart?: string;

  /**
   * Kind indicates whether this window allows or denies promotions while it is
   * active.
   *
   * @schema ProjectConfigSpecPromotionWindows#kind
   */
  readonly kind: ProjectConfigSpecPromotionWindowsKind;

  /**
   * Name is a symbolic name for the window, unique within its list. It is used
   * to identify the window in denial messages and events.
   *
   * @schema ProjectConfigSpecPromotionWindows#name
   */
  readonly name: string;

  /**
   * ProjectSelector selects the Projects this window applies to. It is only
   * meaningful on ClusterConfig windows; on ProjectConfig windows the Project
   * is implicit and this field is rejected. When omitted on a ClusterConfig
   * window, the window applies to all Projects. It reuses
   * PromotionPolicySelector, matching Projects by exact name, glob/regex
   * pattern, or label selector.
   *
   * @schema ProjectConfigSpecPromotionWindows#projectSelector
   */
  readonly projectSelector?: ProjectConfigSpecPromotionWindowsProjectSelector;

  /**
   * RRule is an optional RFC 5545 recurrence rule (e.g. "FREQ=DAILY") that
   * makes the window recurring. When omitted, the window is a one-shot interval
   * defined by DTStart and DTEnd. The full value is parsed and validated by
   * Kargo Enterprise.
   *
   * @schema ProjectConfigSpecPromotionWindows#rrule
   */
  readonly rrule?: string;

  /**
   * StageSelector selects the Stages this window applies to. When omitted, the
   * window applies to all Stages in scope (project-wide on ProjectConfig,
   * cluster-wide on ClusterConfig). It reuses PromotionPolicySelector, so it
   * can match by exact name, glob/regex pattern, or label selector.
   *
   * @schema ProjectConfigSpecPromotionWindows#stageSelector
   */
  readonly stageSelector?: ProjectConfigSpecPromotionWindowsStageSelector;
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionWindows' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionWindows(
  obj: ProjectConfigSpecPromotionWindows | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    dtend: obj.dtend,
    dtstart: obj.dtstart,
    kind: obj.kind,
    name: obj.name,
    projectSelector: toJson_ProjectConfigSpecPromotionWindowsProjectSelector(obj.projectSelector),
    rrule: obj.rrule,
    stageSelector: toJson_ProjectConfigSpecPromotionWindowsStageSelector(obj.stageSelector),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DeepLink defines a configurable external link that is rendered in the UI
 * when viewing a Freight or Stage resource. The URL is an expression evaluated
 * against the resource. The optional If field is an expression condition;
 * when set, the link is only shown when the expression evaluates to true.
 *
 * @schema ProjectConfigSpecStageLinks
 */
export interface ProjectConfigSpecStageLinks {
  /**
   * Description is an optional human-readable summary shown alongside the
   * link.
   *
   * @schema ProjectConfigSpecStageLinks#description
   */
  readonly description?: string;

  /**
   * If is an optional expression condition. When set, the link is only shown
   * when the expression evaluates to true.
   *
   * @schema ProjectConfigSpecStageLinks#if
   */
  readonly if?: string;

  /**
   * Title is the display label for the link.
   *
   * @schema ProjectConfigSpecStageLinks#title
   */
  readonly title: string;

  /**
   * URL is an expression that resolves to the link's href.
   *
   * @schema ProjectConfigSpecStageLinks#url
   */
  readonly url: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecStageLinks' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecStageLinks(
  obj: ProjectConfigSpecStageLinks | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    description: obj.description,
    if: obj.if,
    title: obj.title,
    url: obj.url,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WebhookReceiverConfig describes the configuration for a single webhook
 * receiver.
 *
 * @schema ProjectConfigSpecWebhookReceivers
 */
export interface ProjectConfigSpecWebhookReceivers {
  /**
   * Artifactory contains the configuration for a webhook receiver that is
   * compatible with JFrog Artifactory payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#artifactory
   */
  readonly artifactory?: ProjectConfigSpecWebhookReceiversArtifactory;

  /**
   * Azure contains the configuration for a webhook receiver that is compatible
   * with Azure Container Registry (ACR) and Azure DevOps payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#azure
   */
  readonly azure?: ProjectConfigSpecWebhookReceiversAzure;

  /**
   * Bitbucket contains the configuration for a webhook receiver that is
   * compatible with Bitbucket payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#bitbucket
   */
  readonly bitbucket?: ProjectConfigSpecWebhookReceiversBitbucket;

  /**
   * DockerHub contains the configuration for a webhook receiver that is
   * compatible with DockerHub payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#dockerhub
   */
  readonly dockerhub?: ProjectConfigSpecWebhookReceiversDockerhub;

  /**
   * Generic contains the configuration for a generic webhook receiver.
   *
   * @schema ProjectConfigSpecWebhookReceivers#generic
   */
  readonly generic?: ProjectConfigSpecWebhookReceiversGeneric;

  /**
   * Gitea contains the configuration for a webhook receiver that is compatible
   * with Gitea payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#gitea
   */
  readonly gitea?: ProjectConfigSpecWebhookReceiversGitea;

  /**
   * GitHub contains the configuration for a webhook receiver that is compatible
   * with GitHub payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#github
   */
  readonly github?: ProjectConfigSpecWebhookReceiversGithub;

  /**
   * GitLab contains the configuration for a webhook receiver that is compatible
   * with GitLab payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#gitlab
   */
  readonly gitlab?: ProjectConfigSpecWebhookReceiversGitlab;

  /**
   * Harbor contains the configuration for a webhook receiver that is compatible
   * with Harbor payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#harbor
   */
  readonly harbor?: ProjectConfigSpecWebhookReceiversHarbor;

  /**
   * Name is the name of the webhook receiver.
   *
   * @schema ProjectConfigSpecWebhookReceivers#name
   */
  readonly name: string;

  /**
   * Quay contains the configuration for a webhook receiver that is compatible
   * with Quay payloads.
   *
   * @schema ProjectConfigSpecWebhookReceivers#quay
   */
  readonly quay?: ProjectConfigSpecWebhookReceiversQuay;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceivers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceivers(
  obj: ProjectConfigSpecWebhookReceivers | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    artifactory: toJson_ProjectConfigSpecWebhookReceiversArtifactory(obj.artifactory),
    azure: toJson_ProjectConfigSpecWebhookReceiversAzure(obj.azure),
    bitbucket: toJson_ProjectConfigSpecWebhookReceiversBitbucket(obj.bitbucket),
    dockerhub: toJson_ProjectConfigSpecWebhookReceiversDockerhub(obj.dockerhub),
    generic: toJson_ProjectConfigSpecWebhookReceiversGeneric(obj.generic),
    gitea: toJson_ProjectConfigSpecWebhookReceiversGitea(obj.gitea),
    github: toJson_ProjectConfigSpecWebhookReceiversGithub(obj.github),
    gitlab: toJson_ProjectConfigSpecWebhookReceiversGitlab(obj.gitlab),
    harbor: toJson_ProjectConfigSpecWebhookReceiversHarbor(obj.harbor),
    name: obj.name,
    quay: toJson_ProjectConfigSpecWebhookReceiversQuay(obj.quay),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AutoRollback describes the conditions under which this Stage should
 * automatically roll back to the last known-good (verified) Freight. When
 * nil, auto-rollback is disabled.
 *
 * Kargo Enterprise only: This field is ignored in Kargo OSS.
 *
 * @schema ProjectConfigSpecPromotionPoliciesAutoRollback
 */
export interface ProjectConfigSpecPromotionPoliciesAutoRollback {
  /**
   * OnPromotion is the list of terminal Promotion phases that should trigger
   * an automated rollback. Only Failed and Errored are accepted. Note that
   * unsuccessful promotions (as opposed to unsuccessful verifications) may not
   * necessarily indicate a problem with the Freight, since promotions might fail
   * due to transient issues with the deployment itself (network, credential
   * expirations, etc...). Defaults to [].
   *
   * @default .
   * @schema ProjectConfigSpecPromotionPoliciesAutoRollback#onPromotion
   */
  readonly onPromotion?: string[];

  /**
   * OnVerification is the list of terminal verification phases that should
   * trigger an automated rollback. Only Failed and Error are accepted (note:
   * "Error", not "Errored" as in onPromotion). When absent or empty,
   * defaults to [Failed].
   *
   * @schema ProjectConfigSpecPromotionPoliciesAutoRollback#onVerification
   */
  readonly onVerification?: string[];
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionPoliciesAutoRollback' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionPoliciesAutoRollback(
  obj: ProjectConfigSpecPromotionPoliciesAutoRollback | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    onPromotion: obj.onPromotion?.map((y) => y),
    onVerification: obj.onVerification?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StageSelector is a selector that matches the Stage resource to which
 * this policy applies.
 *
 * @schema ProjectConfigSpecPromotionPoliciesStageSelector
 */
export interface ProjectConfigSpecPromotionPoliciesStageSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema ProjectConfigSpecPromotionPoliciesStageSelector#matchExpressions
   */
  readonly matchExpressions?: ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema ProjectConfigSpecPromotionPoliciesStageSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };

  /**
   * Name is the name of the resource to which this policy applies.
   *
   * It can be an exact name, a regex pattern (with prefix "regex:"), or a
   * glob pattern (with prefix "glob:").
   *
   * When both Name and LabelSelector are specified, the Name is ANDed with
   * the LabelSelector. I.e., the resource must match both the Name and
   * LabelSelector to be selected by this policy.
   *
   * NOTE: Using a specific exact name is the most secure option. Pattern
   * matching via regex or glob can be exploited by users with permissions to
   * match promotion policies that weren't intended to apply to their
   * resources. For example, a user could create a resource with a name
   * deliberately crafted to match the pattern, potentially bypassing intended
   * promotion controls.
   *
   * @schema ProjectConfigSpecPromotionPoliciesStageSelector#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionPoliciesStageSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionPoliciesStageSelector(
  obj: ProjectConfigSpecPromotionPoliciesStageSelector | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    matchExpressions: obj.matchExpressions?.map((y) => toJson_ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions(y)),
    matchLabels:
      obj.matchLabels === undefined
        ? undefined
        : Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Kind indicates whether this window allows or denies promotions while it is
 * active.
 *
 * @schema ProjectConfigSpecPromotionWindowsKind
 */
export const ProjectConfigSpecPromotionWindowsKind = {
  /** Allow */
  ALLOW: "Allow",
  /** Deny */
  DENY: "Deny",
} as const;
export type ProjectConfigSpecPromotionWindowsKind =
  (typeof ProjectConfigSpecPromotionWindowsKind)[keyof typeof ProjectConfigSpecPromotionWindowsKind];

/**
 * ProjectSelector selects the Projects this window applies to. It is only
 * meaningful on ClusterConfig windows; on ProjectConfig windows the Project
 * is implicit and this field is rejected. When omitted on a ClusterConfig
 * window, the window applies to all Projects. It reuses
 * PromotionPolicySelector, matching Projects by exact name, glob/regex
 * pattern, or label selector.
 *
 * @schema ProjectConfigSpecPromotionWindowsProjectSelector
 */
export interface ProjectConfigSpecPromotionWindowsProjectSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema ProjectConfigSpecPromotionWindowsProjectSelector#matchExpressions
   */
  readonly matchExpressions?: ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema ProjectConfigSpecPromotionWindowsProjectSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };

  /**
   * Name is the name of the resource to which this policy applies.
   *
   * It can be an exact name, a regex pattern (with prefix "regex:"), or a
   * glob pattern (with prefix "glob:").
   *
   * When both Name and LabelSelector are specified, the Name is ANDed with
   * the LabelSelector. I.e., the resource must match both the Name and
   * LabelSelector to be selected by this policy.
   *
   * NOTE: Using a specific exact name is the most secure option. Pattern
   * matching via regex or glob can be exploited by users with permissions to
   * match promotion policies that weren't intended to apply to their
   * resources. For example, a user could create a resource with a name
   * deliberately crafted to match the pattern, potentially bypassing intended
   * promotion controls.
   *
   * @schema ProjectConfigSpecPromotionWindowsProjectSelector#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionWindowsProjectSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionWindowsProjectSelector(
  obj: ProjectConfigSpecPromotionWindowsProjectSelector | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    matchExpressions: obj.matchExpressions?.map((y) =>
      toJson_ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions(y),
    ),
    matchLabels:
      obj.matchLabels === undefined
        ? undefined
        : Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StageSelector selects the Stages this window applies to. When omitted, the
 * window applies to all Stages in scope (project-wide on ProjectConfig,
 * cluster-wide on ClusterConfig). It reuses PromotionPolicySelector, so it
 * can match by exact name, glob/regex pattern, or label selector.
 *
 * @schema ProjectConfigSpecPromotionWindowsStageSelector
 */
export interface ProjectConfigSpecPromotionWindowsStageSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema ProjectConfigSpecPromotionWindowsStageSelector#matchExpressions
   */
  readonly matchExpressions?: ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema ProjectConfigSpecPromotionWindowsStageSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };

  /**
   * Name is the name of the resource to which this policy applies.
   *
   * It can be an exact name, a regex pattern (with prefix "regex:"), or a
   * glob pattern (with prefix "glob:").
   *
   * When both Name and LabelSelector are specified, the Name is ANDed with
   * the LabelSelector. I.e., the resource must match both the Name and
   * LabelSelector to be selected by this policy.
   *
   * NOTE: Using a specific exact name is the most secure option. Pattern
   * matching via regex or glob can be exploited by users with permissions to
   * match promotion policies that weren't intended to apply to their
   * resources. For example, a user could create a resource with a name
   * deliberately crafted to match the pattern, potentially bypassing intended
   * promotion controls.
   *
   * @schema ProjectConfigSpecPromotionWindowsStageSelector#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionWindowsStageSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionWindowsStageSelector(
  obj: ProjectConfigSpecPromotionWindowsStageSelector | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    matchExpressions: obj.matchExpressions?.map((y) => toJson_ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions(y)),
    matchLabels:
      obj.matchLabels === undefined
        ? undefined
        : Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Artifactory contains the configuration for a webhook receiver that is
 * compatible with JFrog Artifactory payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversArtifactory
 */
export interface ProjectConfigSpecWebhookReceiversArtifactory {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The Secret's data map is expected to contain a `secret-token` key whose
   * value is the shared secret used to authenticate the webhook requests sent
   * by JFrog Artifactory. For more information please refer to the JFrog
   * Artifactory documentation:
   * https://jfrog.com/help/r/jfrog-platform-administration-documentation/webhooks
   *
   * @schema ProjectConfigSpecWebhookReceiversArtifactory#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversArtifactorySecretRef;

  /**
   * VirtualRepoName is the name of an Artifactory virtual repository.
   *
   * When unspecified, the Artifactory webhook receiver depends on the value of
   * the webhook payload's `data.repo_key` field when inferring the URL of the
   * repository from which the webhook originated, which will always be an
   * Artifactory "local repository." In cases where a Warehouse subscribes to
   * such a repository indirectly via a "virtual repository," there will be a
   * discrepancy between the inferred (local) repository URL and the URL
   * actually used by the subscription, which can prevent the receiver from
   * identifying such a Warehouse as one in need of refreshing. When specified,
   * the value of the VirtualRepoName field supersedes the value of the webhook
   * payload's `data.repo_key` field to compensate for that discrepancy.
   *
   * In practice, when using virtual repositories, a separate Artifactory
   * webhook receiver should be configured for each, but one such receiver can
   * handle inbound webhooks from any number of local repositories that are
   * aggregated by that virtual repository. For example, if a virtual repository
   * `proj-virtual` aggregates container images from all of the `proj`
   * Artifactory project's local image repositories, with a single webhook
   * configured to post to a single receiver configured for the `proj-virtual`
   * virtual repository, an image pushed to
   * `example.frog.io/proj-<local-repo-name>/<path>/image`, will cause that
   * receiver to refresh all Warehouses subscribed to
   * `example.frog.io/proj-virtual/<path>/image`.
   *
   * @schema ProjectConfigSpecWebhookReceiversArtifactory#virtualRepoName
   */
  readonly virtualRepoName?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversArtifactory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversArtifactory(
  obj: ProjectConfigSpecWebhookReceiversArtifactory | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversArtifactorySecretRef(obj.secretRef),
    virtualRepoName: obj.virtualRepoName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Azure contains the configuration for a webhook receiver that is compatible
 * with Azure Container Registry (ACR) and Azure DevOps payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversAzure
 */
export interface ProjectConfigSpecWebhookReceiversAzure {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The Secret's data map is expected to contain a `secret` key whose value
   * does NOT need to be shared directly with Azure when registering a webhook.
   * It is used only by Kargo to create a complex, hard-to-guess URL,
   * which implicitly serves as a shared secret. For more information about
   * Azure webhooks, please refer to the Azure documentation:
   *
   * Azure Container Registry:
   * https://learn.microsoft.com/en-us/azure/container-registry/container-registry-repositories
   *
   * Azure DevOps:
   * http://learn.microsoft.com/en-us/azure/devops/service-hooks/services/webhooks?view=azure-devops
   *
   * @schema ProjectConfigSpecWebhookReceiversAzure#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversAzureSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversAzure' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversAzure(
  obj: ProjectConfigSpecWebhookReceiversAzure | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversAzureSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Bitbucket contains the configuration for a webhook receiver that is
 * compatible with Bitbucket payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversBitbucket
 */
export interface ProjectConfigSpecWebhookReceiversBitbucket {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The Secret's data map is expected to contain a `secret` key whose
   * value is the shared secret used to authenticate the webhook requests sent
   * by Bitbucket. For more information please refer to the Bitbucket
   * documentation:
   * https://support.atlassian.com/bitbucket-cloud/docs/manage-webhooks/
   *
   * @schema ProjectConfigSpecWebhookReceiversBitbucket#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversBitbucketSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversBitbucket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversBitbucket(
  obj: ProjectConfigSpecWebhookReceiversBitbucket | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversBitbucketSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DockerHub contains the configuration for a webhook receiver that is
 * compatible with DockerHub payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversDockerhub
 */
export interface ProjectConfigSpecWebhookReceiversDockerhub {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * The Secret's data map is expected to contain a `secret` key whose value
   * does NOT need to be shared directly with Docker Hub when registering a
   * webhook. It is used only by Kargo to create a complex, hard-to-guess URL,
   * which implicitly serves as a shared secret. For more information about
   * Docker Hub webhooks, please refer to the Docker documentation:
   * https://docs.docker.com/docker-hub/webhooks/
   *
   * @schema ProjectConfigSpecWebhookReceiversDockerhub#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversDockerhubSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversDockerhub' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversDockerhub(
  obj: ProjectConfigSpecWebhookReceiversDockerhub | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversDockerhubSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Generic contains the configuration for a generic webhook receiver.
 *
 * @schema ProjectConfigSpecWebhookReceiversGeneric
 */
export interface ProjectConfigSpecWebhookReceiversGeneric {
  /**
   * Actions is a list of actions to be performed when a webhook event is received.
   *
   * @schema ProjectConfigSpecWebhookReceiversGeneric#actions
   */
  readonly actions?: ProjectConfigSpecWebhookReceiversGenericActions[];

  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The Secret's data map is expected to contain a `secret` key whose value
   * does NOT need to be shared directly with the sender. It is used only by
   * Kargo to create a complex, hard-to-guess URL, which implicitly serves as a
   * shared secret.
   *
   * @schema ProjectConfigSpecWebhookReceiversGeneric#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversGenericSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGeneric' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGeneric(
  obj: ProjectConfigSpecWebhookReceiversGeneric | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    actions: obj.actions?.map((y) => toJson_ProjectConfigSpecWebhookReceiversGenericActions(y)),
    secretRef: toJson_ProjectConfigSpecWebhookReceiversGenericSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Gitea contains the configuration for a webhook receiver that is compatible
 * with Gitea payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversGitea
 */
export interface ProjectConfigSpecWebhookReceiversGitea {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The Secret's data map is expected to contain a `secret` key whose value is
   * the shared secret used to authenticate the webhook requests sent by Gitea.
   * For more information please refer to the Gitea documentation:
   * https://docs.gitea.io/en-us/webhooks/
   *
   * @schema ProjectConfigSpecWebhookReceiversGitea#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversGiteaSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGitea' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGitea(
  obj: ProjectConfigSpecWebhookReceiversGitea | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversGiteaSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GitHub contains the configuration for a webhook receiver that is compatible
 * with GitHub payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversGithub
 */
export interface ProjectConfigSpecWebhookReceiversGithub {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The Secret's data map is expected to contain a `secret` key whose value is
   * the shared secret used to authenticate the webhook requests sent by GitHub.
   * For more information please refer to GitHub documentation:
   * https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
   *
   * @schema ProjectConfigSpecWebhookReceiversGithub#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversGithubSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGithub' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGithub(
  obj: ProjectConfigSpecWebhookReceiversGithub | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversGithubSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GitLab contains the configuration for a webhook receiver that is compatible
 * with GitLab payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversGitlab
 */
export interface ProjectConfigSpecWebhookReceiversGitlab {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The secret is expected to contain a `secret-token` key containing the
   * shared secret specified when registering the webhook in GitLab. For more
   * information about this token, please refer to the GitLab documentation:
   * https://docs.gitlab.com/user/project/integrations/webhooks/
   *
   * @schema ProjectConfigSpecWebhookReceiversGitlab#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversGitlabSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGitlab' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGitlab(
  obj: ProjectConfigSpecWebhookReceiversGitlab | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversGitlabSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Harbor contains the configuration for a webhook receiver that is compatible
 * with Harbor payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversHarbor
 */
export interface ProjectConfigSpecWebhookReceiversHarbor {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The secret is expected to contain an `auth-header` key containing the "auth
   * header" specified when registering the webhook in Harbor. For more
   * information, please refer to the Harbor documentation:
   * https://goharbor.io/docs/main/working-with-projects/project-configuration/configure-webhooks/
   *
   * @schema ProjectConfigSpecWebhookReceiversHarbor#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversHarborSecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversHarbor' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversHarbor(
  obj: ProjectConfigSpecWebhookReceiversHarbor | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversHarborSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Quay contains the configuration for a webhook receiver that is compatible
 * with Quay payloads.
 *
 * @schema ProjectConfigSpecWebhookReceiversQuay
 */
export interface ProjectConfigSpecWebhookReceiversQuay {
  /**
   * SecretRef contains a reference to a Secret. For Project-scoped webhook
   * receivers, the referenced Secret must be in the same namespace as the
   * ProjectConfig.
   *
   * For cluster-scoped webhook receivers, the referenced Secret must be in the
   * designated "system resources" namespace.
   *
   * The Secret's data map is expected to contain a `secret` key whose value
   * does NOT need to be shared directly with Quay when registering a
   * webhook. It is used only by Kargo to create a complex, hard-to-guess URL,
   * which implicitly serves as a shared secret. For more information about
   * Quay webhooks, please refer to the Quay documentation:
   * https://docs.quay.io/guides/notifications.html
   *
   * @schema ProjectConfigSpecWebhookReceiversQuay#secretRef
   */
  readonly secretRef: ProjectConfigSpecWebhookReceiversQuaySecretRef;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversQuay' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversQuay(
  obj: ProjectConfigSpecWebhookReceiversQuay | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    secretRef: toJson_ProjectConfigSpecWebhookReceiversQuaySecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions
 */
export interface ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions(
  obj: ProjectConfigSpecPromotionPoliciesStageSelectorMatchExpressions | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    key: obj.key,
    operator: obj.operator,
    values: obj.values?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions
 */
export interface ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions(
  obj: ProjectConfigSpecPromotionWindowsProjectSelectorMatchExpressions | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    key: obj.key,
    operator: obj.operator,
    values: obj.values?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions
 */
export interface ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions(
  obj: ProjectConfigSpecPromotionWindowsStageSelectorMatchExpressions | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    key: obj.key,
    operator: obj.operator,
    values: obj.values?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The Secret's data map is expected to contain a `secret-token` key whose
 * value is the shared secret used to authenticate the webhook requests sent
 * by JFrog Artifactory. For more information please refer to the JFrog
 * Artifactory documentation:
 * https://jfrog.com/help/r/jfrog-platform-administration-documentation/webhooks
 *
 * @schema ProjectConfigSpecWebhookReceiversArtifactorySecretRef
 */
export interface ProjectConfigSpecWebhookReceiversArtifactorySecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversArtifactorySecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversArtifactorySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversArtifactorySecretRef(
  obj: ProjectConfigSpecWebhookReceiversArtifactorySecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The Secret's data map is expected to contain a `secret` key whose value
 * does NOT need to be shared directly with Azure when registering a webhook.
 * It is used only by Kargo to create a complex, hard-to-guess URL,
 * which implicitly serves as a shared secret. For more information about
 * Azure webhooks, please refer to the Azure documentation:
 *
 * Azure Container Registry:
 * https://learn.microsoft.com/en-us/azure/container-registry/container-registry-repositories
 *
 * Azure DevOps:
 * http://learn.microsoft.com/en-us/azure/devops/service-hooks/services/webhooks?view=azure-devops
 *
 * @schema ProjectConfigSpecWebhookReceiversAzureSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversAzureSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversAzureSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversAzureSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversAzureSecretRef(
  obj: ProjectConfigSpecWebhookReceiversAzureSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The Secret's data map is expected to contain a `secret` key whose
 * value is the shared secret used to authenticate the webhook requests sent
 * by Bitbucket. For more information please refer to the Bitbucket
 * documentation:
 * https://support.atlassian.com/bitbucket-cloud/docs/manage-webhooks/
 *
 * @schema ProjectConfigSpecWebhookReceiversBitbucketSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversBitbucketSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversBitbucketSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversBitbucketSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversBitbucketSecretRef(
  obj: ProjectConfigSpecWebhookReceiversBitbucketSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * The Secret's data map is expected to contain a `secret` key whose value
 * does NOT need to be shared directly with Docker Hub when registering a
 * webhook. It is used only by Kargo to create a complex, hard-to-guess URL,
 * which implicitly serves as a shared secret. For more information about
 * Docker Hub webhooks, please refer to the Docker documentation:
 * https://docs.docker.com/docker-hub/webhooks/
 *
 * @schema ProjectConfigSpecWebhookReceiversDockerhubSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversDockerhubSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversDockerhubSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversDockerhubSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversDockerhubSecretRef(
  obj: ProjectConfigSpecWebhookReceiversDockerhubSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GenericWebhookAction describes an action to be performed on a resource
 * and the conditions under which it should be performed.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActions
 */
export interface ProjectConfigSpecWebhookReceiversGenericActions {
  /**
   * ActionType indicates the type of action to be performed. `Refresh` is the
   * only currently supported action.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActions#action
   */
  readonly action: ProjectConfigSpecWebhookReceiversGenericActionsAction;

  /**
   * Parameters contains additional, action-specific parameters. Values may be
   * static or extracted from the request using expressions.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActions#parameters
   */
  readonly parameters?: { [key: string]: string };

  /**
   * TargetSelectionCriteria is a list of selection criteria for the resources on which the
   * action should be performed.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActions#targetSelectionCriteria
   */
  readonly targetSelectionCriteria?: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria[];

  /**
   * WhenExpression defines criteria that a request must meet to run this
   * action.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActions#whenExpression
   */
  readonly whenExpression?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGenericActions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGenericActions(
  obj: ProjectConfigSpecWebhookReceiversGenericActions | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    action: obj.action,
    parameters:
      obj.parameters === undefined
        ? undefined
        : Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
    targetSelectionCriteria: obj.targetSelectionCriteria?.map((y) =>
      toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria(y),
    ),
    whenExpression: obj.whenExpression,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The Secret's data map is expected to contain a `secret` key whose value
 * does NOT need to be shared directly with the sender. It is used only by
 * Kargo to create a complex, hard-to-guess URL, which implicitly serves as a
 * shared secret.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversGenericSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGenericSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGenericSecretRef(
  obj: ProjectConfigSpecWebhookReceiversGenericSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The Secret's data map is expected to contain a `secret` key whose value is
 * the shared secret used to authenticate the webhook requests sent by Gitea.
 * For more information please refer to the Gitea documentation:
 * https://docs.gitea.io/en-us/webhooks/
 *
 * @schema ProjectConfigSpecWebhookReceiversGiteaSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversGiteaSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversGiteaSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGiteaSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGiteaSecretRef(
  obj: ProjectConfigSpecWebhookReceiversGiteaSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The Secret's data map is expected to contain a `secret` key whose value is
 * the shared secret used to authenticate the webhook requests sent by GitHub.
 * For more information please refer to GitHub documentation:
 * https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
 *
 * @schema ProjectConfigSpecWebhookReceiversGithubSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversGithubSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversGithubSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGithubSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGithubSecretRef(
  obj: ProjectConfigSpecWebhookReceiversGithubSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The secret is expected to contain a `secret-token` key containing the
 * shared secret specified when registering the webhook in GitLab. For more
 * information about this token, please refer to the GitLab documentation:
 * https://docs.gitlab.com/user/project/integrations/webhooks/
 *
 * @schema ProjectConfigSpecWebhookReceiversGitlabSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversGitlabSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversGitlabSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGitlabSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGitlabSecretRef(
  obj: ProjectConfigSpecWebhookReceiversGitlabSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The secret is expected to contain an `auth-header` key containing the "auth
 * header" specified when registering the webhook in Harbor. For more
 * information, please refer to the Harbor documentation:
 * https://goharbor.io/docs/main/working-with-projects/project-configuration/configure-webhooks/
 *
 * @schema ProjectConfigSpecWebhookReceiversHarborSecretRef
 */
export interface ProjectConfigSpecWebhookReceiversHarborSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversHarborSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversHarborSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversHarborSecretRef(
  obj: ProjectConfigSpecWebhookReceiversHarborSecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecretRef contains a reference to a Secret. For Project-scoped webhook
 * receivers, the referenced Secret must be in the same namespace as the
 * ProjectConfig.
 *
 * For cluster-scoped webhook receivers, the referenced Secret must be in the
 * designated "system resources" namespace.
 *
 * The Secret's data map is expected to contain a `secret` key whose value
 * does NOT need to be shared directly with Quay when registering a
 * webhook. It is used only by Kargo to create a complex, hard-to-guess URL,
 * which implicitly serves as a shared secret. For more information about
 * Quay webhooks, please refer to the Quay documentation:
 * https://docs.quay.io/guides/notifications.html
 *
 * @schema ProjectConfigSpecWebhookReceiversQuaySecretRef
 */
export interface ProjectConfigSpecWebhookReceiversQuaySecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema ProjectConfigSpecWebhookReceiversQuaySecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversQuaySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversQuaySecretRef(
  obj: ProjectConfigSpecWebhookReceiversQuaySecretRef | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ActionType indicates the type of action to be performed. `Refresh` is the
 * only currently supported action.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsAction
 */
export const ProjectConfigSpecWebhookReceiversGenericActionsAction = {
  /** Refresh */
  REFRESH: "Refresh",
} as const;
export type ProjectConfigSpecWebhookReceiversGenericActionsAction =
  (typeof ProjectConfigSpecWebhookReceiversGenericActionsAction)[keyof typeof ProjectConfigSpecWebhookReceiversGenericActionsAction];

/**
 * GenericWebhookTargetSelectionCriteria describes selection criteria for resources to which some
 * action is to be applied. Name, LabelSelector, and IndexSelector are all optional
 * however, at least one must be specified. When multiple criteria are specified, the
 * results are the combined (logical AND) of the criteria.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria
 */
export interface ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria {
  /**
   * IndexSelector is a selector used to identify cached target resources by cache key.
   * If used with LabelSelector and/or Name, the results are the combined (logical AND) of all the criteria.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria#indexSelector
   */
  readonly indexSelector?: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector;

  /**
   * Kind is the kind of the target resource.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria#kind
   */
  readonly kind: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaKind;

  /**
   * LabelSelector is a label selector to identify the target resources.
   * If used with IndexSelector and/or Name, the results are the combined (logical AND) of all the criteria.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria#labelSelector
   */
  readonly labelSelector?: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector;

  /**
   * Name is the name of the target resource. If LabelSelector and/or IndexSelectors
   * are also specified, the results are the combined (logical AND) of the criteria.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria(
  obj: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteria | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    indexSelector: toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector(obj.indexSelector),
    kind: obj.kind,
    labelSelector: toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector(obj.labelSelector),
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * IndexSelector is a selector used to identify cached target resources by cache key.
 * If used with LabelSelector and/or Name, the results are the combined (logical AND) of all the criteria.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector
 */
export interface ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector {
  /**
   * MatchIndices is a list of index selector requirements.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector#matchIndices
   */
  readonly matchIndices?: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices[];
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector(
  obj: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelector | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    matchIndices: obj.matchIndices?.map((y) =>
      toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices(y),
    ),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Kind is the kind of the target resource.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaKind
 */
export const ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaKind = {
  /** Warehouse */
  WAREHOUSE: "Warehouse",
} as const;
export type ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaKind =
  (typeof ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaKind)[keyof typeof ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaKind];

/**
 * LabelSelector is a label selector to identify the target resources.
 * If used with IndexSelector and/or Name, the results are the combined (logical AND) of all the criteria.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector
 */
export interface ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector#matchExpressions
   */
  readonly matchExpressions?: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector(
  obj: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelector | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    matchExpressions: obj.matchExpressions?.map((y) =>
      toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions(y),
    ),
    matchLabels:
      obj.matchLabels === undefined
        ? undefined
        : Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * IndexSelectorRequirement encapsulates a requirement used to select indexes
 * based on specific criteria.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices
 */
export interface ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices {
  /**
   * Key is the key of the index.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices#key
   */
  readonly key: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndicesKey;

  /**
   * Operator indicates the operation that should be used to evaluate
   * whether the selection requirement is satisfied.
   *
   * kubebuilder:validation:Enum=Equal;NotEqual;
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices#operator
   */
  readonly operator: string;

  /**
   * Value can be a static string or an expression that will be evaluated.
   *
   * kubebuilder:validation:Required
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices(
  obj: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndices | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    key: obj.key,
    operator: obj.operator,
    value: obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions
 */
export interface ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions(
  obj: ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaLabelSelectorMatchExpressions | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    key: obj.key,
    operator: obj.operator,
    values: obj.values?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Key is the key of the index.
 *
 * @schema ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndicesKey
 */
export const ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndicesKey = {
  /** subscribedURLs */
  SUBSCRIBED_UR_LS: "subscribedURLs",
  /** receiverPaths */
  RECEIVER_PATHS: "receiverPaths",
} as const;
export type ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndicesKey =
  (typeof ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndicesKey)[keyof typeof ProjectConfigSpecWebhookReceiversGenericActionsTargetSelectionCriteriaIndexSelectorMatchIndicesKey];

/**
 * Stage is the Kargo API's main type.
 *
 * @schema Stage
 */
export class Stage extends ApiObject {
  /**
   * Returns the apiVersion and kind for "Stage"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: "kargo.akuity.io/v1alpha1",
    kind: "Stage",
  };

  /**
   * Renders a Kubernetes manifest for "Stage".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: StageProps): any {
    return {
      ...Stage.GVK,
      ...toJson_StageProps(props),
    };
  }

  /**
   * Defines a "Stage" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: StageProps) {
    super(scope, id, {
      ...Stage.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...Stage.GVK,
      ...toJson_StageProps(resolved),
    };
  }
}

/**
 * Stage is the Kargo API's main type.
 *
 * @schema Stage
 */
export interface StageProps {
  /**
   * @schema Stage#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * Spec describes sources of Freight used by the Stage and how to incorporate
   * Freight into the Stage.
   *
   * @schema Stage#spec
   */
  readonly spec: StageSpec;
}

/**
 * Converts an object of type 'StageProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageProps(obj: StageProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    metadata: obj.metadata,
    spec: toJson_StageSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Spec describes sources of Freight used by the Stage and how to incorporate
 * Freight into the Stage.
 *
 * @schema StageSpec
 */
export interface StageSpec {
  /**
   * PromotionTemplate describes how to incorporate Freight into the Stage
   * using a Promotion.
   *
   * @schema StageSpec#promotionTemplate
   */
  readonly promotionTemplate?: StageSpecPromotionTemplate;

  /**
   * RequestedFreight expresses the Stage's need for certain pieces of Freight,
   * each having originated from a particular Warehouse. This list must be
   * non-empty. In the common case, a Stage will request Freight having
   * originated from just one specific Warehouse. In advanced cases, requesting
   * Freight from multiple Warehouses provides a method of advancing new
   * artifacts of different types through parallel pipelines at different
   * speeds. This can be useful, for instance, if a Stage is home to multiple
   * microservices that are independently versioned.
   *
   * @schema StageSpec#requestedFreight
   */
  readonly requestedFreight: StageSpecRequestedFreight[];

  /**
   * Shard is the name of the shard that this Stage belongs to. This is an
   * optional field. If not specified, the Stage will belong to the default
   * shard. A defaulting webhook will sync the value of the
   * kargo.akuity.io/shard label with the value of this field. When this field
   * is empty, the webhook will ensure that label is absent.
   *
   * @schema StageSpec#shard
   */
  readonly shard?: string;

  /**
   * Targets describes the Targets that this Stage governs and promotes Freight
   * to. Its presence is what makes a Stage target-aware.
   *
   * When this field is nil (the default), the Stage operates in classic mode:
   * it governs a single implicit "stage-self" Target that the controller
   * creates and maintains on the Stage's behalf. This preserves the behavior
   * of Stages authored before Targets existed.
   *
   * @schema StageSpec#targets
   */
  readonly targets?: StageSpecTargets;

  /**
   * Vars is a list of variables that can be referenced anywhere in the
   * StageSpec that supports expressions. For example, the PromotionTemplate
   * and arguments of the Verification.
   *
   * @schema StageSpec#vars
   */
  readonly vars?: StageSpecVars[];

  /**
   * Verification describes how to verify a Stage's current Freight is fit for
   * promotion downstream.
   *
   * @schema StageSpec#verification
   */
  readonly verification?: StageSpecVerification;
}

/**
 * Converts an object of type 'StageSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpec(obj: StageSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    promotionTemplate: toJson_StageSpecPromotionTemplate(obj.promotionTemplate),
    requestedFreight: obj.requestedFreight?.map((y) => toJson_StageSpecRequestedFreight(y)),
    shard: obj.shard,
    targets: toJson_StageSpecTargets(obj.targets),
    vars: obj.vars?.map((y) => toJson_StageSpecVars(y)),
    verification: toJson_StageSpecVerification(obj.verification),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PromotionTemplate describes how to incorporate Freight into the Stage
 * using a Promotion.
 *
 * @schema StageSpecPromotionTemplate
 */
export interface StageSpecPromotionTemplate {
  /**
   * PromotionTemplateSpec describes the (partial) specification of a Promotion
   * for a Stage. This is a template that can be used to create a Promotion for a
   * Stage.
   *
   * @schema StageSpecPromotionTemplate#spec
   */
  readonly spec: StageSpecPromotionTemplateSpec;
}

/**
 * Converts an object of type 'StageSpecPromotionTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecPromotionTemplate(obj: StageSpecPromotionTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    spec: toJson_StageSpecPromotionTemplateSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FreightRequest expresses a Stage's need for Freight having originated from a
 * particular Warehouse.
 *
 * @schema StageSpecRequestedFreight
 */
export interface StageSpecRequestedFreight {
  /**
   * Origin specifies from where the requested Freight must have originated.
   * This is a required field.
   *
   * @schema StageSpecRequestedFreight#origin
   */
  readonly origin: StageSpecRequestedFreightOrigin;

  /**
   * Sources describes where the requested Freight may be obtained from. This is
   * a required field.
   *
   * @schema StageSpecRequestedFreight#sources
   */
  readonly sources: StageSpecRequestedFreightSources;
}

/**
 * Converts an object of type 'StageSpecRequestedFreight' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecRequestedFreight(obj: StageSpecRequestedFreight | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    origin: toJson_StageSpecRequestedFreightOrigin(obj.origin),
    sources: toJson_StageSpecRequestedFreightSources(obj.sources),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Targets describes the Targets that this Stage governs and promotes Freight
 * to. Its presence is what makes a Stage target-aware.
 *
 * When this field is nil (the default), the Stage operates in classic mode:
 * it governs a single implicit "stage-self" Target that the controller
 * creates and maintains on the Stage's behalf. This preserves the behavior
 * of Stages authored before Targets existed.
 *
 * @schema StageSpecTargets
 */
export interface StageSpecTargets {
  /**
   * Selectors select the Targets that the Stage governs, matching Targets by
   * their labels within the Stage's own Project. A Target is selected when it
   * matches any selector in the list, so several selectors describe a union.
   * A Target matching more than one of them is still governed once.
   *
   * An empty selector selects every Target in the Project. An empty list
   * selects none: the Stage still governs Targets, it just governs none at the
   * moment.
   *
   * @schema StageSpecTargets#selectors
   */
  readonly selectors: StageSpecTargetsSelectors[];
}

/**
 * Converts an object of type 'StageSpecTargets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecTargets(obj: StageSpecTargets | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    selectors: obj.selectors?.map((y) => toJson_StageSpecTargetsSelectors(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ExpressionVariable describes a single variable that may be referenced by
 * expressions in the context of a ClusterPromotionTask, PromotionTask,
 * Promotion, AnalysisRun arguments, or other objects that support expressions.
 *
 * It is used to pass information to the expression evaluation engine, and to
 * allow for dynamic evaluation of expressions based on the variable values.
 *
 * @schema StageSpecVars
 */
export interface StageSpecVars {
  /**
   * Name is the name of the variable.
   *
   * @schema StageSpecVars#name
   */
  readonly name: string;

  /**
   * Value is the value of the variable. It is allowed to utilize expressions
   * in the value.
   * See https://docs.kargo.io/user-guide/reference-docs/expressions for details.
   *
   * @schema StageSpecVars#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'StageSpecVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecVars(obj: StageSpecVars | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
    value: obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Verification describes how to verify a Stage's current Freight is fit for
 * promotion downstream.
 *
 * @schema StageSpecVerification
 */
export interface StageSpecVerification {
  /**
   * AnalysisRunMetadata contains optional metadata that should be applied to
   * all AnalysisRuns.
   *
   * @schema StageSpecVerification#analysisRunMetadata
   */
  readonly analysisRunMetadata?: StageSpecVerificationAnalysisRunMetadata;

  /**
   * AnalysisTemplates is a list of AnalysisTemplates from which AnalysisRuns
   * should be created to verify a Stage's current Freight is fit to be promoted
   * downstream.
   *
   * @schema StageSpecVerification#analysisTemplates
   */
  readonly analysisTemplates?: StageSpecVerificationAnalysisTemplates[];

  /**
   * Args lists arguments that should be added to all AnalysisRuns.
   *
   * @schema StageSpecVerification#args
   */
  readonly args?: StageSpecVerificationArgs[];
}

/**
 * Converts an object of type 'StageSpecVerification' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecVerification(obj: StageSpecVerification | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    analysisRunMetadata: toJson_StageSpecVerificationAnalysisRunMetadata(obj.analysisRunMetadata),
    analysisTemplates: obj.analysisTemplates?.map((y) => toJson_StageSpecVerificationAnalysisTemplates(y)),
    args: obj.args?.map((y) => toJson_StageSpecVerificationArgs(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PromotionTemplateSpec describes the (partial) specification of a Promotion
 * for a Stage. This is a template that can be used to create a Promotion for a
 * Stage.
 *
 * @schema StageSpecPromotionTemplateSpec
 */
export interface StageSpecPromotionTemplateSpec {
  /**
   * Steps specifies the directives to be executed as part of a Promotion.
   * The order in which the directives are executed is the order in which they
   * are listed in this field.
   *
   * @schema StageSpecPromotionTemplateSpec#steps
   */
  readonly steps?: StageSpecPromotionTemplateSpecSteps[];

  /**
   * Vars is a list of variables that can be referenced by expressions in
   * promotion steps.
   *
   * @schema StageSpecPromotionTemplateSpec#vars
   */
  readonly vars?: StageSpecPromotionTemplateSpecVars[];
}

/**
 * Converts an object of type 'StageSpecPromotionTemplateSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecPromotionTemplateSpec(
  obj: StageSpecPromotionTemplateSpec | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    steps: obj.steps?.map((y) => toJson_StageSpecPromotionTemplateSpecSteps(y)),
    vars: obj.vars?.map((y) => toJson_StageSpecPromotionTemplateSpecVars(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Origin specifies from where the requested Freight must have originated.
 * This is a required field.
 *
 * @schema StageSpecRequestedFreightOrigin
 */
export interface StageSpecRequestedFreightOrigin {
  /**
   * Kind is the kind of resource from which Freight may have originated. At
   * present, this can only be "Warehouse".
   *
   * @schema StageSpecRequestedFreightOrigin#kind
   */
  readonly kind: StageSpecRequestedFreightOriginKind;

  /**
   * Name is the name of the resource of the kind indicated by the Kind field
   * from which Freight may originate.
   *
   * @schema StageSpecRequestedFreightOrigin#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'StageSpecRequestedFreightOrigin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecRequestedFreightOrigin(
  obj: StageSpecRequestedFreightOrigin | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    kind: obj.kind,
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Sources describes where the requested Freight may be obtained from. This is
 * a required field.
 *
 * @schema StageSpecRequestedFreightSources
 */
export interface StageSpecRequestedFreightSources {
  /**
   * AutoPromotionOptions specifies options pertaining to auto-promotion. These
   * settings have no effect if auto-promotion is not enabled for this Stage at
   * the ProjectConfig level.
   *
   * @schema StageSpecRequestedFreightSources#autoPromotionOptions
   */
  readonly autoPromotionOptions?: StageSpecRequestedFreightSourcesAutoPromotionOptions;

  /**
   * AvailabilityStrategy specifies the semantics for how requested Freight is
   * made available to the Stage. This field is optional. When left unspecified,
   * the field is implicitly treated as if its value were "OneOf".
   *
   * Accepted Values:
   *
   * - "All": Freight must be verified and, if applicable, soaked in all
   * upstream Stages to be considered available for promotion.
   * - "OneOf": Freight must be verified and, if applicable, soaked in at least
   * one upstream Stage to be considered available for promotion.
   * - "": Treated the same as "OneOf".
   *
   * @schema StageSpecRequestedFreightSources#availabilityStrategy
   */
  readonly availabilityStrategy?: StageSpecRequestedFreightSourcesAvailabilityStrategy;

  /**
   * Direct indicates the requested Freight may be obtained directly from the
   * Warehouse from which it originated. If this field's value is false, then
   * the value of the Stages field must be non-empty. i.e. Between the two
   * fields, at least one source must be specified.
   *
   * @schema StageSpecRequestedFreightSources#direct
   */
  readonly direct?: boolean;

  /**
   * RequiredSoakTime specifies a minimum duration for which the requested
   * Freight must have continuously occupied ("soaked in") in an upstream Stage
   * before becoming available for promotion to this Stage. This is an optional
   * field. If nil or zero, no soak time is required. Any soak time requirement
   * is in ADDITION to the requirement that Freight be verified in an upstream
   * Stage to become available for promotion to this Stage, although a manual
   * approval for promotion to this Stage will supersede any soak time
   * requirement.
   *
   * @schema StageSpecRequestedFreightSources#requiredSoakTime
   */
  readonly requiredSoakTime?: string;

  /**
   * Stages identifies other "upstream" Stages as potential sources of the
   * requested Freight. If this field's value is empty, then the value of the
   * Direct field must be true. i.e. Between the two fields, at least on source
   * must be specified.
   *
   * @schema StageSpecRequestedFreightSources#stages
   */
  readonly stages?: string[];
}

/**
 * Converts an object of type 'StageSpecRequestedFreightSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecRequestedFreightSources(
  obj: StageSpecRequestedFreightSources | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    autoPromotionOptions: toJson_StageSpecRequestedFreightSourcesAutoPromotionOptions(obj.autoPromotionOptions),
    availabilityStrategy: obj.availabilityStrategy,
    direct: obj.direct,
    requiredSoakTime: obj.requiredSoakTime,
    stages: obj.stages?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema StageSpecTargetsSelectors
 */
export interface StageSpecTargetsSelectors {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema StageSpecTargetsSelectors#matchExpressions
   */
  readonly matchExpressions?: StageSpecTargetsSelectorsMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema StageSpecTargetsSelectors#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'StageSpecTargetsSelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecTargetsSelectors(obj: StageSpecTargetsSelectors | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    matchExpressions: obj.matchExpressions?.map((y) => toJson_StageSpecTargetsSelectorsMatchExpressions(y)),
    matchLabels:
      obj.matchLabels === undefined
        ? undefined
        : Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AnalysisRunMetadata contains optional metadata that should be applied to
 * all AnalysisRuns.
 *
 * @schema StageSpecVerificationAnalysisRunMetadata
 */
export interface StageSpecVerificationAnalysisRunMetadata {
  /**
   * Additional annotations to apply to an AnalysisRun.
   *
   * @schema StageSpecVerificationAnalysisRunMetadata#annotations
   */
  readonly annotations?: { [key: string]: string };

  /**
   * Additional labels to apply to an AnalysisRun.
   *
   * @schema StageSpecVerificationAnalysisRunMetadata#labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * Converts an object of type 'StageSpecVerificationAnalysisRunMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecVerificationAnalysisRunMetadata(
  obj: StageSpecVerificationAnalysisRunMetadata | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    annotations:
      obj.annotations === undefined
        ? undefined
        : Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
    labels:
      obj.labels === undefined
        ? undefined
        : Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {}),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AnalysisTemplateReference is a reference to an AnalysisTemplate.
 *
 * @schema StageSpecVerificationAnalysisTemplates
 */
export interface StageSpecVerificationAnalysisTemplates {
  /**
   * Kind is the type of the AnalysisTemplate. Can be either AnalysisTemplate or
   * ClusterAnalysisTemplate, default is AnalysisTemplate.
   *
   * @schema StageSpecVerificationAnalysisTemplates#kind
   */
  readonly kind?: StageSpecVerificationAnalysisTemplatesKind;

  /**
   * Name is the name of the AnalysisTemplate in the same project/namespace as
   * the Stage.
   *
   * @schema StageSpecVerificationAnalysisTemplates#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'StageSpecVerificationAnalysisTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecVerificationAnalysisTemplates(
  obj: StageSpecVerificationAnalysisTemplates | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    kind: obj.kind,
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AnalysisRunArgument represents an argument to be added to an AnalysisRun.
 *
 * @schema StageSpecVerificationArgs
 */
export interface StageSpecVerificationArgs {
  /**
   * Name is the name of the argument.
   *
   * @schema StageSpecVerificationArgs#name
   */
  readonly name: string;

  /**
   * Value is the value of the argument.
   *
   * @schema StageSpecVerificationArgs#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'StageSpecVerificationArgs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecVerificationArgs(obj: StageSpecVerificationArgs | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
    value: obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PromotionStep describes a directive to be executed as part of a Promotion.
 *
 * @schema StageSpecPromotionTemplateSpecSteps
 */
export interface StageSpecPromotionTemplateSpecSteps {
  /**
   * As is the alias this step can be referred to as.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#as
   */
  readonly as?: string;

  /**
   * Config is opaque configuration for the PromotionStep that is understood
   * only by each PromotionStep's implementation. It is legal to utilize
   * expressions in defining values at any level of this block.
   * See https://docs.kargo.io/user-guide/reference-docs/expressions for details.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#config
   */
  readonly config?: any;

  /**
   * ContinueOnError is a boolean value that, if set to true, will cause the
   * Promotion to continue executing the next step even if this step fails. It
   * also will not permit this failure to impact the overall status of the
   * Promotion.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#continueOnError
   */
  readonly continueOnError?: boolean;

  /**
   * If is an optional expression that, if present, must evaluate to a boolean
   * value. If the expression evaluates to false, the step will be skipped.
   * If the expression does not evaluate to a boolean value, the step will be
   * considered to have failed.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#if
   */
  readonly if?: string;

  /**
   * Retry is the retry policy for this step.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#retry
   */
  readonly retry?: StageSpecPromotionTemplateSpecStepsRetry;

  /**
   * Task is a reference to a PromotionTask that should be inflated into a
   * Promotion when it is built from a PromotionTemplate.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#task
   */
  readonly task?: StageSpecPromotionTemplateSpecStepsTask;

  /**
   * Uses identifies a runner that can execute this step.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#uses
   */
  readonly uses?: string;

  /**
   * Vars is a list of variables that can be referenced by expressions in
   * the step's Config. The values override the values specified in the
   * PromotionSpec.
   *
   * @schema StageSpecPromotionTemplateSpecSteps#vars
   */
  readonly vars?: StageSpecPromotionTemplateSpecStepsVars[];
}

/**
 * Converts an object of type 'StageSpecPromotionTemplateSpecSteps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecPromotionTemplateSpecSteps(
  obj: StageSpecPromotionTemplateSpecSteps | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    as: obj.as,
    config: obj.config,
    continueOnError: obj.continueOnError,
    if: obj.if,
    retry: toJson_StageSpecPromotionTemplateSpecStepsRetry(obj.retry),
    task: toJson_StageSpecPromotionTemplateSpecStepsTask(obj.task),
    uses: obj.uses,
    vars: obj.vars?.map((y) => toJson_StageSpecPromotionTemplateSpecStepsVars(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ExpressionVariable describes a single variable that may be referenced by
 * expressions in the context of a ClusterPromotionTask, PromotionTask,
 * Promotion, AnalysisRun arguments, or other objects that support expressions.
 *
 * It is used to pass information to the expression evaluation engine, and to
 * allow for dynamic evaluation of expressions based on the variable values.
 *
 * @schema StageSpecPromotionTemplateSpecVars
 */
export interface StageSpecPromotionTemplateSpecVars {
  /**
   * Name is the name of the variable.
   *
   * @schema StageSpecPromotionTemplateSpecVars#name
   */
  readonly name: string;

  /**
   * Value is the value of the variable. It is allowed to utilize expressions
   * in the value.
   * See https://docs.kargo.io/user-guide/reference-docs/expressions for details.
   *
   * @schema StageSpecPromotionTemplateSpecVars#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'StageSpecPromotionTemplateSpecVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecPromotionTemplateSpecVars(
  obj: StageSpecPromotionTemplateSpecVars | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
    value: obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Kind is the kind of resource from which Freight may have originated. At
 * present, this can only be "Warehouse".
 *
 * @schema StageSpecRequestedFreightOriginKind
 */
export const StageSpecRequestedFreightOriginKind = {
  /** Warehouse */
  WAREHOUSE: "Warehouse",
} as const;
export type StageSpecRequestedFreightOriginKind =
  (typeof StageSpecRequestedFreightOriginKind)[keyof typeof StageSpecRequestedFreightOriginKind];

/**
 * AutoPromotionOptions specifies options pertaining to auto-promotion. These
 * settings have no effect if auto-promotion is not enabled for this Stage at
 * the ProjectConfig level.
 *
 * @schema StageSpecRequestedFreightSourcesAutoPromotionOptions
 */
export interface StageSpecRequestedFreightSourcesAutoPromotionOptions {
  /**
   * SelectionPolicy specifies the rules for identifying new Freight that is
   * eligible for auto-promotion to this Stage. This field is optional. When
   * left unspecified, the field is implicitly treated as if its value were
   * "NewestFreight".
   *
   * Accepted Values:
   *
   * - "NewestFreight": The newest Freight that is available to the Stage is
   * eligible for auto-promotion.
   *
   * - "MatchUpstream": Only the Freight currently used immediately upstream
   * from this Stage is eligible for auto-promotion. This policy may only
   * be applied when the Stage has exactly one upstream Stage.
   *
   * @schema StageSpecRequestedFreightSourcesAutoPromotionOptions#selectionPolicy
   */
  readonly selectionPolicy?: StageSpecRequestedFreightSourcesAutoPromotionOptionsSelectionPolicy;
}

/**
 * Converts an object of type 'StageSpecRequestedFreightSourcesAutoPromotionOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecRequestedFreightSourcesAutoPromotionOptions(
  obj: StageSpecRequestedFreightSourcesAutoPromotionOptions | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    selectionPolicy: obj.selectionPolicy,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * AvailabilityStrategy specifies the semantics for how requested Freight is
 * made available to the Stage. This field is optional. When left unspecified,
 * the field is implicitly treated as if its value were "OneOf".
 *
 * Accepted Values:
 *
 * - "All": Freight must be verified and, if applicable, soaked in all
 * upstream Stages to be considered available for promotion.
 * - "OneOf": Freight must be verified and, if applicable, soaked in at least
 * one upstream Stage to be considered available for promotion.
 * - "": Treated the same as "OneOf".
 *
 * @schema StageSpecRequestedFreightSourcesAvailabilityStrategy
 */
export const StageSpecRequestedFreightSourcesAvailabilityStrategy = {
  /** All */
  ALL: "All",
  /** OneOf */
  ONE_OF: "OneOf",
} as const;
export type StageSpecRequestedFreightSourcesAvailabilityStrategy =
  (typeof StageSpecRequestedFreightSourcesAvailabilityStrategy)[keyof typeof StageSpecRequestedFreightSourcesAvailabilityStrategy];

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema StageSpecTargetsSelectorsMatchExpressions
 */
export interface StageSpecTargetsSelectorsMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema StageSpecTargetsSelectorsMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema StageSpecTargetsSelectorsMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema StageSpecTargetsSelectorsMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'StageSpecTargetsSelectorsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecTargetsSelectorsMatchExpressions(
  obj: StageSpecTargetsSelectorsMatchExpressions | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    key: obj.key,
    operator: obj.operator,
    values: obj.values?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Kind is the type of the AnalysisTemplate. Can be either AnalysisTemplate or
 * ClusterAnalysisTemplate, default is AnalysisTemplate.
 *
 * @schema StageSpecVerificationAnalysisTemplatesKind
 */
export const StageSpecVerificationAnalysisTemplatesKind = {
  /** AnalysisTemplate */
  ANALYSIS_TEMPLATE: "AnalysisTemplate",
  /** ClusterAnalysisTemplate */
  CLUSTER_ANALYSIS_TEMPLATE: "ClusterAnalysisTemplate",
} as const;
export type StageSpecVerificationAnalysisTemplatesKind =
  (typeof StageSpecVerificationAnalysisTemplatesKind)[keyof typeof StageSpecVerificationAnalysisTemplatesKind];

/**
 * Retry is the retry policy for this step.
 *
 * @schema StageSpecPromotionTemplateSpecStepsRetry
 */
export interface StageSpecPromotionTemplateSpecStepsRetry {
  /**
   * ErrorThreshold is the number of consecutive times the step must fail (for
   * any reason) before retries are abandoned and the entire Promotion is marked
   * as failed.
   *
   * If this field is set to 0, the effective default will be a step-specific
   * one. If no step-specific default exists (i.e. is also 0), the effective
   * default will be the system-wide default of 1.
   *
   * A value of 1 will cause the Promotion to be marked as failed after just
   * a single failure; i.e. no retries will be attempted.
   *
   * There is no option to specify an infinite number of retries using a value
   * such as -1.
   *
   * In a future release, Kargo is likely to become capable of distinguishing
   * between recoverable and non-recoverable step failures. At that time, it is
   * planned that unrecoverable failures will not be subject to this threshold
   * and will immediately cause the Promotion to be marked as failed without
   * further condition.
   *
   * @schema StageSpecPromotionTemplateSpecStepsRetry#errorThreshold
   */
  readonly errorThreshold?: number;

  /**
   * Timeout is the soft maximum interval in which a step that returns a Running
   * status (which typically indicates it's waiting for something to happen)
   * may be retried.
   *
   * The maximum is a soft one because the check for whether the interval has
   * elapsed occurs AFTER the step has run. This effectively means a step may
   * run ONCE beyond the close of the interval.
   *
   * If this field is set to nil, the effective default will be a step-specific
   * one. If no step-specific default exists (i.e. is also nil), the effective
   * default will be the system-wide default of 0.
   *
   * A value of 0 will cause the step to be retried indefinitely unless the
   * ErrorThreshold is reached.
   *
   * @schema StageSpecPromotionTemplateSpecStepsRetry#timeout
   */
  readonly timeout?: string;
}

/**
 * Converts an object of type 'StageSpecPromotionTemplateSpecStepsRetry' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecPromotionTemplateSpecStepsRetry(
  obj: StageSpecPromotionTemplateSpecStepsRetry | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    errorThreshold: obj.errorThreshold,
    timeout: obj.timeout,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Task is a reference to a PromotionTask that should be inflated into a
 * Promotion when it is built from a PromotionTemplate.
 *
 * @schema StageSpecPromotionTemplateSpecStepsTask
 */
export interface StageSpecPromotionTemplateSpecStepsTask {
  /**
   * Kind is the type of the PromotionTask. Can be either PromotionTask or
   * ClusterPromotionTask, default is PromotionTask.
   *
   * @schema StageSpecPromotionTemplateSpecStepsTask#kind
   */
  readonly kind?: StageSpecPromotionTemplateSpecStepsTaskKind;

  /**
   * Name is the name of the (Cluster)PromotionTask.
   *
   * @schema StageSpecPromotionTemplateSpecStepsTask#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'StageSpecPromotionTemplateSpecStepsTask' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecPromotionTemplateSpecStepsTask(
  obj: StageSpecPromotionTemplateSpecStepsTask | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    kind: obj.kind,
    name: obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ExpressionVariable describes a single variable that may be referenced by
 * expressions in the context of a ClusterPromotionTask, PromotionTask,
 * Promotion, AnalysisRun arguments, or other objects that support expressions.
 *
 * It is used to pass information to the expression evaluation engine, and to
 * allow for dynamic evaluation of expressions based on the variable values.
 *
 * @schema StageSpecPromotionTemplateSpecStepsVars
 */
export interface StageSpecPromotionTemplateSpecStepsVars {
  /**
   * Name is the name of the variable.
   *
   * @schema StageSpecPromotionTemplateSpecStepsVars#name
   */
  readonly name: string;

  /**
   * Value is the value of the variable. It is allowed to utilize expressions
   * in the value.
   * See https://docs.kargo.io/user-guide/reference-docs/expressions for details.
   *
   * @schema StageSpecPromotionTemplateSpecStepsVars#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'StageSpecPromotionTemplateSpecStepsVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StageSpecPromotionTemplateSpecStepsVars(
  obj: StageSpecPromotionTemplateSpecStepsVars | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    name: obj.name,
    value: obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SelectionPolicy specifies the rules for identifying new Freight that is
 * eligible for auto-promotion to this Stage. This field is optional. When
 * left unspecified, the field is implicitly treated as if its value were
 * "NewestFreight".
 *
 * Accepted Values:
 *
 * - "NewestFreight": The newest Freight that is available to the Stage is
 * eligible for auto-promotion.
 *
 * - "MatchUpstream": Only the Freight currently used immediately upstream
 * from this Stage is eligible for auto-promotion. This policy may only
 * be applied when the Stage has exactly one upstream Stage.
 *
 * @schema StageSpecRequestedFreightSourcesAutoPromotionOptionsSelectionPolicy
 */
export const StageSpecRequestedFreightSourcesAutoPromotionOptionsSelectionPolicy = {
  /** NewestFreight */
  NEWEST_FREIGHT: "NewestFreight",
  /** MatchUpstream */
  MATCH_UPSTREAM: "MatchUpstream",
} as const;
export type StageSpecRequestedFreightSourcesAutoPromotionOptionsSelectionPolicy =
  (typeof StageSpecRequestedFreightSourcesAutoPromotionOptionsSelectionPolicy)[keyof typeof StageSpecRequestedFreightSourcesAutoPromotionOptionsSelectionPolicy];

/**
 * Kind is the type of the PromotionTask. Can be either PromotionTask or
 * ClusterPromotionTask, default is PromotionTask.
 *
 * @schema StageSpecPromotionTemplateSpecStepsTaskKind
 */
export const StageSpecPromotionTemplateSpecStepsTaskKind = {
  /** PromotionTask */
  PROMOTION_TASK: "PromotionTask",
  /** ClusterPromotionTask */
  CLUSTER_PROMOTION_TASK: "ClusterPromotionTask",
} as const;
export type StageSpecPromotionTemplateSpecStepsTaskKind =
  (typeof StageSpecPromotionTemplateSpecStepsTaskKind)[keyof typeof StageSpecPromotionTemplateSpecStepsTaskKind];

/**
 * Warehouse is a source of Freight.
 *
 * @schema Warehouse
 */
export class Warehouse extends ApiObject {
  /**
   * Returns the apiVersion and kind for "Warehouse"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: "kargo.akuity.io/v1alpha1",
    kind: "Warehouse",
  };

  /**
   * Renders a Kubernetes manifest for "Warehouse".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: WarehouseProps): any {
    return {
      ...Warehouse.GVK,
      ...toJson_WarehouseProps(props),
    };
  }

  /**
   * Defines a "Warehouse" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: WarehouseProps) {
    super(scope, id, {
      ...Warehouse.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...Warehouse.GVK,
      ...toJson_WarehouseProps(resolved),
    };
  }
}

/**
 * Warehouse is a source of Freight.
 *
 * @schema Warehouse
 */
export interface WarehouseProps {
  /**
   * @schema Warehouse#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * Spec describes sources of artifacts.
   *
   * @schema Warehouse#spec
   */
  readonly spec: WarehouseSpec;
}

/**
 * Converts an object of type 'WarehouseProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WarehouseProps(obj: WarehouseProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    metadata: obj.metadata,
    spec: toJson_WarehouseSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Spec describes sources of artifacts.
 *
 * @schema WarehouseSpec
 */
export interface WarehouseSpec {
  /**
   * FreightCreationCriteria defines criteria that must be satisfied for Freight
   * to be created automatically from new artifacts following discovery. This
   * field has no effect when the FreightCreationPolicy is `Manual`.
   *
   * @schema WarehouseSpec#freightCreationCriteria
   */
  readonly freightCreationCriteria?: WarehouseSpecFreightCreationCriteria;

  /**
   * FreightCreationPolicy describes how Freight is created by this Warehouse.
   * This field is optional. When left unspecified, the field is implicitly
   * treated as if its value were "Automatic".
   *
   * Accepted values:
   *
   * - "Automatic": New Freight is created automatically when any new artifact
   * is discovered.
   * - "Manual": New Freight is never created automatically.
   *
   * @schema WarehouseSpec#freightCreationPolicy
   */
  readonly freightCreationPolicy?: WarehouseSpecFreightCreationPolicy;

  /**
   * Interval is the reconciliation interval for this Warehouse. On each
   * reconciliation, the Warehouse will discover new artifacts and optionally
   * produce new Freight. This field is optional. When left unspecified, the
   * field is implicitly treated as if its value were "5m0s".
   *
   * @schema WarehouseSpec#interval
   */
  readonly interval: string;

  /**
   * Shard is the name of the shard that this Warehouse belongs to. This is an
   * optional field. If not specified, the Warehouse will belong to the default
   * shard. A defaulting webhook will sync this field with the value of the
   * kargo.akuity.io/shard label. When the shard label is not present or differs
   * from the value of this field, the defaulting webhook will set the label to
   * the value of this field. If the shard label is present and this field is
   * empty, the defaulting webhook will set the value of this field to the value
   * of the shard label.
   *
   * @schema WarehouseSpec#shard
   */
  readonly shard?: string;

  /**
   * Subscriptions describes sources of artifacts to be included in Freight
   * produced by this Warehouse.
   *
   * @schema WarehouseSpec#subscriptions
   */
  readonly subscriptions: any[];
}

/**
 * Converts an object of type 'WarehouseSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WarehouseSpec(obj: WarehouseSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    freightCreationCriteria: toJson_WarehouseSpecFreightCreationCriteria(obj.freightCreationCriteria),
    freightCreationPolicy: obj.freightCreationPolicy,
    interval: obj.interval,
    shard: obj.shard,
    subscriptions: obj.subscriptions?.map((y) => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FreightCreationCriteria defines criteria that must be satisfied for Freight
 * to be created automatically from new artifacts following discovery. This
 * field has no effect when the FreightCreationPolicy is `Manual`.
 *
 * @schema WarehouseSpecFreightCreationCriteria
 */
export interface WarehouseSpecFreightCreationCriteria {
  /**
   * Expression is an expr-lang expression that must evaluate to true for
   * Freight to be created automatically from new artifacts following discovery.
   *
   * @schema WarehouseSpecFreightCreationCriteria#expression
   */
  readonly expression?: string;
}

/**
 * Converts an object of type 'WarehouseSpecFreightCreationCriteria' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_WarehouseSpecFreightCreationCriteria(
  obj: WarehouseSpecFreightCreationCriteria | undefined,
): Record<string, any> | undefined {
  if (obj === undefined) {
    return undefined;
  }
  const result = {
    expression: obj.expression,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined ? r : { ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FreightCreationPolicy describes how Freight is created by this Warehouse.
 * This field is optional. When left unspecified, the field is implicitly
 * treated as if its value were "Automatic".
 *
 * Accepted values:
 *
 * - "Automatic": New Freight is created automatically when any new artifact
 * is discovered.
 * - "Manual": New Freight is never created automatically.
 *
 * @schema WarehouseSpecFreightCreationPolicy
 */
export const WarehouseSpecFreightCreationPolicy = {
  /** Automatic */
  AUTOMATIC: "Automatic",
  /** Manual */
  MANUAL: "Manual",
} as const;
export type WarehouseSpecFreightCreationPolicy =
  (typeof WarehouseSpecFreightCreationPolicy)[keyof typeof WarehouseSpecFreightCreationPolicy];
