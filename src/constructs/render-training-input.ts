import { ReplicaConfig } from '../model/replica-config';
import { TrainingInput } from '../model/training-input';
import { ReplicaSpec } from './replica';
import { MlEngineTrainingJobProps } from './training-job-props';

/**
 * The API `trainingInput` an `MlEngineTrainingJob` renders from its props. A module of its own (not exported from
 * the package) so that `mljob import`, which must know exactly what the construct renders, uses this very code.
 */
export function renderTrainingInput(props: MlEngineTrainingJobProps): TrainingInput {
  const pkg = props.code.pythonPackageOptions;
  const container = props.code.customContainerOptions;
  const master = props.master;
  const custom = master !== undefined;
  const scaleTier = props.scaleTier?.name ?? (custom ? 'CUSTOM' : 'BASIC');
  const masterConfig = compact<ReplicaConfig>({
    ...replicaConfig(master),
    imageUri: master?.image ?? container?.imageUri,
    containerCommand: master?.containerCommand ?? container?.command,
    containerArgs: master?.containerArgs ?? container?.args,
  });
  const tuning = props.hyperparameterTuning;
  return compact<TrainingInput>({
    scaleTier,
    masterType: master?.machineType.name,
    masterConfig: Object.keys(masterConfig).length ? masterConfig : undefined,
    ...replica('worker', props.workers),
    ...replica('parameterServer', props.parameterServers),
    ...replica('evaluator', props.evaluators),
    packageUris: pkg?.packageUris,
    pythonModule: pkg?.pythonModule,
    runtimeVersion: pkg?.runtimeVersion,
    pythonVersion: pkg?.pythonVersion,
    args: pkg?.args,
    region: props.region,
    jobDir: props.jobDir,
    scheduling: props.scheduling ? compact({
      maxRunningTime: props.scheduling.maxRunningTime?.toApiString(),
      maxWaitTime: props.scheduling.maxWaitTime?.toApiString(),
      priority: props.scheduling.priority,
    }) : undefined,
    serviceAccount: props.serviceAccount,
    network: props.network,
    encryptionConfig: props.encryptionKey ? { kmsKeyName: props.encryptionKey.kmsKeyName } : undefined,
    enableWebAccess: props.enableWebAccess,
    useChiefInTfConfig: props.useChiefInTfConfig,
    hyperparameters: tuning ? compact({
      goal: tuning.goal,
      hyperparameterMetricTag: tuning.metricTag,
      maxTrials: tuning.maxTrials,
      maxParallelTrials: tuning.maxParallelTrials,
      maxFailedTrials: tuning.maxFailedTrials,
      algorithm: tuning.algorithm,
      enableTrialEarlyStopping: tuning.enableEarlyStopping,
      resumePreviousJobId: tuning.resumePreviousJobId,
      params: tuning.params.map((p) => compact({
        parameterName: p.name,
        type: p.type,
        minValue: p.minValue,
        maxValue: p.maxValue,
        categoricalValues: p.categoricalValues,
        discreteValues: p.discreteValues,
        scaleType: p.scaleType,
      })),
    }) : undefined,
  });
}

function replica(role: 'worker' | 'parameterServer' | 'evaluator', spec: ReplicaSpec | undefined): Partial<TrainingInput> {
  if (!spec) return {};
  const config = compact<ReplicaConfig>({ ...replicaConfig(spec), imageUri: spec.image, containerCommand: spec.containerCommand, containerArgs: spec.containerArgs });
  return {
    [`${role}Type`]: spec.machineType.name,
    [`${role}Count`]: spec.count ?? 1,
    ...(Object.keys(config).length ? { [`${role}Config`]: config } : {}),
  } as Partial<TrainingInput>;
}

function replicaConfig(spec: ReplicaSpec | undefined): ReplicaConfig {
  if (!spec) return {};
  return compact<ReplicaConfig>({
    acceleratorConfig: spec.accelerator ? { type: spec.accelerator.type, count: spec.accelerator.count } : undefined,
    tpuTfVersion: spec.tpuTfVersion,
    diskConfig: spec.disk ? compact({ bootDiskSizeGb: spec.disk.sizeGb, bootDiskType: spec.disk.type }) : undefined,
  });
}

/** Drops undefined fields, so the synthesized JSON and the spec hash only hold what was set. */
function compact<T>(value: object): T {
  // A loop, not entries/filter/fromEntries: every job compacts a dozen objects, and those made a pair per field.
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) result[key] = item;
  }
  return result as T;
}
