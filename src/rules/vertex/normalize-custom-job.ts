import { closestName } from '../../model/closest-name';
import { CustomJob } from '../../model/custom-job';
import { ownValue } from '../../model/own-value';
import { isPlainObject } from '../../model/plain-object';
import { Completeness, Violation } from '../rule';
import { isUnknown } from '../values';

/**
 * The messages of a CustomJob as the Vertex rules read them: for each field its JSON (camelCase) name, whether it
 * repeats, and the message it holds (`map` for a map of strings such as `labels`, whose keys are data).
 */
interface FieldShape {
  readonly repeated?: boolean;
  readonly message?: string;
}

const MESSAGES: { readonly [message: string]: { readonly [field: string]: FieldShape } } = {
  CustomJob: {
    jobSpec: { message: 'CustomJobSpec' }, labels: { message: 'map' }, encryptionSpec: { message: 'EncryptionSpec' },
    displayName: {}, name: {}, state: {}, createTime: {}, startTime: {}, endTime: {}, updateTime: {}, error: {},
    webAccessUris: { message: 'map' }, satisfiesPzs: {}, satisfiesPzi: {},
  },
  CustomJobSpec: {
    workerPoolSpecs: { repeated: true, message: 'WorkerPoolSpec' }, scheduling: { message: 'Scheduling' },
    baseOutputDirectory: { message: 'GcsDestination' }, reservedIpRanges: { repeated: true }, models: { repeated: true },
    pscInterfaceConfig: { message: 'PscInterfaceConfig' }, serviceAccount: {}, network: {}, protectedArtifactLocationId: {},
    tensorboard: {}, enableWebAccess: {}, enableDashboardAccess: {}, experiment: {}, experimentRun: {}, persistentResourceId: {},
  },
  WorkerPoolSpec: {
    containerSpec: { message: 'ContainerSpec' }, pythonPackageSpec: { message: 'PythonPackageSpec' }, machineSpec: { message: 'MachineSpec' },
    diskSpec: { message: 'DiskSpec' }, nfsMounts: { repeated: true, message: 'NfsMount' }, replicaCount: {},
  },
  ContainerSpec: { imageUri: {}, command: { repeated: true }, args: { repeated: true }, env: { repeated: true, message: 'EnvVar' } },
  PythonPackageSpec: {
    executorImageUri: {}, packageUris: { repeated: true }, pythonModule: {}, args: { repeated: true }, env: { repeated: true, message: 'EnvVar' },
  },
  MachineSpec: {
    machineType: {}, acceleratorType: {}, acceleratorCount: {}, gpuPartitionSize: {}, tpuTopology: {},
    reservationAffinity: { message: 'ReservationAffinity' },
  },
  ReservationAffinity: { reservationAffinityType: {}, key: {}, values: { repeated: true } },
  DiskSpec: { bootDiskType: {}, bootDiskSizeGb: {} },
  Scheduling: { timeout: {}, restartJobOnWorkerRestart: {}, strategy: {}, disableRetries: {}, maxWaitDuration: {} },
  GcsDestination: { outputUriPrefix: {} },
  EncryptionSpec: { kmsKeyName: {} },
  EnvVar: { name: {}, value: {} },
  NfsMount: { server: {}, path: {}, mountPoint: {} },
  PscInterfaceConfig: { networkAttachment: {}, dnsPeeringConfigs: { repeated: true, message: 'DnsPeeringConfig' } },
  DnsPeeringConfig: { domain: {}, targetProject: {}, targetNetwork: {} },
};

/** A CustomJob as the Vertex rules read it, and what was read differently from how it is written. */
export interface NormalizedCustomJob {
  readonly job: CustomJob;
  /** One violation per field read in another form than written (for MLJ-VERTEX-019). */
  readonly notes: Violation[];
  /** One violation per field that is not a field of its message in either spelling (for MLJ-VERTEX-020). */
  readonly unknownFields: Violation[];
}

/**
 * Reads a CustomJob the way the service (or gcloud) reads it, so that no rule rejects a form they accept:
 *
 * - Proto field names in snake_case (`job_spec`, `machine_spec`, `accelerator_count`) are the camelCase JSON names:
 *   the proto3 JSON mapping has parsers accept both, and the Python SDK and GAPIC dicts are written that way.
 *   gcloud's `--config` reader (apitools) knows only the camelCase names, so in a partial input they are a warning.
 * - In a gcloud `--config` file (`partial`), a repeated field written as one value (`workerPoolSpecs:` as a mapping,
 *   `packageUris: gs://…`, `args: --x`) is a list of that one value: apitools' JSON decoder wraps any value that is
 *   not a list (protorpclite protojson `__decode_dictionary`), and Google's own config.yaml examples write
 *   `workerPoolSpecs` that way. A REST body (`complete`) is left as it is: its parser wants a JSON array.
 *
 * Pure: the input is not changed; what needs no change is returned as it is (the same object).
 */
