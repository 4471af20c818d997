import { Job } from '../model/job';
import { AcceleratorConfig, ReplicaConfig } from '../model/replica-config';
import { TrainingInput } from '../model/training-input';
import { InputFileError } from '../read/input-file-error';
import { COMMAND_LINE } from './gcloud-flag-values';

/**
 * The flags of `gcloud ai-platform jobs submit training` that set fields of the job, in API terms. Every flag is
 * optional; a flag that is given wins over the `--config` file, field by field, as gcloud's `BuildTrainingJob`
 * does (`--labels` and `--packages` replace the file's whole map or list).
 *
 * @see https://cloud.google.com/sdk/gcloud/reference/ai-platform/jobs/submit/training
 */
export interface GcloudTrainingFlags {
  /** The `JOB` argument: `jobId`. */
  readonly jobId?: string;
  /** `--region`: `trainingInput.region`. */
  readonly region?: string;
  /** `--module-name`: `trainingInput.pythonModule`. */
  readonly moduleName?: string;
  /** `--packages`: `trainingInput.packageUris` (local paths are uploaded by gcloud, so their URIs are unknown). */
  readonly packages?: readonly string[];
  /** `--package-path`: a local directory gcloud builds and uploads; its `gs://` URI is only known after submit. */
  readonly packagePath?: string;
  /** `--staging-bucket`: where gcloud uploads packages; not part of the job. */
  readonly stagingBucket?: string;
  /** `--job-dir`: `trainingInput.jobDir`. */
  readonly jobDir?: string;
  /** `--runtime-version`: `trainingInput.runtimeVersion`. */
  readonly runtimeVersion?: string;
  /** `--python-version`: `trainingInput.pythonVersion`. */
  readonly pythonVersion?: string;
  /** `--scale-tier`: `trainingInput.scaleTier`; gcloud's spelling (`basic-gpu`) or the API's (`BASIC_GPU`). */
  readonly scaleTier?: string;
  /** `--master-machine-type`: `trainingInput.masterType`. */
  readonly masterMachineType?: string;
  /** `--master-image-uri`: `trainingInput.masterConfig.imageUri`. */
  readonly masterImageUri?: string;
  /** `--master-accelerator`, `count=2,type=nvidia-tesla-t4`: `trainingInput.masterConfig.acceleratorConfig`. */
  readonly masterAccelerator?: string;
  /** `--worker-machine-type`: `trainingInput.workerType`. */
  readonly workerMachineType?: string;
  /** `--worker-count`: `trainingInput.workerCount`. */
  readonly workerCount?: number;
  /** `--worker-image-uri`: `trainingInput.workerConfig.imageUri`. */
  readonly workerImageUri?: string;
  /** `--worker-accelerator`: `trainingInput.workerConfig.acceleratorConfig`. */
  readonly workerAccelerator?: string;
  /** `--tpu-tf-version`: `trainingInput.workerConfig.tpuTfVersion`. */
  readonly tpuTfVersion?: string;
  /** `--parameter-server-machine-type`: `trainingInput.parameterServerType`. */
  readonly parameterServerMachineType?: string;
  /** `--parameter-server-count`: `trainingInput.parameterServerCount`. */
  readonly parameterServerCount?: number;
  /** `--parameter-server-image-uri`: `trainingInput.parameterServerConfig.imageUri`. */
  readonly parameterServerImageUri?: string;
  /** `--parameter-server-accelerator`: `trainingInput.parameterServerConfig.acceleratorConfig`. */
  readonly parameterServerAccelerator?: string;
  /** `--use-chief-in-tf-config`: `trainingInput.useChiefInTfConfig`. */
  readonly useChiefInTfConfig?: boolean;
  /** `--enable-web-access`: `trainingInput.enableWebAccess`. */
  readonly enableWebAccess?: boolean;
  /** `--network`: `trainingInput.network`. */
  readonly network?: string;
  /** `--service-account`: `trainingInput.serviceAccount`. */
  readonly serviceAccount?: string;
  /** `--kms-key`: the key's full name, or its id with `kmsKeyring`, `kmsLocation` and `kmsProject`. */
  readonly kmsKey?: string;
  /** `--kms-keyring`. */
  readonly kmsKeyring?: string;
  /** `--kms-location`. */
  readonly kmsLocation?: string;
  /** `--kms-project` (gcloud's default, the current project, is not known offline). */
  readonly kmsProject?: string;
  /** `--labels`: `labels` (replaces the file's labels). */
  readonly labels?: { readonly [key: string]: string };
  /** The arguments after `--`: `trainingInput.args`. */
  readonly userArgs?: readonly string[];
}

