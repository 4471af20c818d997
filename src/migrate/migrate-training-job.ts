import { Catalog } from '../catalog/catalog';
import { compareVersions } from '../catalog/compare-versions';
import { VertexCatalog } from '../catalog/vertex/vertex-catalog';
import { VertexPrebuiltImageFact } from '../catalog/vertex/vertex-catalog-types';
import { ContainerSpec, CustomJob, MachineSpec, PythonPackageSpec, WorkerPoolSpec } from '../model/custom-job';
import { Job } from '../model/job';
import { ownValue } from '../model/own-value';
import { ReplicaConfig } from '../model/replica-config';
import { isUnknown } from '../rules/values';
import { TrainingInput } from '../model/training-input';
import { K80_REPLACEMENT, LEGACY_MACHINE_TYPES } from './legacy-machine-types';
import { MigrationNote } from './migration-note';

/** A migrated job: the Vertex AI custom job, its region, and what the migration had to say. */
export interface CustomJobMigration {
  readonly customJob: CustomJob;
  /** `trainingInput.region`, the custom job's location. */
  readonly location?: string;
  readonly notes: MigrationNote[];
}

/** The four ML Engine roles and the Vertex pool each becomes. */
const ROLES = [
  { role: 'master', type: 'masterType', config: 'masterConfig', count: undefined },
  { role: 'worker', type: 'workerType', config: 'workerConfig', count: 'workerCount' },
  { role: 'parameterServer', type: 'parameterServerType', config: 'parameterServerConfig', count: 'parameterServerCount' },
  { role: 'evaluator', type: 'evaluatorType', config: 'evaluatorConfig', count: 'evaluatorCount' },
] as const;

/** TrainingInput fields the migration maps; any other field present is reported as dropped, never silently lost. */
const MAPPED = new Set([
  'scaleTier', 'masterType', 'masterConfig', 'workerType', 'workerConfig', 'workerCount', 'parameterServerType', 'parameterServerConfig',
  'parameterServerCount', 'evaluatorType', 'evaluatorConfig', 'evaluatorCount', 'packageUris', 'pythonModule', 'args', 'region', 'jobDir',
  'runtimeVersion', 'pythonVersion', 'encryptionConfig', 'scheduling', 'network', 'serviceAccount', 'enableWebAccess',
  'hyperparameters', 'useChiefInTfConfig',
]);

interface RolePlan {
  readonly index: number;
  readonly machineType: string;
  readonly config?: ReplicaConfig;
  readonly count: number;
  readonly field: string;
  readonly accelerator?: { type: string; count: number };
}

/**
 * Migrates an ML Engine (AI Platform Training) job to a Vertex AI CustomJob: master → pool 0, workers → 1, parameter
 * servers → 2, evaluators → 3; scale tiers and legacy machine types → Compute Engine types and accelerators; runtime
 * and Python version → the matching prebuilt training container; jobDir → baseOutputDirectory (and `--job-dir` in
 * the args, as ML Engine passed it); maxRunningTime → scheduling.timeout. What has no Vertex equivalent (maxWaitTime,
 * priority, hyperparameter tuning, …) is reported by name in `notes`. Pure: the input is not changed.
 *
 * Throws for a job without `trainingInput` (a batch prediction job is not a custom job).
 */
