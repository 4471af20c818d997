import { IConstruct } from 'constructs';
import { AnnotationMetadataEntryType, IAspect, TerraformResource, Token } from '../cdk';
import { MlJobBase } from '../constructs/ml-job-base';
import { constructSource } from '../constructs/construct-source';
import { resolveInStack, synthFindingText } from '../constructs/job-validation';
import { Job } from '../model/job';
import { jobFromTerraform } from '../model/terraform-mapping';
import { API_RULES } from '../rules/all-rules';
import { ReportFinding, isAtOrAbove } from '../report/check-report';
import { isCalendarDay } from './calendar-day';
import { DEFAULT_CONFIG, FailOn } from './config';
import { loadConfig } from './load-config';
import { POLICY_PACK_NAMES } from './packs/all-packs';
import { Policy, buildPolicy } from './policy';
import { ResourceSuppression, SUPPRESSIONS_OVERRIDE_PATH } from './resource-suppressions';
import { CheckTarget, runChecks } from './run-checks';
import { Suppression } from './suppressions';

/** Options of `MlJobChecks`. */
export interface MlJobChecksProps {
  /**
   * The policy packs to run: `security`, `cost`, `hygiene`.
   *
   * @default - the packs of `configFile`; all built-in packs when there is no configuration file
   */
  readonly packs?: string[];
  /**
   * A `mljob.config.yaml` with packs, rule severities and parameters, user rule modules and suppressions, as
   * `mljob check --config` reads it.
   *
   * @default - no configuration: default severities and parameters
   */
  readonly configFile?: string;
  /**
   * The lowest severity that fails synth: `error`, `warning`, `info` or `never`. Findings below it become
   * warning or info annotations.
   *
   * @default - the configuration's `failOn`, else `error`
   */
  readonly failOn?: string;
  /**
   * Today's date, `YYYY-MM-DD`, for end-of-support and suppression expiry checks.
   *
   * @default - today (UTC)
   */
  readonly today?: string;
}

/** The construct metadata type of an in-code suppression. */
const SUPPRESSION_METADATA = 'mljob:suppression';
const TERRAFORM_TYPE = 'google_ml_engine_job';
const API_RULE_IDS = API_RULES.map((rule) => rule.id);
// The key of findings that belong to no job (construct paths never contain a NUL).
const OTHER = '\u0000';

/** One job in scope: its L1 resource and the construct its findings are attributed to. */
interface JobInScope {
  readonly resource: TerraformResource;
  /** The L2 construct that owns the resource, or the L1 resource itself. */
  readonly owner: IConstruct;
}

/**
 * Runs the policy packs over every ML Engine job in scope at synth: every L2 job (`MlEngineTrainingJob`,
 * `MlEngineBatchPredictionJob`) and every L1 `MlEngineJob`. The built-in api and platform rules run too on bare L1
 * jobs (L2 jobs run them already). Findings at or above `failOn` fail synth, one line each (`[construct path]
 * file:line:col: RULE-ID message`, the file and line where an L2 job was created);
 * the others become warning and info annotations (without stack traces).
 *
 * @example
 * Aspects.of(stack).add(new MlJobChecks({ packs: ['security', 'cost'] }));
 */
export class MlJobChecks implements IAspect {
  /**
   * Suppresses a rule on a job (an L2 job, its L1 resource, or an L1 `MlEngineJob`) or on every job under a scope
   * construct. The suppression is stored in the construct's metadata and, for jobs, in the `//` metadata of the
   * resource in `cdk.tf.json`, so that `mljob check` over the synthesized output honours it too.
   *
   * @param construct the job, or a scope whose jobs the suppression covers
   * @param ruleId the rule to suppress, e.g. `MLJ-SEC-001`
   * @param reason why the finding is accepted; an empty reason makes the suppression itself a finding
   * @param expires `YYYY-MM-DD`, the last day the suppression applies
   */
  public static suppress(construct: IConstruct, ruleId: string, reason: string, expires?: string): void {
    if (expires !== undefined && !Token.isUnresolved(expires) && !isCalendarDay(expires)) {
      throw new Error(`MlJobChecks.suppress(${construct.node.path}, ${ruleId}): expires is ${JSON.stringify(expires)}; write the last day the suppression applies as YYYY-MM-DD.`);
    }
    // A suppression on the L1 of an L2 job belongs to the L2 job, whose path findings carry.
    const target = isMlEngineJob(construct) && construct.node.scope instanceof MlJobBase ? construct.node.scope : construct;
    const entry: ResourceSuppression = { rule: ruleId, reason, ...(expires !== undefined ? { expires } : {}) };
    target.node.addMetadata(SUPPRESSION_METADATA, entry, { stackTrace: false });
    for (const child of target.node.findAll()) {
      if (isMlEngineJob(child)) writeSuppressions(child);
    }
  }

  private readonly policy: Policy;
  private readonly failOn: FailOn;
  private readonly today?: string;
  private readonly jobs: JobInScope[] = [];
  private readonly visited = new Set<IConstruct>();
  private root?: IConstruct;
  private byResource?: Map<string, ReportFinding[]>;

