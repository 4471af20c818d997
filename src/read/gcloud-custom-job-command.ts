import { CustomJob, CustomJobSpec, WorkerPoolSpec } from '../model/custom-job';
import { parseWorkerPoolSpecFlag, workerPoolFromFlag, WorkerPoolSpecFlag } from './worker-pool-spec-flag';

/** Makes the caller's one-line error for a problem with one flag (`--worker-pool-spec #2`) of the command. */
export type FlagFailure = (flag: string, problem: string) => Error;

/** A `gcloud ai custom-jobs create` command line, read. */
export interface GcloudCustomJobCommand {
  /** `--display-name`. */
  readonly displayName?: string;
  /** `--region`: the job's location. */
  readonly region?: string;
  /** `--project`. */
  readonly project?: string;
  /** `--config`: a YAML `CustomJobSpec` file the flags complete. */
  readonly configFile?: string;
  /** Every `--worker-pool-spec`, in order. */
  readonly workerPoolSpecs: WorkerPoolSpecFlag[];
  /** `--python-package-uris`: the packages of the pools built from `--worker-pool-spec` with an executor image. */
  readonly pythonPackageUris?: string[];
  /** `--args`: the arguments of every pool's task. */
  readonly args?: string[];
  /** `--command`: the command of every container pool. */
  readonly command?: string[];
  /** `--labels`. */
  readonly labels?: { [key: string]: string };
  /** `--service-account`. */
  readonly serviceAccount?: string;
  /** `--network`. */
  readonly network?: string;
  /** `--enable-web-access`. */
  readonly enableWebAccess?: boolean;
  /** `--enable-dashboard-access`. */
  readonly enableDashboardAccess?: boolean;
  /** `--persistent-resource-id`. */
  readonly persistentResourceId?: string;
  /** `--kms-key` (a full key name, or the key's id with `--kms-keyring`, `--kms-location`, `--kms-project`). */
  readonly kmsKey?: string;
  readonly kmsKeyring?: string;
  readonly kmsLocation?: string;
  readonly kmsProject?: string;
  /** Flags that were read but set nothing the job definition can hold, said as warnings. */
  readonly warnings: string[];
}

/** The words that start the command; the ones present are skipped (`gcloud beta ai custom-jobs create`). */
const COMMAND_WORDS = ['gcloud', 'alpha|beta', 'ai', 'custom-jobs', 'create'];

/** True when the words are a `gcloud [alpha|beta] ai custom-jobs create` command. */
export function isCustomJobCreateCommand(words: readonly string[]): boolean {
  const [gcloud, ...rest] = words;
  const track = rest[0] === 'alpha' || rest[0] === 'beta' ? 1 : 0;
  return gcloud === 'gcloud' && rest[track] === 'ai' && rest[track + 1] === 'custom-jobs' && rest[track + 2] === 'create';
}

/** Flags of gcloud itself, not of the job: they take a value, and are ignored. */
const GCLOUD_VALUE_FLAGS = new Set(['format', 'verbosity', 'account', 'billing-project', 'configuration', 'flags-file', 'impersonate-service-account', 'trace-token']);
/** Flags that take no value: gcloud's own (ignored) and the switches of `custom-jobs create`. */
const SWITCHES = new Set(['quiet', 'log-http', 'user-output-enabled', 'no-user-output-enabled', 'help', 'enable-web-access', 'no-enable-web-access', 'enable-dashboard-access', 'no-enable-dashboard-access']);
/** The flags of `custom-jobs create` that take a value and set part of the job. */
const KNOWN_VALUE_FLAGS = new Set([
  'display-name', 'region', 'project', 'config', 'worker-pool-spec', 'python-package-uris', 'args', 'command', 'labels', 'service-account',
  'network', 'kms-key', 'kms-keyring', 'kms-location', 'kms-project', 'persistent-resource-id',
]);

/**
 * Reads the words of a `gcloud [alpha|beta] ai custom-jobs create` command, as the shell split them (the leading
 * command words are optional). Repeated `--worker-pool-spec` flags make the pools in order; repeated `--args`,
 * `--command` and `--labels` add up, as gcloud's update action does. A flag that sets nothing of the job is a warning;
 * a malformed value is `fail(flag, problem)`.
 *
 * @see https://cloud.google.com/sdk/gcloud/reference/ai/custom-jobs/create
 */