export function migrateTrainingJob(job: Job, catalog: VertexCatalog = VertexCatalog.default()): CustomJobMigration {
  const input = job.trainingInput;
  if (!input) throw new Error(`Job ${JSON.stringify(job.jobId ?? '(no jobId)')} has no trainingInput: only training jobs become Vertex AI custom jobs (batch prediction is a Vertex BatchPredictionJob).`);
  const notes: MigrationNote[] = [];
  const fields = input as unknown as Record<string, unknown>;

  const plans = rolePlans(input, catalog, notes);
  const tpuJob = plans.some((plan) => plan.machineType === 'cloud-tpu');
  const gpuJob = plans.some((plan) => plan.accelerator && !plan.accelerator.type.startsWith('TPU_'));
  const masterImage = input.masterConfig?.imageUri;
  const jobDirArgs = input.jobDir !== undefined && input.jobDir !== null && input.jobDir !== '' ? [`--job-dir=${input.jobDir}`] : [];
  const image = masterImage === undefined ? executorImage(input, tpuJob ? 'tpu' : gpuJob ? 'gpu' : 'cpu', catalog, notes) : undefined;
  if (masterImage !== undefined) {
    // A custom container brings its own runtime: a runtime or Python version beside it (which the API refuses) goes.
    for (const key of ['runtimeVersion', 'pythonVersion'] as const) {
      if (input[key] !== undefined) notes.push({ outcome: 'dropped', field: `trainingInput.${key}`, message: `trainingInput.${key} (${String(input[key])}) is not carried over: the job runs the custom container ${masterImage}, which brings its own runtime.` });
    }
  }

  const pools: WorkerPoolSpec[] = [{}, {}, {}, {}];
  for (const plan of plans) {
    const machineSpec: MachineSpec = { machineType: plan.machineType, ...(plan.accelerator ? { acceleratorType: plan.accelerator.type, acceleratorCount: plan.accelerator.count } : {}) };
    const disk = plan.config?.diskConfig;
    const imageUri = plan.config?.imageUri ?? masterImage;
    let task: { containerSpec: ContainerSpec } | { pythonPackageSpec: PythonPackageSpec };
    if (imageUri !== undefined) {
      const args = [...listOf(plan.config?.containerArgs ?? input.args), ...jobDirArgs];
      const command = listOf(plan.config?.containerCommand);
      task = { containerSpec: { imageUri, ...(command.length ? { command } : {}), ...(args.length ? { args } : {}) } };
    } else {
      const args = [...listOf(input.args), ...jobDirArgs];
      const packageUris = listOf(input.packageUris);
      task = { pythonPackageSpec: { executorImageUri: image ?? '', packageUris, pythonModule: input.pythonModule ?? '', ...(args.length ? { args } : {}) } };
      if (plan.index === 0 && !packageUris.length) notes.push({ outcome: 'missing', field: 'trainingInput.packageUris', vertexField: 'jobSpec.workerPoolSpecs[*].pythonPackageSpec.packageUris', message: 'trainingInput.packageUris is not in the input (gcloud took it from --package-path or --packages); give the gs:// URI of the training package.' });
      if (plan.index === 0 && !input.pythonModule) notes.push({ outcome: 'missing', field: 'trainingInput.pythonModule', vertexField: 'jobSpec.workerPoolSpecs[*].pythonPackageSpec.pythonModule', message: 'trainingInput.pythonModule is not in the input (gcloud took it from --module-name); give the module to run.' });
    }
    if (plan.config?.tpuTfVersion !== undefined) notes.push({ outcome: 'dropped', field: `${plan.field}.tpuTfVersion`, message: `${plan.field}.tpuTfVersion has no Vertex equivalent: a TPU VM runs the TensorFlow of its image.` });
    pools[plan.index] = {
      machineSpec,
      replicaCount: plan.count,
      ...(disk && (disk.bootDiskType !== undefined || disk.bootDiskSizeGb !== undefined) ? { diskSpec: { ...(disk.bootDiskType !== undefined ? { bootDiskType: disk.bootDiskType } : {}), ...(disk.bootDiskSizeGb !== undefined ? { bootDiskSizeGb: disk.bootDiskSizeGb } : {}) } } : {}),
      ...task,
    };
  }
  while (pools.length > 1 && Object.keys(pools[pools.length - 1]).length === 0) pools.pop();

  if (jobDirArgs.length) notes.push({ outcome: 'changed', field: 'trainingInput.jobDir', vertexField: 'jobSpec.baseOutputDirectory.outputUriPrefix', message: `trainingInput.jobDir becomes baseOutputDirectory (Vertex sets AIP_MODEL_DIR=${String(input.jobDir).replace(/\/?$/, '/')}model/ …); --job-dir=${input.jobDir} is added to the args, as ML Engine passed it.` });
  const scheduling = input.scheduling;
  if (scheduling?.maxWaitTime !== undefined) notes.push({ outcome: 'dropped', field: 'trainingInput.scheduling.maxWaitTime', message: `trainingInput.scheduling.maxWaitTime (${scheduling.maxWaitTime}) has no Vertex equivalent for a standard custom job: the job waits in the queue until it can start.` });
  if (scheduling?.priority !== undefined) notes.push({ outcome: 'dropped', field: 'trainingInput.scheduling.priority', message: `trainingInput.scheduling.priority (${scheduling.priority}) has no Vertex equivalent.` });
  if (input.hyperparameters !== undefined) notes.push({ outcome: 'dropped', field: 'trainingInput.hyperparameters', message: 'trainingInput.hyperparameters is not carried over: hyperparameter tuning is a separate Vertex resource (HyperparameterTuningJob) whose trials run this custom job spec; the migrated job runs one trial\'s worth of training with the given args.' });
  if (input.useChiefInTfConfig !== undefined) notes.push({ outcome: 'dropped', field: 'trainingInput.useChiefInTfConfig', message: 'trainingInput.useChiefInTfConfig has no Vertex field: Vertex AI writes TF_CONFIG (and CLUSTER_SPEC) itself.' });
  for (const key of Object.keys(fields).sort()) {
    if (!MAPPED.has(key) && fields[key] !== undefined) notes.push({ outcome: 'dropped', field: `trainingInput.${key}`, message: `trainingInput.${key} is not a field Vertex AI custom jobs have; it is not carried over.` });
  }
  const displayName = job.jobId ?? 'migrated-training-job';
  if (job.jobId === undefined) notes.push({ outcome: 'missing', field: 'jobId', vertexField: 'displayName', message: `The input has no jobId (gcloud took it from the command line); the display name is "${displayName}".` });

  const customJob: CustomJob = {
    displayName,
    jobSpec: {
      workerPoolSpecs: pools,
      ...(scheduling?.maxRunningTime !== undefined ? { scheduling: { timeout: scheduling.maxRunningTime } } : {}),
      ...(input.serviceAccount !== undefined ? { serviceAccount: input.serviceAccount } : {}),
      ...(input.network !== undefined ? { network: input.network } : {}),
      ...(input.jobDir !== undefined ? { baseOutputDirectory: { outputUriPrefix: input.jobDir } } : {}),
      ...(input.enableWebAccess !== undefined ? { enableWebAccess: input.enableWebAccess } : {}),
    },
    ...(job.labels ? { labels: { ...job.labels } } : {}),
    ...(input.encryptionConfig?.kmsKeyName !== undefined ? { encryptionSpec: { kmsKeyName: input.encryptionConfig.kmsKeyName } } : {}),
  };
  return { customJob, ...(input.region !== undefined ? { location: input.region } : {}), notes };
}