/** A job completed from its `--config` file and the command line. */
export interface GcloudTrainingJob {
  readonly job: Job;
  /** API paths whose file value a flag replaced by a different one. */
  readonly overridden: string[];
  /** What could not be completed offline (packages gcloud would upload, the KMS project). */
  readonly warnings: string[];
}


/**
 * Completes a job read from a gcloud `--config` file with the flags of the command line that submits it. A flag
 * that is given wins over the file, as in gcloud; the file is not changed.
 */
export function applyGcloudTrainingFlags(fileJob: Job | undefined, flags: GcloudTrainingFlags): GcloudTrainingJob {
  const warnings: string[] = [];
  const overridden: string[] = [];
  const job: Record<string, unknown> = { ...(fileJob ?? {}) };
  const training: Record<string, unknown> = { ...(fileJob?.trainingInput ?? {}) };
  const set = (target: Record<string, unknown>, field: string, path: string, value: unknown): void => {
    if (value === undefined) return;
    if (target[field] !== undefined && JSON.stringify(target[field]) !== JSON.stringify(value)) overridden.push(path);
    target[field] = value;
  };

  set(job, 'jobId', 'jobId', flags.jobId);
  set(job, 'labels', 'labels', flags.labels === undefined ? undefined : { ...flags.labels });
  set(training, 'pythonModule', 'trainingInput.pythonModule', flags.moduleName);
  set(training, 'args', 'trainingInput.args', flags.userArgs === undefined ? undefined : [...flags.userArgs]);
  const packages = packageUris(flags, warnings);
  if (packages?.length) set(training, 'packageUris', 'trainingInput.packageUris', packages);
  else if (packages && training.packageUris !== undefined) {
    // gcloud replaces the file's list with the URIs it uploads, which are not known here.
    overridden.push('trainingInput.packageUris');
    delete training.packageUris;
  }
  set(training, 'region', 'trainingInput.region', flags.region);
  set(training, 'jobDir', 'trainingInput.jobDir', flags.jobDir);
  set(training, 'scaleTier', 'trainingInput.scaleTier', flags.scaleTier === undefined ? undefined : enumName(flags.scaleTier));
  set(training, 'runtimeVersion', 'trainingInput.runtimeVersion', flags.runtimeVersion);
  set(training, 'pythonVersion', 'trainingInput.pythonVersion', flags.pythonVersion);
  set(training, 'network', 'trainingInput.network', flags.network);
  set(training, 'serviceAccount', 'trainingInput.serviceAccount', flags.serviceAccount);
  set(training, 'enableWebAccess', 'trainingInput.enableWebAccess', flags.enableWebAccess);
  set(training, 'useChiefInTfConfig', 'trainingInput.useChiefInTfConfig', flags.useChiefInTfConfig);
  const kmsKeyName = kmsKey(flags, warnings);
  if (kmsKeyName !== undefined) {
    const encryption = { ...(training.encryptionConfig as object | undefined) } as Record<string, unknown>;
    set(encryption, 'kmsKeyName', 'trainingInput.encryptionConfig.kmsKeyName', kmsKeyName);
    training.encryptionConfig = encryption;
  }
  set(training, 'masterType', 'trainingInput.masterType', flags.masterMachineType);
  set(training, 'workerType', 'trainingInput.workerType', flags.workerMachineType);
  set(training, 'workerCount', 'trainingInput.workerCount', flags.workerCount);
  set(training, 'parameterServerType', 'trainingInput.parameterServerType', flags.parameterServerMachineType);
  set(training, 'parameterServerCount', 'trainingInput.parameterServerCount', flags.parameterServerCount);
  const replicas: Array<[string, string | undefined, string | undefined, string, string | undefined]> = [
    ['masterConfig', flags.masterImageUri, flags.masterAccelerator, '--master-accelerator', undefined],
    ['workerConfig', flags.workerImageUri, flags.workerAccelerator, '--worker-accelerator', flags.tpuTfVersion],
    ['parameterServerConfig', flags.parameterServerImageUri, flags.parameterServerAccelerator, '--parameter-server-accelerator', undefined],
  ];
  for (const [field, imageUri, accelerator, flagName, tpuTfVersion] of replicas) {
    if (imageUri === undefined && accelerator === undefined && tpuTfVersion === undefined) continue;
    // gcloud sets these one field at a time, keeping the rest of the file's replica config.
    const config = { ...(training[field] as ReplicaConfig | undefined) } as Record<string, unknown>;
    const path = `trainingInput.${field}`;
    set(config, 'imageUri', `${path}.imageUri`, imageUri);
    set(config, 'tpuTfVersion', `${path}.tpuTfVersion`, tpuTfVersion);
    if (accelerator !== undefined) {
      const parsed = parseAccelerator(accelerator, flagName);
      const acceleratorConfig = { ...(config.acceleratorConfig as AcceleratorConfig | undefined) } as Record<string, unknown>;
      set(acceleratorConfig, 'type', `${path}.acceleratorConfig.type`, parsed.type);
      set(acceleratorConfig, 'count', `${path}.acceleratorConfig.count`, parsed.count);
      config.acceleratorConfig = acceleratorConfig;
    }
    training[field] = config;
  }
  if (Object.keys(training).length || fileJob?.trainingInput) job.trainingInput = training as unknown as TrainingInput;
  return { job: job as unknown as Job, overridden, warnings };
}