export function parseGcloudCustomJobCommand(words: readonly string[], fail: FlagFailure): GcloudCustomJobCommand {
  let i = 0;
  for (const word of COMMAND_WORDS) if (words[i] !== undefined && word.split('|').includes(words[i])) i++;
  const out: { -readonly [K in keyof GcloudCustomJobCommand]: GcloudCustomJobCommand[K] } = { workerPoolSpecs: [], warnings: [] };
  for (; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith('--')) throw fail(word, '`gcloud ai custom-jobs create` takes no positional arguments');
    const eq = word.indexOf('=');
    const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
    if (SWITCHES.has(name) && eq < 0) {
      if (name === 'enable-web-access') out.enableWebAccess = true;
      else if (name === 'no-enable-web-access') out.enableWebAccess = false;
      else if (name === 'enable-dashboard-access') out.enableDashboardAccess = true;
      else if (name === 'no-enable-dashboard-access') out.enableDashboardAccess = false;
      continue;
    }
    const known = KNOWN_VALUE_FLAGS.has(name) || GCLOUD_VALUE_FLAGS.has(name);
    if (!known && eq < 0 && (words[i + 1] === undefined || words[i + 1].startsWith('--'))) {
      // A flag this reader does not know, with no value of its own: a switch (the next word is the next flag).
      out.warnings.push(`--${name}: not a flag of \`gcloud ai custom-jobs create\` that sets a job field; ignored`);
      continue;
    }
    const value = eq < 0 ? words[++i] : word.slice(eq + 1);
    if (value === undefined) throw fail(`--${name}`, 'the flag needs a value');
    switch (name) {
      case 'display-name': out.displayName = value; break;
      case 'region': out.region = value; break;
      case 'project': out.project = value; break;
      case 'config': out.configFile = value; break;
      case 'worker-pool-spec': {
        const flag = `--worker-pool-spec #${out.workerPoolSpecs.length + 1}`;
        out.workerPoolSpecs.push(parseWorkerPoolSpecFlag(value, (problem) => fail(flag, problem)));
        break;
      }
      case 'python-package-uris': out.pythonPackageUris = listValue(value); break;
      case 'args': out.args = [...(out.args ?? []), ...listValue(value)]; break;
      case 'command': out.command = [...(out.command ?? []), ...listValue(value)]; break;
      case 'labels': out.labels = { ...out.labels, ...mapValue(value, (problem) => fail('--labels', problem)) }; break;
      case 'service-account': out.serviceAccount = value; break;
      case 'network': out.network = value; break;
      case 'kms-key': out.kmsKey = value; break;
      case 'kms-keyring': out.kmsKeyring = value; break;
      case 'kms-location': out.kmsLocation = value; break;
      case 'kms-project': out.kmsProject = value; break;
      case 'persistent-resource-id': out.persistentResourceId = value; break;
      default:
        if (!GCLOUD_VALUE_FLAGS.has(name)) out.warnings.push(`--${name}: not a flag of \`gcloud ai custom-jobs create\` that sets a job field; ignored`);
    }
  }
  return out;
}

/** The custom job a command creates, its region and project, and what could not be carried into it. */
export interface CustomJobFromCommand {
  readonly customJob: CustomJob;
  readonly region?: string;
  readonly project?: string;
  /** Warnings: flags and keys left out, by name. */
  readonly warnings: string[];
  /** True when the command gave what a job needs beside its pools: `--display-name` and `--region`. */
  readonly complete: boolean;
}

/**
 * The custom job `gcloud ai custom-jobs create` sends, as its `ConstructCustomJobSpec` builds it: the `--config`
 * spec (if any), then `--network`, `--service-account`, `--enable-web-access`, `--enable-dashboard-access` and
 * `--persistent-resource-id` over it; `--worker-pool-spec` flags,
 * when given, replace its pools; `--args` replace the arguments of every pool's task and `--command` the command of
 * every container pool. `--display-name`, `--labels` and the KMS key flags complete the job.
 *
 * @see /usr/lib/google-cloud-sdk/lib/googlecloudsdk/command_lib/ai/custom_jobs/custom_jobs_util.py
 */