/** The used roles of the cluster (scale tier or custom), each with its Vertex machine, pool index and count. */
function rolePlans(input: TrainingInput, catalog: VertexCatalog, notes: MigrationNote[]): RolePlan[] {
  const fields = input as unknown as Record<string, unknown>;
  const tierName = typeof input.scaleTier === 'string' ? input.scaleTier.toUpperCase().replace(/-/g, '_') : input.masterType ? 'CUSTOM' : 'BASIC';
  const roles: Array<{ index: number; type: string; config?: ReplicaConfig; count: number; field: string }> = [];
  if (tierName === 'CUSTOM' || (input.masterType && tierName !== 'BASIC_TPU')) {
    ROLES.forEach((role, index) => {
      const type = fields[role.type];
      const raw = role.count === undefined ? 1 : fields[role.count];
      if (typeof type === 'string' && role.count !== undefined && isUnknown(raw)) {
        // A template's count (`workerCount: ${NUM_WORKERS}`) is not known yet: the pool keeps it as its replica count.
        notes.push({ outcome: 'changed', field: `trainingInput.${role.count}`, vertexField: `jobSpec.workerPoolSpecs[${index}].replicaCount`, message: `trainingInput.${role.count} is not known yet (${JSON.stringify(raw)}); it is carried over as the pool's replicaCount.` });
        roles.push({ index, type, config: fields[role.config] as ReplicaConfig | undefined, count: raw as number, field: `trainingInput.${role.config}` });
        return;
      }
      const count = Number(raw ?? 0);
      if (typeof type === 'string' && count > 0) roles.push({ index, type, config: fields[role.config] as ReplicaConfig | undefined, count, field: `trainingInput.${role.config}` });
      else if (role.count !== undefined && count > 0 && typeof type !== 'string') notes.push({ outcome: 'missing', field: `trainingInput.${role.type}`, message: `trainingInput.${role.count} is ${count} but trainingInput.${role.type} is not set; the pool is left out.` });
    });
  } else {
    const tier = Catalog.default().scaleTier(tierName);
    if (!tier) {
      notes.push({ outcome: 'changed', field: 'trainingInput.scaleTier', vertexField: 'jobSpec.workerPoolSpecs', message: `trainingInput.scaleTier ${JSON.stringify(input.scaleTier)} is not a known tier; the job gets one n1-standard-4 primary replica.` });
      roles.push({ index: 0, type: 'standard', count: 1, field: 'trainingInput.masterConfig' });
    } else {
      roles.push({ index: 0, type: tier.masterType ?? 'standard', config: input.masterConfig, count: 1, field: 'trainingInput.masterConfig' });
      if (tier.workerType && tier.workerCount) roles.push({ index: 1, type: tier.workerType, config: input.workerConfig, count: tier.workerCount, field: 'trainingInput.workerConfig' });
      if (tier.parameterServerType && tier.parameterServerCount) roles.push({ index: 2, type: tier.parameterServerType, count: tier.parameterServerCount, field: 'trainingInput.parameterServerConfig' });
      notes.push({
        outcome: 'changed', field: 'trainingInput.scaleTier', vertexField: 'jobSpec.workerPoolSpecs',
        message: `Vertex AI has no scale tiers: ${tierName} becomes explicit pools (${roles.map((r) => `${r.count} × ${r.type}`).join(', ')} before machine mapping)${tier.unconfirmedFields?.length ? '; the tier\'s machine types are inferred from its price, so check the shapes' : ''}.`,
      });
    }
  }
  // A TPU job on Vertex is one cloud-tpu pool: the CPU master and the TPU worker of AI Platform become that pool.
  const tpu = roles.find((r) => r.type === 'cloud_tpu');
  if (tpu && roles.length > 1) {
    notes.push({ outcome: 'changed', field: tpu.field, vertexField: 'jobSpec.workerPoolSpecs[0]', message: `The AI Platform TPU cluster (${roles.map((r) => r.type).join(' master + ')} worker) becomes one cloud-tpu pool: Vertex runs TPU training in a single pool.` });
    for (const role of roles.filter((r) => r !== tpu)) {
      const typeField = role.field.replace(/Config$/, 'Type');
      notes.push({ outcome: 'dropped', field: typeField, message: `${typeField} (${role.type}) has no pool of its own on Vertex AI: the cloud-tpu pool runs the whole job.` });
      // The master's image moves to the TPU pool; anything else of its replica config has nowhere to go.
      for (const key of Object.keys(role.config ?? {}).filter((k) => k !== 'imageUri').sort()) {
        notes.push({ outcome: 'dropped', field: `${role.field}.${key}`, message: `${role.field}.${key} is not carried over: the ${role.type} replica it configured has no pool on Vertex AI.` });
      }
    }
    return [toPlan({ ...tpu, index: 0, count: 1, config: { ...tpu.config, imageUri: tpu.config?.imageUri ?? input.masterConfig?.imageUri } }, catalog, notes)];
  }
  return roles.map((role) => toPlan(role, catalog, notes));
}

