import { Catalog } from '../catalog/catalog';
import { outputOnlyJobFields } from '../model/api-schema';
import { Job } from '../model/job';
import { API_RULES } from '../rules/all-rules';
import { checkJobWith, ruleContext } from '../rules/engine';
import { JOB_ID_FORMAT } from '../rules/job/job-id-format';
import { JOB_INPUT_UNION } from '../rules/job/job-input-union';
import { LABELS_FORMAT } from '../rules/job/labels-format';
import { Finding, Rule } from '../rules/rule';
import { ApiError, FieldViolation } from './api-error';
import { isPlainObject } from '../model/plain-object';

/**
 * How much of a new job the emulator checks: `rules` (default) runs this project's api and platform rules and refuses
 * a job with an error finding, as the service would; `basic` checks only the job id and the training/prediction
 * union (for pipelines that want any body accepted).
 */
export type ValidationLevel = 'rules' | 'basic';

/** Options of {@link validateNewJob}. */
export interface ValidateJobOptions {
  /** @default 'rules' */
  readonly level?: ValidationLevel;
  /** The catalog the rules check against. @default the built-in catalog */
  readonly catalog?: Catalog;
  /** `YYYY-MM-DD` for end-of-support rules: the emulator's clock date. */
  readonly today: string;
}

const BASIC_RULES: readonly Rule[] = [JOB_ID_FORMAT, JOB_INPUT_UNION];

/**
 * Checks the body of `projects.jobs.create` and returns the job to store, without the output-only fields a client
 * may have sent back (`state`, `etag`, `createTime`, …: the service ignores them). A body that is not an object, or
 * a job with an error finding, is refused with INVALID_ARGUMENT and one field violation per finding.
 */
export function validateNewJob(body: unknown, options: ValidateJobOptions): Job {
  if (!isPlainObject(body)) throw new ApiError('INVALID_ARGUMENT', `Invalid JSON payload received. Expected a Job object, found ${describe(body)}.`);
  const job: { [name: string]: unknown } = { ...body };
  for (const field of outputOnlyJobFields()) delete job[field];
  const rules = options.level === 'basic' ? BASIC_RULES : API_RULES;
  const findings = checkJobWith(job as unknown as Job, ruleContext({ today: options.today, ...(options.catalog ? { catalog: options.catalog } : {}) }), rules);
  refuseErrors(findings);
  return job as unknown as Job;
}

/** Checks the labels of a `projects.jobs.patch` body with the label rule of `projects.jobs.create`. */
export function validateLabels(labels: unknown): { [key: string]: string } {
  if (labels === undefined || labels === null) return {};
  if (!isPlainObject(labels) || Object.values(labels).some((value) => typeof value !== 'string')) {
    throw new ApiError('INVALID_ARGUMENT', 'Field: labels Error: labels must be a map of strings.', [{ field: 'labels', description: 'labels must be a map of strings.' }]);
  }
  const findings = checkJobWith({ jobId: 'labels', labels } as unknown as Job, ruleContext({ today: '1970-01-01' }), [LABELS_FORMAT]);
  refuseErrors(findings);
  return labels as { [key: string]: string };
}

function refuseErrors(findings: readonly Finding[]): void {
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return;
  const violations: FieldViolation[] = errors.map((finding) => ({
    field: finding.path,
    description: `${finding.message}${finding.fix ? ` ${finding.fix}` : ''} (${finding.ruleId})`,
  }));
  const more = violations.length > 1 ? ` (and ${violations.length - 1} more: see details)` : '';
  throw new ApiError('INVALID_ARGUMENT', `Field: ${violations[0].field || 'job'} Error: ${violations[0].description}${more}`, violations);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
