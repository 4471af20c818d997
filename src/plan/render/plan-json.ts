import { StringSemantics } from '../../read/prepare-job';
import { isUnresolved } from '../../model/json-values';
import { customJobToTerraform } from '../../model/custom-job-terraform-mapping';
import { CUSTOM_JOB_RESOURCE_TYPE, customJobSchema, jobSchema, RESOURCE_TYPE } from '../../model/provider-schema';
import { jobToTerraform } from '../../model/terraform-mapping';
import { JobChange, PlanAction, PlanResult } from '../plan-result';
import { literalText } from '../desired-strings';
import { quotaUseOf } from '../quota-use';
import { stateOnlyChangeText } from '../state-only-attributes';
import { terraformPathSteps } from '../terraform-paths';
import { stackTotals } from './plan-text';

const ACTIONS: Record<PlanAction, string[]> = {
  'create': ['create'],
  'update': ['update'],
  'replace': ['delete', 'create'],
  'delete': ['delete'],
  'no-op': ['no-op'],
};

/**
 * Renders the plan in the shape of Terraform's plan JSON (`terraform show -json`, format 1.2): `resource_changes`
 * with `change.actions`, `before`, `after`, `after_unknown` and `replace_paths`, so OPA/conftest policies and other
 * plan readers can consume it; plus our own `diagnostics`, `schedule`, `quota_use` and `cost`. Each resource change
 * also carries `stack`, because one run covers every cdktf stack. Keys are written in a fixed order.
 *
 * `quota_use` is the quota table of the markdown and HTML reports: `limits_from` (the quota file, or null for the
 * catalog's unconfirmed defaults) and, per quota the plan draws on (sorted by name), its `key`, `quota`, `limit`,
 * `from_quota_file`, the worst-case `peak` and `peak_at_seconds` (from apply; 0 when nothing is held), the `jobs`
 * holding it and those that `never_start` (sorted), and `steps`: the use over time as `{ at_seconds, used }`, from 0
 * seconds to the step back to 0.
 */
export function renderPlanJson(plan: PlanResult): string {
  const document = {
    format_version: '1.2',
    applyable: plan.changes.some((change) => change.action !== 'no-op'),
    complete: true,
    errored: plan.summary.errors > 0,
    resource_changes: plan.changes.map(resourceChange),
    diagnostics: plan.findings.map((finding) => ({
      severity: finding.severity,
      rule_id: finding.ruleId,
      resource: finding.resource,
      path: finding.path,
      summary: finding.message,
      ...(finding.fix ? { fix: finding.fix } : {}),
      source: finding.source,
    })),
    schedule: plan.schedule.map((entry) => ({
      resource: entry.resource,
      priority: entry.priority,
      worst_case_start_seconds: entry.worstCaseStart ?? null,
      max_wait_seconds: entry.maxWaitSeconds ?? null,
      max_running_seconds: entry.maxRunningSeconds,
      waits_behind: entry.waitsBehind,
      exceeds: entry.exceeds.map((excess) => ({ quota: excess.quota, demand: excess.demand, limit: excess.limit, from_quota_file: excess.fromUser })),
    })),
    quota_use: {
      limits_from: plan.quotaFile ?? null,
      quotas: quotaUseOf(plan).map((quota) => ({
        key: quota.key,
        quota: quota.quota,
        limit: quota.limit,
        from_quota_file: quota.fromUser,
        peak: quota.peak,
        peak_at_seconds: quota.peakAt,
        jobs: quota.jobs,
        never_start: quota.neverStart,
        steps: quota.steps.map((step) => ({ at_seconds: step.at, used: step.used })),
      })),
    },
    cost: {
      currency: 'USD',
      price_date: plan.priceDate,
      jobs: plan.costs.map((line) => ({
        resource: line.resource,
        action: line.action,
        per_hour: line.cost.perHour ?? null,
        hours: line.cost.hours,
        worst_case: line.cost.worstCase ?? null,
        notes: line.cost.gaps,
      })),
      stacks: stackTotals(plan).map(([stack, total]) => ({ stack, worst_case_new_jobs: total ?? null })),
    },
    summary: {
      import: plan.counts.import,
      add: plan.counts.add,
      change: plan.counts.change,
      replace: plan.counts.replace,
      cancel: plan.counts.cancel,
      cancel_if_active: plan.counts.cancelIfActive,
      forget: plan.counts.forget,
      destroy: plan.counts.destroy,
      no_op: plan.counts.noop,
      errors: plan.summary.errors,
      warnings: plan.summary.warnings,
      infos: plan.summary.infos,
    },
  };
  return JSON.stringify(document, null, 2) + '\n';
}