function toPlan(role: { index: number; type: string; config?: ReplicaConfig; count: number; field: string }, catalog: VertexCatalog, notes: MigrationNote[]): RolePlan {
  const vertexPath = `jobSpec.workerPoolSpecs[${role.index}].machineSpec`;
  const legacy = ownValue(LEGACY_MACHINE_TYPES, role.type);
  const configured = role.config?.acceleratorConfig;
  if (legacy) {
    const accelerator = role.type === 'cloud_tpu' && typeof configured?.type === 'string' && configured.type !== '' ? { type: configured.type, count: Number(configured.count ?? 8) } : legacy.accelerator;
    notes.push({
      outcome: 'changed', field: role.field.replace(/Config$/, 'Type'), vertexField: vertexPath,
      message: `${role.type} becomes ${legacy.machineType}${accelerator ? ` with ${accelerator.count} × ${accelerator.type}` : ''}${legacy.note ? ` (${legacy.note})` : ''}.`,
    });
    return { index: role.index, machineType: legacy.machineType, config: role.config, count: role.count, field: role.field, ...(accelerator ? { accelerator: { ...accelerator } } : {}) };
  }
  let accelerator = typeof configured?.type === 'string' && configured.type !== 'ACCELERATOR_TYPE_UNSPECIFIED' ? { type: configured.type.toUpperCase().replace(/-/g, '_'), count: Number(configured.count ?? 1) } : undefined;
  if (accelerator?.type === 'NVIDIA_TESLA_K80') {
    const counts = catalog.machineAccelerators(role.type);
    const replacement = counts?.[K80_REPLACEMENT]?.includes(accelerator.count) ? K80_REPLACEMENT : 'NVIDIA_TESLA_V100';
    notes.push({ outcome: 'changed', field: `${role.field}.acceleratorConfig.type`, vertexField: `${vertexPath}.acceleratorType`, message: `NVIDIA_TESLA_K80 reached end of support and Vertex AI refuses it; ${accelerator.count} × ${replacement} replace the K80s.` });
    accelerator = { type: replacement, count: accelerator.count };
  }
  return { index: role.index, machineType: role.type, config: role.config, count: role.count, field: role.field, ...(accelerator ? { accelerator } : {}) };
}

