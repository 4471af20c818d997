import { GcloudTrainingFlags } from './gcloud-training-flags';
import { COMMAND_LINE, afterCommandWords, keyValueFlag, splitFlag, wholeNumberFlag } from './gcloud-flag-values';
import { InputFileError } from '../read/input-file-error';

/** A `gcloud ai-platform jobs submit training` command line, read. */
export interface GcloudTrainingCommand {
  /** The flags that set job fields. */
  readonly flags: GcloudTrainingFlags;
  /** `--config`: the job file. */
  readonly configFile?: string;
  /** `--project`, the one gcloud-wide flag that matters to a job (its import id). */
  readonly project?: string;
  /** Flags that were ignored. */
  readonly warnings: string[];
}

type FlagKind = 'string' | 'number' | 'list' | 'map' | 'boolean' | 'valued-boolean';

/** gcloud flag → field of `GcloudTrainingFlags` and how its value is read. */
const FLAGS: { readonly [flag: string]: readonly [keyof GcloudTrainingFlags, FlagKind] } = {
  'region': ['region', 'string'],
  'module-name': ['moduleName', 'string'],
  'packages': ['packages', 'list'],
  'package-path': ['packagePath', 'string'],
  'staging-bucket': ['stagingBucket', 'string'],
  'job-dir': ['jobDir', 'string'],
  'runtime-version': ['runtimeVersion', 'string'],
  'python-version': ['pythonVersion', 'string'],
  'scale-tier': ['scaleTier', 'string'],
  'master-machine-type': ['masterMachineType', 'string'],
  'master-image-uri': ['masterImageUri', 'string'],
  'master-accelerator': ['masterAccelerator', 'string'],
  'worker-machine-type': ['workerMachineType', 'string'],
  'worker-count': ['workerCount', 'number'],
  'worker-image-uri': ['workerImageUri', 'string'],
  'worker-accelerator': ['workerAccelerator', 'string'],
  'tpu-tf-version': ['tpuTfVersion', 'string'],
  'parameter-server-machine-type': ['parameterServerMachineType', 'string'],
  'parameter-server-count': ['parameterServerCount', 'number'],
  'parameter-server-image-uri': ['parameterServerImageUri', 'string'],
  'parameter-server-accelerator': ['parameterServerAccelerator', 'string'],
  'use-chief-in-tf-config': ['useChiefInTfConfig', 'valued-boolean'],
  'enable-web-access': ['enableWebAccess', 'boolean'],
  'network': ['network', 'string'],
  'service-account': ['serviceAccount', 'string'],
  'kms-key': ['kmsKey', 'string'],
  'kms-keyring': ['kmsKeyring', 'string'],
  'kms-location': ['kmsLocation', 'string'],
  'kms-project': ['kmsProject', 'string'],
  'labels': ['labels', 'map'],
};

/** Flags that change how gcloud runs, not the job. */
const NO_VALUE_FLAGS = new Set(['async', 'stream-logs', 'quiet', 'log-http', 'no-user-output-enabled', 'user-output-enabled']);

/**
 * Reads the words of a `gcloud ai-platform jobs submit training JOB [flags] [-- ARGS…]` command (as a shell would
 * split them; the leading command words are optional) into flags, the `--config` file and the project.
 */
export function parseGcloudTrainingArgv(argv: readonly string[]): GcloudTrainingCommand {
  let i = afterCommandWords(argv, 'training');
  const flags: Record<string, unknown> = {};
  const warnings: string[] = [];
  let configFile: string | undefined;
  let project: string | undefined;
  for (; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--') {
      flags.userArgs = argv.slice(i + 1);
      break;
    }
    if (!word.startsWith('--')) {
      if (flags.jobId !== undefined) throw new InputFileError(COMMAND_LINE, word, `a second JOB argument (the first was ${String(flags.jobId)})`);
      flags.jobId = word;
      continue;
    }
    const [name, inlineValue] = splitFlag(word.slice(2));
    const known = Object.hasOwn(FLAGS, name) ? FLAGS[name] : undefined; // `--constructor` is no flag of ours
    if (NO_VALUE_FLAGS.has(name) || (known && known[1] === 'boolean')) {
      if (known) flags[known[0]] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new InputFileError(COMMAND_LINE, `--${name}`, 'the flag needs a value');
    if (name === 'config') configFile = value;
    else if (name === 'project') project = value;
    else if (!known) warnings.push(`--${name}: not a flag that sets a job field; ignored`);
    else flags[known[0]] = flagValue(name, known[1], value);
  }
  return {
    flags: flags as GcloudTrainingFlags,
    ...(configFile !== undefined ? { configFile } : {}),
    ...(project !== undefined ? { project } : {}),
    warnings,
  };
}

function flagValue(name: string, kind: FlagKind, value: string): unknown {
  switch (kind) {
    case 'number':
      return wholeNumberFlag(name, value);
    case 'valued-boolean':
      if (!/^(true|false)$/i.test(value)) throw new InputFileError(COMMAND_LINE, `--${name}`, `expected true or false, found "${value}"`);
      return value.toLowerCase() === 'true';
    case 'list':
      return value.split(',');
    case 'map':
      return keyValueFlag(name, value);
    default:
      return value;
  }
}
