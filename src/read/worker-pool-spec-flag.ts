import { PythonPackageSpec, WorkerPoolSpec } from '../model/custom-job';

/** One `--worker-pool-spec` value, read. */
export interface WorkerPoolSpecFlag {
  /** The keys of the value as gcloud's `ArgDict` reads them (the last of a repeated key wins). */
  readonly keys: { readonly [key: string]: string };
}

/** The keys `gcloud ai custom-jobs create --worker-pool-spec` accepts. */
export const WORKER_POOL_SPEC_KEYS: readonly string[] = [
  'replica-count',
  'machine-type',
  'accelerator-type',
  'accelerator-count',
  'container-image-uri',
  'executor-image-uri',
  'output-image-uri',
  'python-module',
  'script',
  'local-package-path',
  'requirements',
  'extra-dirs',
  'extra-packages',
];

/**
 * The keys that only autopackaging uses: gcloud builds a container image from a local folder and pushes it before it
 * creates the job, so the job's image is not known from the command. They cannot be carried into a job definition.
 */
export const LOCAL_ONLY_KEYS: readonly string[] = ['local-package-path', 'script', 'requirements', 'extra-dirs', 'extra-packages', 'output-image-uri'];

/**
 * Reads one `--worker-pool-spec` value as gcloud's `ArgDict` does: `key=value` items separated by `,` (or by the
 * delimiter of a `^D^` prefix, `gcloud topic escaping`), blanks and double quotes around keys and values trimmed, an
 * empty value an empty pool (`{}`, to skip a pool). `fail(problem)` makes the caller's one-line error.
 *
 * @see /usr/lib/google-cloud-sdk/lib/googlecloudsdk/command_lib/ai/custom_jobs/flags.py (`_WORKER_POOL_SPEC`)
 * @see https://cloud.google.com/sdk/gcloud/reference/ai/custom-jobs/create
 */
export function parseWorkerPoolSpecFlag(value: string, fail: (problem: string) => Error): WorkerPoolSpecFlag {
  let delimiter = ',';
  let text = value;
  const alternative = /^\^([^^]+)\^/.exec(text);
  if (text.startsWith('^') && text.indexOf('^', 1) > 0) {
    if (!alternative) throw fail('an empty ^^ delimiter; write ^DELIM^ before the value (gcloud topic escaping)');
    delimiter = alternative[1];
    text = text.slice(alternative[0].length);
  }
  const keys: { [key: string]: string } = {};
  if (text.trim() === '') return { keys };
  const items = text.endsWith(delimiter) ? text.slice(0, -delimiter.length).split(delimiter) : text.split(delimiter);
  for (const item of items) {
    const eq = item.indexOf('=');
    const key = cleanup(eq < 0 ? item : item.slice(0, eq));
    if (eq < 0 || key === '') throw fail(`"${item}" is not KEY=VALUE; keys are ${WORKER_POOL_SPEC_KEYS.join(', ')}`);
    if (!WORKER_POOL_SPEC_KEYS.includes(key)) throw fail(`unknown key "${key}"; keys are ${WORKER_POOL_SPEC_KEYS.join(', ')}`);
    Object.defineProperty(keys, key, { value: cleanup(item.slice(eq + 1)), enumerable: true, writable: true, configurable: true });
  }
  return { keys };
}

/** A whole number of a `--worker-pool-spec` key, as gcloud's `int()` reads it. */
export function wholeNumberKey(keys: { readonly [key: string]: string }, key: string, fail: (problem: string) => Error): number | undefined {
  const text = keys[key];
  if (text === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(text)) throw fail(`${key}=${text}: expected a whole number`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw fail(`${key}=${text}: too large`);
  return value;
}

/**
 * The worker pool a `--worker-pool-spec` value makes, as gcloud's `_ConstructSingleWorkerPoolSpec` builds it:
 * `replicaCount` (default 1), `machineSpec` with `acceleratorType` and `acceleratorCount` (default 1, only with a
 * type), then `containerSpec` when `container-image-uri` is given, else `pythonPackageSpec` with the common
 * `--python-package-uris`. An empty value is an empty pool. The local-only keys are left out and named in `dropped`.
 *
 * @see /usr/lib/google-cloud-sdk/lib/googlecloudsdk/command_lib/ai/custom_jobs/custom_jobs_util.py
 */
export function workerPoolFromFlag(
  flag: WorkerPoolSpecFlag,
  packageUris: readonly string[] | undefined,
  fail: (problem: string) => Error,
): { pool: WorkerPoolSpec; dropped: string[] } {
  const keys = flag.keys;
  if (Object.keys(keys).length === 0) return { pool: {}, dropped: [] };
  const local = keys['local-package-path'] !== undefined;
  // With a local package, the executor image is only the base of the image gcloud builds, and the module its entry.
  const consumed = local ? [...LOCAL_ONLY_KEYS, 'executor-image-uri', 'python-module'] : LOCAL_ONLY_KEYS;
  const dropped = WORKER_POOL_SPEC_KEYS.filter((key) => consumed.includes(key) && keys[key] !== undefined);
  const acceleratorCount = wholeNumberKey(keys, 'accelerator-count', fail);
  if (acceleratorCount !== undefined && keys['accelerator-type'] === undefined) throw fail('accelerator-count needs accelerator-type (gcloud refuses it alone)');
  const machineSpec = {
    ...(keys['machine-type'] !== undefined ? { machineType: keys['machine-type'] } : {}),
    ...(keys['accelerator-type'] !== undefined ? { acceleratorType: keys['accelerator-type'], acceleratorCount: acceleratorCount ?? 1 } : {}),
  };
  const image = keys['container-image-uri'];
  const executor = keys['executor-image-uri'];
  const module = keys['python-module'];
  const pool: WorkerPoolSpec = {
    machineSpec,
    replicaCount: wholeNumberKey(keys, 'replica-count', fail) ?? 1,
    ...(image !== undefined
      ? { containerSpec: { imageUri: image } }
      : !local && (packageUris !== undefined || executor !== undefined || module !== undefined)
        ? { pythonPackageSpec: pythonPackage(executor, packageUris, module) }
        : {}),
  };
  return { pool, dropped };
}

/**
 * A Python package task with the fields gcloud sets; an unset one stays unset, for the rules to name (gcloud sends
 * `packageUris: []` without `--python-package-uris`, which the service refuses alike).
 */
function pythonPackage(executor: string | undefined, packageUris: readonly string[] | undefined, module: string | undefined): PythonPackageSpec {
  return {
    ...(executor !== undefined ? { executorImageUri: executor } : {}),
    ...(packageUris !== undefined ? { packageUris: [...packageUris] } : {}),
    ...(module !== undefined ? { pythonModule: module } : {}),
  } as PythonPackageSpec;
}

/** `ArgDict`'s clean-up: blanks around, then double quotes around. */
function cleanup(text: string): string {
  return text.trim().replace(/^"+|"+$/g, '');
}