export function customJobFromCommand(command: GcloudCustomJobCommand, config: CustomJobSpec | undefined, fail: FlagFailure): CustomJobFromCommand {
  const warnings = [...command.warnings];
  let pools: WorkerPoolSpec[] = config?.workerPoolSpecs ? [...config.workerPoolSpecs] : [];
  if (command.workerPoolSpecs.length) {
    if (Object.keys(command.workerPoolSpecs[0].keys).length === 0) throw fail('--worker-pool-spec #1', 'the first pool cannot be empty (gcloud refuses it)');
    pools = command.workerPoolSpecs.map((flag, i) => {
      const name = `--worker-pool-spec #${i + 1}`;
      if (Object.keys(flag.keys).length && flag.keys['machine-type'] === undefined) throw fail(name, 'machine-type is required (gcloud refuses a pool without it)');
      const { pool, dropped } = workerPoolFromFlag(flag, command.pythonPackageUris, (problem) => fail(name, problem));
      if (dropped.length) {
        warnings.push(
          `${name}: ${dropped.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} local-only: gcloud builds and pushes a container image from the local ` +
            'package before it creates the job, so the image is not known here; left out. Build and push the image, then set container-image-uri to it',
        );
      }
      return pool;
    });
  }
  if (command.args) pools = pools.map((pool) => withTask(pool, { args: command.args }, { args: command.args }));
  if (command.command) pools = pools.map((pool) => withTask(pool, { command: command.command }, undefined));
  const jobSpec: CustomJobSpec = {
    ...config,
    workerPoolSpecs: pools,
    ...(command.network !== undefined ? { network: command.network } : {}),
    ...(command.serviceAccount !== undefined ? { serviceAccount: command.serviceAccount } : {}),
    ...(command.enableWebAccess ? { enableWebAccess: true } : {}),
    ...(command.enableDashboardAccess ? { enableDashboardAccess: true } : {}),
    ...(command.persistentResourceId !== undefined ? { persistentResourceId: command.persistentResourceId } : {}),
  };
  const kmsKeyName = kmsKeyOf(command, fail);
  const customJob: CustomJob = {
    ...(command.displayName !== undefined ? { displayName: command.displayName } : {}),
    jobSpec,
    ...(command.labels && Object.keys(command.labels).length ? { labels: command.labels } : {}),
    ...(kmsKeyName !== undefined ? { encryptionSpec: { kmsKeyName } } : {}),
  } as CustomJob;
  return {
    customJob,
    ...(command.region !== undefined ? { region: command.region } : {}),
    ...(command.project !== undefined ? { project: command.project } : {}),
    warnings,
    complete: command.displayName !== undefined && command.region !== undefined,
  };
}

/** The pool with its container's and Python package's fields set (a pool without that task stays as it is). */
function withTask(pool: WorkerPoolSpec, container: object, python: object | undefined): WorkerPoolSpec {
  return {
    ...pool,
    ...(pool.containerSpec ? { containerSpec: { ...pool.containerSpec, ...container } } : {}),
    ...(pool.pythonPackageSpec && python ? { pythonPackageSpec: { ...pool.pythonPackageSpec, ...python } } : {}),
  };
}

/** The KMS key name of `--kms-key` (a full name, or an id completed by the other KMS flags, as gcloud's resource argument). */
function kmsKeyOf(command: GcloudCustomJobCommand, fail: FlagFailure): string | undefined {
  const { kmsKey, kmsKeyring, kmsLocation, kmsProject } = command;
  if (kmsKey === undefined) {
    if (kmsKeyring !== undefined || kmsLocation !== undefined || kmsProject !== undefined) throw fail('--kms-key', 'encryption key not fully specified: --kms-keyring, --kms-location and --kms-project need --kms-key');
    return undefined;
  }
  if (kmsKey.startsWith('projects/')) return kmsKey;
  const project = kmsProject ?? command.project;
  if (kmsKeyring === undefined || kmsLocation === undefined || project === undefined) {
    throw fail('--kms-key', 'encryption key not fully specified: give the full projects/…/cryptoKeys/… name, or --kms-keyring, --kms-location and --kms-project (or --project)');
  }
  return `projects/${project}/locations/${kmsLocation}/keyRings/${kmsKeyring}/cryptoKeys/${kmsKey}`;
}

/** A gcloud list value: `a,b,c` (or `^D^a` with another delimiter). */
function listValue(value: string): string[] {
  const alternative = /^\^([^^]+)\^/.exec(value);
  const delimiter = alternative ? alternative[1] : ',';
  const text = alternative ? value.slice(alternative[0].length) : value;
  if (text === '') return [];
  return (text.endsWith(delimiter) ? text.slice(0, -delimiter.length) : text).split(delimiter);
}

/** A gcloud `KEY=VALUE,…` value. */
function mapValue(value: string, fail: (problem: string) => Error): { [key: string]: string } {
  const map: { [key: string]: string } = {};
  for (const pair of listValue(value)) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw fail(`expected KEY=VALUE pairs, found "${pair}"`);
    // Keys are user data: define them, so a key such as `__proto__` stays a key.
    Object.defineProperty(map, pair.slice(0, eq), { value: pair.slice(eq + 1), enumerable: true, writable: true, configurable: true });
  }
  return map;
}
