import { isUnresolved, parseNumericString } from '../model/json-values';
import { ReplicaConfig } from '../model/replica-config';
import { TrainingInput } from '../model/training-input';
import { recentMemo } from './recent-memo';
import { RuleContext, Severity, Violation } from './rule';

/**
 * True for a value that is not known before apply: an unresolved cdktf token (string, number or list), a Terraform
 * reference such as `${google_kms_crypto_key.k.id}` read from `cdk.tf.json`, or a template placeholder that a script
 * fills in before the file is used (see `isTemplatePlaceholder`). Such values are never violations.
 */
export function isUnknown(value: unknown): boolean {
  if (typeof value !== 'string') return isUnresolved(value);
  // Every reference and placeholder holds `{` or `$`: one look for them settles most strings the rules read.
  if (!value.includes('{') && !value.includes('$')) return false;
  return isUnresolved(value) || PLACEHOLDER.test(value);
}

// `$VAR` (shell, envsubst), `{{ var }}` (Jinja, Helm) and `{VAR}` (Python str.format, upper case only: `%{x}` is a
// Terraform directive and `{x}` may be literal text): a
// config in a repository is often a template, and its placeholders are values not known yet. `${VAR}` is already a
// reference (isUnresolved).
const PLACEHOLDER = /\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^{}]*\}\}|\{[A-Z][A-Z0-9_]*\}/;

/**
 * True for a string holding a template placeholder (`$BUCKET`, `{{ bucket }}`, `{BUCKET}`): the file
 * is filled in by a script or by hand before gcloud or the API reads it, so the value is unknown, not wrong.
 */
export function isTemplatePlaceholder(value: string): boolean {
  return (value.includes('$') || value.includes('{')) && PLACEHOLDER.test(value);
}

/** A known string, or undefined. */
export function knownString(value: unknown): string | undefined {
  return typeof value === 'string' && !isUnknown(value) ? value : undefined;
}

/**
 * The API enum name a spelling stands for: another case or gcloud's flag spelling with hyphens (`standard-1`,
 * `nvidia-tesla-t4`, `integer`) → `STANDARD_1`, `NVIDIA_TESLA_T4`, `INTEGER`.
 */
export function canonicalEnumName(value: string): string {
  // Most values are enum names already (no lowercase letter, no hyphen, ASCII): they stay as they are.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code >= 97 && code <= 122) || code === 45 || code > 127) return value.toUpperCase().replace(/-/g, '_');
  }
  return value;
}

/**
 * The one finding for an enum value written in another spelling than the API's enum name, which MLJ-CLUSTER-007,
 * MLJ-HPT-001 and MLJ-ACCEL-002 share: a warning, not an error, because Google's own samples write `type: integer`
 * and `STANDARD-1` (so the service likely reads them), but the reference documents only the enum names.
 */
export function enumSpelling(path: string, value: string, canonical: string): Violation {
  return {
    path,
    severity: 'warning',
    message: `${path} is ${show(value)}; the API's enum name is ${canonical}, and the service's reading of other spellings is not documented.`,
    fix: `Write ${canonical}.`,
  };
}

/**
 * `trainingInput.scaleTier` as the rules compare it: a known string in its enum spelling (`basic-gpu` → `BASIC_GPU`,
 * which MLJ-CLUSTER-007 reports as a warning, so every other rule reads it as the tier it names); anything else
 * (not set, an unknown value) as it is.
 */
export function scaleTierOf(input: { readonly scaleTier?: unknown }): unknown {
  const tier = knownString(input.scaleTier);
  return tier === undefined ? input.scaleTier : canonicalEnumName(tier);
}

/**
 * `acceleratorConfig.type` as the rules compare it: a known string in its enum spelling (`nvidia-tesla-t4` →
 * `NVIDIA_TESLA_T4`, which MLJ-ACCEL-002 reports as a warning), or undefined when unknown or not a string.
 */
export function acceleratorTypeOf(config: { readonly type?: unknown } | undefined): string | undefined {
  const type = knownString(config?.type);
  return type === undefined ? undefined : canonicalEnumName(type);
}

/** A known number (numbers written as strings are accepted, as REST sends int64), or undefined. */
export function knownNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return isUnresolved(value) ? undefined : value;
  return typeof value === 'string' ? parseNumericString(value) : undefined;
}

/** A known list of known items (unknown items are dropped), or undefined. */
export function knownList<T>(value: unknown): T[] | undefined {
  if (!Array.isArray(value) || isUnknown(value)) return undefined;
  return value.filter((item) => !isUnknown(item)) as T[];
}

/** A value as it should appear in a message: strings quoted, long values shortened. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Seconds of a google.protobuf.Duration in JSON form (`3600s`, `1.5s`), or undefined when malformed. */
export function durationSeconds(value: string): number | undefined {
  // A plan reads the same few durations thousands of times: each is parsed once (the cache is bounded).
  if (durations.has(value)) return durations.get(value);
  const match = /^(\d+)(\.\d{1,9})?s$/.exec(value);
  const seconds = match ? Number(match[1]) + (match[2] ? Number(match[2]) : 0) : undefined;
  if (durations.size >= 1000) durations.clear();
  durations.set(value, seconds);
  return seconds;
}