/**
 * The package URIs the flags give (undefined without package flags): gcloud uploads `--package-path` (and local
 * `--packages`) at submit time and uses only the resulting URIs, which cannot be known offline, so only the `gs://`
 * ones are returned and the rest reported.
 */
function packageUris(flags: GcloudTrainingFlags, warnings: string[]): string[] | undefined {
  if (flags.packages === undefined && flags.packagePath === undefined) return undefined;
  const remote = (flags.packages ?? []).filter((p) => p.startsWith('gs://'));
  const local = (flags.packages ?? []).filter((p) => !p.startsWith('gs://'));
  if (flags.packagePath !== undefined) {
    warnings.push(`--package-path ${flags.packagePath}: gcloud builds and uploads the package at submit time, so its gs:// URI is not known; add it to trainingInput.packageUris (or pass --packages gs://…)`);
  }
  for (const p of local) warnings.push(`--packages ${p}: gcloud uploads local packages at submit time, so its gs:// URI is not known; add it to trainingInput.packageUris`);
  return remote;
}

function kmsKey(flags: GcloudTrainingFlags, warnings: string[]): string | undefined {
  if (flags.kmsKey === undefined) return undefined;
  if (flags.kmsKey.startsWith('projects/')) return flags.kmsKey;
  if (flags.kmsKeyring === undefined || flags.kmsLocation === undefined) {
    throw new InputFileError(COMMAND_LINE, '--kms-key', `"${flags.kmsKey}" is not a full key name (projects/…/cryptoKeys/…) and --kms-keyring or --kms-location is missing`);
  }
  if (flags.kmsProject === undefined) {
    warnings.push('--kms-key without --kms-project: gcloud uses the current project, which is not known offline; the key name says PROJECT');
  }
  return `projects/${flags.kmsProject ?? 'PROJECT'}/locations/${flags.kmsLocation}/keyRings/${flags.kmsKeyring}/cryptoKeys/${flags.kmsKey}`;
}

/** `count=2,type=nvidia-tesla-t4` → `{ count: 2, type: 'NVIDIA_TESLA_T4' }`, as gcloud reads the flag. */
function parseAccelerator(value: string, flagName: string): AcceleratorConfig {
  const out: { count?: number; type?: string } = {};
  for (const part of value.split(',')) {
    const [key, text, ...rest] = part.split('=');
    if (rest.length || text === undefined || (key !== 'count' && key !== 'type')) {
      throw new InputFileError(COMMAND_LINE, flagName, `expected count=COUNT,type=TYPE, found "${value}"`);
    }
    if (key === 'count') {
      if (!/^\d+$/.test(text)) throw new InputFileError(COMMAND_LINE, flagName, `count must be a whole number, found "${text}"`);
      out.count = Number(text);
    } else {
      out.type = enumName(text);
    }
  }
  return out;
}

/** gcloud's spelling of an enum value (`basic-gpu`) as the API's (`BASIC_GPU`). */
function enumName(value: string): string {
  return value.replace(/-/g, '_').toUpperCase();
}