  /**
   * Reads the configuration file, if any, and prepares the rules; throws a one-line error for an invalid file.
   *
   * @param props the packs, configuration file, failure threshold and date
   */
  public constructor(props: MlJobChecksProps = {}) {
    const config = props.configFile !== undefined ? loadConfig(props.configFile) : DEFAULT_CONFIG;
    const packs = props.packs ?? (props.configFile !== undefined ? config.packs : POLICY_PACK_NAMES);
    if (props.failOn !== undefined && !['error', 'warning', 'info', 'never'].includes(props.failOn)) {
      throw new Error(`MlJobChecks: failOn is "${props.failOn}"; use error, warning, info or never.`);
    }
    this.policy = buildPolicy(config, { packs, failOn: props.failOn as FailOn | undefined });
    this.failOn = this.policy.failOn;
    if (props.today !== undefined && !isCalendarDay(props.today)) {
      throw new Error(`MlJobChecks: today is ${JSON.stringify(props.today)}; write the date as YYYY-MM-DD.`);
    }
    this.today = props.today;
  }

  /** Registers the checks of a job construct; called by cdktf for every construct in scope. */
  public visit(node: IConstruct): void {
    if (!this.root) {
      // Aspects visit the construct they were added to first: it reports findings about the configuration.
      const root = node;
      this.root = root;
      root.node.addValidation({ validate: () => this.annotate(root, this.findingsOf(undefined)) });
    }
    // A second synth of the same app visits again; the job's checks are registered once.
    if (!isMlEngineJob(node) || this.visited.has(node)) return;
    this.visited.add(node);
    const owner = node.node.scope instanceof MlJobBase ? node.node.scope : node;
    this.jobs.push({ resource: node, owner });
    // Suppressions on scopes above the job travel into cdk.tf.json too.
    writeSuppressions(node);
    owner.node.addValidation({ validate: () => this.annotate(owner, this.findingsOf(owner.node.path)) });
  }

  /** Adds warning and info annotations, and returns the failing findings as validation errors. */
  private annotate(scope: IConstruct, findings: ReportFinding[]): string[] {
    const errors: string[] = [];
    for (const finding of findings) {
      const text = synthFindingText(finding, constructSource(scope));
      if (this.failOn !== 'never' && isAtOrAbove(finding.severity, this.failOn)) errors.push(text);
      // An error that does not fail synth (failOn never) must not become an error annotation, which would.
      else scope.node.addMetadata(finding.severity === 'info' ? AnnotationMetadataEntryType.INFO : AnnotationMetadataEntryType.WARN, text, { stackTrace: false });
    }
    return errors;
  }

  /**
   * The findings of one job (by its construct path), or with `undefined` those of no job (about the configuration's
   * suppressions, or in-code suppressions on scopes). Computed once for the whole scope at the first validation:
   * all aspects have run by then.
   */
  private findingsOf(resource: string | undefined): ReportFinding[] {
    if (!this.byResource) {
      const targets: CheckTarget[] = this.jobs.map((job) => ({
        resource: job.owner.node.path,
        job: resolvedJob(job.resource),
        ...(job.owner === job.resource ? {} : { skipRuleIds: API_RULE_IDS }),
      }));
      const report = runChecks(targets, { ...this.policy, suppressions: [...this.policy.suppressions, ...this.inCodeSuppressions()] }, { today: this.today });
      const jobPaths = new Set(targets.map((target) => target.resource));
      this.byResource = new Map();
      for (const finding of report.findings) {
        const key = jobPaths.has(finding.resource) ? finding.resource : OTHER;
        const list = this.byResource.get(key);
        if (list) list.push(finding);
        else this.byResource.set(key, [finding]);
      }
    }
    return this.byResource.get(resource ?? OTHER) ?? [];
  }

  /** The in-code suppressions of every construct in scope; each covers its construct's subtree. */
  private inCodeSuppressions(): Suppression[] {
    const out: Suppression[] = [];
    for (const construct of this.root?.node.findAll() ?? []) {
      for (const entry of suppressionsOn(construct)) {
        out.push({ ruleId: entry.rule, resource: construct.node.path, reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}), origin: 'in-code', match: 'subtree' });
      }
    }
    return out;
  }
}

/** True for an L1 `google_ml_engine_job` resource (the generated `MlEngineJob` or any class of that type). */
function isMlEngineJob(construct: IConstruct): construct is TerraformResource {
  return TerraformResource.isTerraformResource(construct) && construct.terraformResourceType === TERRAFORM_TYPE;
}

/** The in-code suppressions stored on one construct. */
function suppressionsOn(construct: IConstruct): ResourceSuppression[] {
  return construct.node.metadata.filter((entry) => entry.type === SUPPRESSION_METADATA).map((entry) => entry.data as ResourceSuppression);
}

/** Writes the suppressions of a job resource and of every construct above it into its `//` metadata. */
function writeSuppressions(resource: TerraformResource): void {
  const all = resource.node.scopes.flatMap(suppressionsOn);
  if (all.length > 0) resource.addOverride(SUPPRESSIONS_OVERRIDE_PATH, all);
}

/** The API job of an L1 resource as synth renders it, tokens resolved to `${…}` references (unknown to the rules). */
function resolvedJob(resource: TerraformResource): Job {
  const rendered = resolveInStack(resource, resource.toTerraform()) as { resource: { [type: string]: { [name: string]: { [field: string]: unknown } } } };
  const attributes = Object.values(rendered.resource[TERRAFORM_TYPE])[0];
  return jobFromTerraform(attributes).job;
}