const durations = new Map<string, number | undefined>();

/**
 * A violation for a missing field. On a partial input (a gcloud `--config` file) it is `info` saying which
 * command-line flag must supply it; on a complete job it carries the rule's severity.
 */
export function missingField(ctx: RuleContext, path: string, message: string, flag?: string): Violation {
  if (ctx.completeness === 'partial' && flag) {
    return { path, message: `${path} is not in the file; it must come from the command line (${flag}).`, severity: 'info' as Severity };
  }
  return { path, message };
}

/** The four replica roles of a training cluster. */
export type ReplicaRole = 'master' | 'worker' | 'parameterServer' | 'evaluator';

/** One replica role of a training input, with its machine type, configuration and count. */
export interface Replica {
  readonly role: ReplicaRole;
  /** `masterType`, `workerType`, … */
  readonly typeField: string;
  /** `masterConfig`, `workerConfig`, … */
  readonly configField: string;
  /** `workerCount`, … (undefined for the master) */
  readonly countField?: string;
  readonly machineType: unknown;
  readonly config?: ReplicaConfig;
  /** The count as written (the master always has 1). */
  readonly count: unknown;
}

/** The replica roles with the names of their fields, master first. */
const ROLES: ReadonlyArray<{ role: ReplicaRole; typeField: string; configField: string; countField?: string }> = [
  { role: 'master', typeField: 'masterType', configField: 'masterConfig' },
  { role: 'worker', typeField: 'workerType', configField: 'workerConfig', countField: 'workerCount' },
  { role: 'parameterServer', typeField: 'parameterServerType', configField: 'parameterServerConfig', countField: 'parameterServerCount' },
  { role: 'evaluator', typeField: 'evaluatorType', configField: 'evaluatorConfig', countField: 'evaluatorCount' },
];

/** The replica roles of a training input, master first. */
export function replicasOf(input: TrainingInput): readonly Replica[] {
  // Most training rules walk the replicas: built once per job.
  return replicaMemo(input);
}

const replicaMemo = recentMemo(buildReplicas);

function buildReplicas(input: TrainingInput): Replica[] {
  const fields = input as unknown as Record<string, unknown>;
  return ROLES.map(({ role, typeField, configField, countField }) => ({
    role,
    typeField,
    configField,
    countField,
    machineType: fields[typeField],
    config: fields[configField] as ReplicaConfig | undefined,
    count: countField ? fields[countField] : 1,
  }));
}

/** `trainingInput.<typeField>` (`trainingInput.workerType`): the API path of a replica's machine type. */
export function replicaTypePath(replica: Replica): string {
  return TYPE_PATHS[replica.role];
}

const TYPE_PATHS: Record<ReplicaRole, string> = {
  master: 'trainingInput.masterType',
  worker: 'trainingInput.workerType',
  parameterServer: 'trainingInput.parameterServerType',
  evaluator: 'trainingInput.evaluatorType',
};

/**
 * `trainingInput.<configField>.<field>` (`trainingInput.workerConfig.acceleratorConfig`), made once per role and field:
 * the rules name these paths for every replica of every job, most often to find nothing wrong with them.
 */
export function replicaConfigPath(replica: Replica, field: string): string {
  let paths = configPaths.get(replica.configField);
  if (!paths) {
    paths = new Map();
    configPaths.set(replica.configField, paths);
  }
  let path = paths.get(field);
  if (path === undefined) {
    path = `trainingInput.${replica.configField}.${field}`;
    paths.set(field, path);
  }
  return path;
}

const configPaths = new Map<string, Map<string, string>>();

/**
 * The image a replica runs: its own `imageUri`, else the master's (workers, parameter servers and evaluators
 * default to `masterConfig.imageUri`).
 */
export function effectiveImage(input: TrainingInput, replica: Replica): unknown {
  const config: unknown = replica.config;
  if (isUnknown(config)) return config;
  return replica.config?.imageUri ?? masterImageOf(input);
}

/**
 * `masterConfig.imageUri`, or the whole `masterConfig` when that block is unknown (a Terraform reference or a token
 * in place of the block): it may hold an image, so the rules read it as an unknown image, not as none.
 */
export function masterImageOf(input: TrainingInput): unknown {
  const config: unknown = input.masterConfig;
  return isUnknown(config) ? config : input.masterConfig?.imageUri;
}

/** True when a replica role is in use: the master always, others when their count is above 0 or unknown. */
export function isReplicaUsed(replica: Replica): boolean {
  if (replica.role === 'master') return true;
  if (isUnknown(replica.count)) return true;
  const count = knownNumber(replica.count);
  return count !== undefined && count > 0;
}

/** True for an accelerator config that asks for no accelerator (`ACCELERATOR_TYPE_UNSPECIFIED`, count 0). */
export function isEmptyAccelerator(config: { type?: unknown; count?: unknown } | undefined): boolean {
  if (!config) return true;
  const type = config.type;
  const count = knownNumber(config.count);
  // An unknown type may be ACCELERATOR_TYPE_UNSPECIFIED: with no count (or 0) the config may ask for none.
  return (type === undefined || type === 'ACCELERATOR_TYPE_UNSPECIFIED' || isUnknown(type)) && (count === undefined || count === 0);
}