export function normalizeCustomJob(job: CustomJob, completeness: Completeness): NormalizedCustomJob {
  const notes: Violation[] = [];
  const renamed: Renamed[] = [];
  const unknownFields: Violation[] = [];
  const normalized = normalizeMessage(job, 'CustomJob', '', completeness, { notes, renamed, unknownFields });
  return { job: normalized as CustomJob, notes: renamed.length ? [renamedNote(renamed, completeness), ...notes] : notes, unknownFields };
}

/** A field written with its proto name: where, as written and as read. */
interface Renamed {
  readonly path: string;
  readonly written: string;
  readonly read: string;
}

interface Found {
  readonly notes: Violation[];
  readonly renamed: Renamed[];
  readonly unknownFields: Violation[];
}

/** One note for all snake_case names of a job: the first few named, the count of the rest. */
function renamedNote(renamed: Renamed[], completeness: Completeness): Violation {
  const shown = renamed.slice(0, 3);
  const more = renamed.length - shown.length;
  const list = (names: string[]) => `${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const written = list(shown.map((r) => r.written));
  const read = list(shown.map((r) => r.read));
  const path = renamed[0].path;
  return completeness === 'partial'
    ? { path, severity: 'warning', message: `${written} ${renamed.length === 1 ? 'is a proto (snake_case) name' : 'are proto (snake_case) names'}; gcloud's --config reader knows only the camelCase JSON names (${read}) and rejects the file.`, fix: `Write ${read}.` }
    : { path, severity: 'info', message: `${written} ${renamed.length === 1 ? 'is a proto (snake_case) name' : 'are proto (snake_case) names'}, read as ${read}: the proto3 JSON mapping accepts both spellings.` };
}

function normalizeMessage(value: unknown, message: string, path: string, completeness: Completeness, found: Found): unknown {
  if (!isPlainObject(value) || isUnknown(value)) return value;
  const fields = MESSAGES[message];
  if (!fields) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const name = ownValue(fields, key) ? key : camelName(key, fields);
    if (name !== key) {
      if (Object.prototype.hasOwnProperty.call(value, name)) {
        found.notes.push({ path: join(path, name), severity: 'warning', message: `${join(path, key)} and ${join(path, name)} are the same field written twice; only one of them is read.`, fix: `Keep ${name}.` });
        changed = true;
        continue;
      }
      found.renamed.push({ path: join(path, name), written: key, read: name });
      changed = true;
    }
    const shape = ownValue(fields, name);
    if (!shape) found.unknownFields.push(unknownField(join(path, key), key, message, fields));
    let item = raw;
    if (shape?.repeated && completeness === 'partial' && item !== undefined && item !== null && !Array.isArray(item) && !isUnknown(item)) {
      found.notes.push({ path: join(path, name), severity: 'info', message: `${join(path, name)} is written as one value, not a list; gcloud reads it as a list of that one value.` });
      item = [item];
      changed = true;
    }
    const next = shape?.message ? normalizeField(item, shape, join(path, name), completeness, found) : item;
    if (next !== raw) changed = true;
    out[name] = next;
  }
  return changed ? out : value;
}

function normalizeField(value: unknown, shape: FieldShape, path: string, completeness: Completeness, found: Found): unknown {
  if (shape.message === 'map') return value;
  if (shape.repeated) {
    if (!Array.isArray(value) || isUnknown(value)) return value;
    let changed = false;
    const items = value.map((item, index) => {
      const next = normalizeMessage(item, shape.message!, `${path}[${index}]`, completeness, found);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  return normalizeMessage(value, shape.message!, path, completeness, found);
}

/** The violation of a key that `message` does not have, with the field it most likely meant. */
function unknownField(path: string, key: string, message: string, fields: { readonly [field: string]: FieldShape }): Violation {
  const meant = closestName(key, Object.keys(fields));
  return {
    path,
    message: `${path} is not a field of ${message} in the Vertex AI v1 API${meant ? `; did you mean ${meant}?` : '.'}`,
    fix: meant ? `Rename it to ${meant}.` : `Remove it, or check the name against the ${message} reference.`,
  };
}

/** `machine_spec` → `machineSpec` when that is a field of the message; otherwise the key as it is. */
function camelName(key: string, fields: { readonly [field: string]: FieldShape }): string {
  if (!key.includes('_')) return key;
  const camel = key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
  return ownValue(fields, camel) ? camel : key;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}