function resourceChange(change: JobChange): object {
  const type = change.type;
  const name = change.address.replace(new RegExp(`^.*${type}\\.`), '').replace(/\[.*\]$/, '');
  const module = new RegExp(`^(.*)\\.${type}\\.`).exec(change.address)?.[1];
  const attributesOf = (side: 'before' | 'after'): { [name: string]: unknown } | undefined => {
    if (change.type === RESOURCE_TYPE) {
      const job = side === 'before' ? change.prior?.job : change.after;
      return job ? withProject(jobToTerraform(job).attributes, change.project) : undefined;
    }
    const job = change[side];
    const region = side === 'before' ? change.priorRegion : change.region;
    return job ? withProject({ ...customJobToTerraform(job).attributes, ...(region !== undefined ? { location: region } : {}) }, change.project) : undefined;
  };
  // The desired job's strings as synthesized (`$${` is a literal `${`, `${…}` unknown): `after` holds the literal.
  const afterAttributes = attributesOf('after');
  const after = afterAttributes ? split(afterAttributes, change.desired?.strings ?? 'literal') : undefined;
  const root = type === RESOURCE_TYPE ? jobSchema() : customJobSchema();
  return {
    address: change.address,
    ...(module ? { module_address: module } : {}),
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/google',
    stack: change.stack,
    change: {
      actions: ACTIONS[change.action],
      before: change.action !== 'create' ? attributesOf('before') ?? null : null,
      after: change.action === 'delete' ? null : after?.known ?? null,
      after_unknown: change.action === 'delete' ? {} : after?.unknown ?? {},
      before_sensitive: false,
      after_sensitive: false,
      ...(change.action === 'replace' ? { replace_paths: change.replacePaths.map((path) => terraformPathSteps(path, root)) } : {}),
      // As Terraform's plan JSON says an import (1.5+); the existing job is `before` only when --jobs listed it.
      ...(change.importing ? { importing: { id: change.importing.id } } : {}),
    },
    ...(change.importing && !change.importing.compared ? { mljob_import_not_compared: true } : {}),
    ...(change.action === 'replace' ? { action_reason: 'replace_because_cannot_update' } : {}),
    ...(change.cancels ? { mljob_cancels_job: change.priorJobState } : {}),
    ...(change.cancelsIfActive ? { mljob_cancels_job_if_active: true } : {}),
    ...(type === CUSTOM_JOB_RESOURCE_TYPE && (change.action === 'delete' || change.action === 'replace') ? { mljob_deletes_job: true } : {}),
    // A timeouts change is an update Terraform makes in its state alone: the API is not called for it.
    ...(change.stateOnlyChanges ? { mljob_state_only: change.stateOnlyChanges.map(stateOnlyChangeText) } : {}),
  };
}

function withProject(attributes: { [name: string]: unknown }, project: string | undefined): { [name: string]: unknown } {
  return sortKeys(project ? { ...attributes, project } : attributes) as { [name: string]: unknown };
}

/** Splits values into the known part (`after`) and a tree of `true` where a value is known only after apply. */
function split(value: unknown, strings: StringSemantics): { known: unknown; unknown: unknown } {
  if (typeof value === 'string') {
    const text = literalText(value, strings);
    return text === undefined ? { known: undefined, unknown: true } : { known: text, unknown: undefined };
  }
  if (isUnresolved(value)) return { known: undefined, unknown: true };
  if (Array.isArray(value)) {
    const parts = value.map((item) => split(item, strings));
    return { known: parts.map((part) => part.known ?? null), unknown: parts.map((part) => (part.unknown === true ? true : part.unknown ?? false)) };
  }
  if (typeof value === 'object' && value !== null) {
    const known: { [name: string]: unknown } = {};
    const unknown: { [name: string]: unknown } = {};
    for (const [key, item] of Object.entries(value)) {
      const part = split(item, strings);
      if (part.known !== undefined) known[key] = part.known;
      if (part.unknown !== undefined && !isEmpty(part.unknown)) unknown[key] = part.unknown;
    }
    return { known, unknown };
  }
  return { known: value, unknown: undefined };
}

function isEmpty(value: unknown): boolean {
  if (value === false) return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(isEmpty);
  return false;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as { [key: string]: unknown })[key])]));
  }
  return value;
}