/** The prebuilt training container of the runtime and Python version (the nearest listed one, said so, when not listed). */
function executorImage(input: TrainingInput, kind: 'cpu' | 'gpu' | 'tpu', catalog: VertexCatalog, notes: MigrationNote[]): string {
  const field = 'trainingInput.runtimeVersion';
  const vertexField = 'jobSpec.workerPoolSpecs[0].pythonPackageSpec.executorImageUri';
  const images = catalog.prebuiltImages.images.filter((i) => i.framework === 'tensorflow' && i.accelerator === kind && i.confirmed !== false);
  const byVersion = (a: VertexPrebuiltImageFact, b: VertexPrebuiltImageFact) => compareVersions(a.frameworkVersion, b.frameworkVersion) || compareVersions(a.pythonVersion, b.pythonVersion);
  // A YAML config may write the version unquoted (`runtimeVersion: 2.3`, a number); anything else is not a version.
  const rawRuntime: unknown = input.runtimeVersion;
  const runtime = typeof rawRuntime === 'string' && rawRuntime !== '' ? rawRuntime : typeof rawRuntime === 'number' ? String(rawRuntime) : undefined;
  if (rawRuntime !== undefined && typeof rawRuntime !== 'string') {
    notes.push({ outcome: 'changed', field, vertexField, message: `trainingInput.runtimeVersion is ${JSON.stringify(rawRuntime)}, not a version string${runtime ? `; it is read as "${runtime}"` : ''}.` });
  }
  let chosen: VertexPrebuiltImageFact | undefined;
  if (runtime === undefined) {
    chosen = images.slice().sort(byVersion).pop();
    notes.push({ outcome: 'missing', field, vertexField, message: `trainingInput.runtimeVersion is not in the input; the newest listed TensorFlow ${kind.toUpperCase()} container (${chosen?.image}) is used: choose the container of your framework.` });
  } else {
    const sameVersion = images.filter((i) => i.frameworkVersion === runtime);
    chosen = sameVersion.find((i) => i.pythonVersion === String(input.pythonVersion)) ?? sameVersion.sort(byVersion).pop();
    if (chosen && input.pythonVersion !== undefined && chosen.pythonVersion !== String(input.pythonVersion)) {
      notes.push({ outcome: 'changed', field: 'trainingInput.pythonVersion', vertexField, message: `No prebuilt container has TensorFlow ${runtime} with Python ${input.pythonVersion}; ${chosen.image} has Python ${chosen.pythonVersion}.` });
    }
    if (!chosen) {
      chosen = images.filter((i) => compareVersions(i.frameworkVersion, runtime) >= 0).sort(byVersion)[0] ?? images.slice().sort(byVersion).pop();
      notes.push({ outcome: 'changed', field, vertexField, message: `No prebuilt ${kind.toUpperCase()} training container has TensorFlow ${runtime}; the nearest listed one is used (${chosen?.image}): check that the code runs on TensorFlow ${chosen?.frameworkVersion}.` });
      if (chosen && input.pythonVersion !== undefined && chosen.pythonVersion !== String(input.pythonVersion)) {
        notes.push({ outcome: 'changed', field: 'trainingInput.pythonVersion', vertexField, message: `trainingInput.pythonVersion is ${input.pythonVersion}; ${chosen.image} has Python ${chosen.pythonVersion}: check that the code runs on it.` });
      }
    }
  }
  if (runtime === undefined && chosen && input.pythonVersion !== undefined && chosen.pythonVersion !== String(input.pythonVersion)) {
    notes.push({ outcome: 'changed', field: 'trainingInput.pythonVersion', vertexField, message: `trainingInput.pythonVersion is ${input.pythonVersion}; ${chosen.image} has Python ${chosen.pythonVersion}: check that the code runs on it.` });
  }
  notes.push({ outcome: 'changed', field, vertexField, message: `Runtime ${runtime ?? '(none)'} becomes the prebuilt container ${chosen ? catalog.prebuiltImageUri(chosen) : '(none)'}; AI Platform runtimes bundled TensorFlow, scikit-learn and XGBoost, a prebuilt container one framework, so use the scikit-learn or XGBoost container if the code needs it.` });
  return chosen ? catalog.prebuiltImageUri(chosen) : '';
}

/**
 * A list field as a list: gcloud's --config reader takes one value where a list goes (`packageUris: gs://…`), so an
 * ML Engine config may hold one string; spreading it would make a list of its characters.
 */
function listOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map((item) => item as string) : [value as string];
}
