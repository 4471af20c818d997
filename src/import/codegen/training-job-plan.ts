import { EncryptionKey } from '../../constructs/values/encryption-key';
import { Hyperparameter } from '../../constructs/values/hyperparameter';
import { CustomContainerOptions, PythonPackageOptions, TrainingCode } from '../../constructs/values/training-code';
import { Built, builtArray, builtBoolean, builtCall, builtNumber, builtNumbers, builtObject, builtString, builtStrings } from './built';
import { CommonProps, PlanResult } from './construct-plan';
import { booleanField, Fields, numberField, numbersField, objectField, stringField, stringsField } from './job-fields';
import {
  acceleratorCode, durationCode, machineTypeCode, scaleTierCode, scaleTypeCode, tuningAlgorithmCode, tuningGoalCode,
} from './value-classes';
import { isPlainObject } from '../../model/plain-object';

/**
 * The props of an `MlEngineTrainingJob` for a training job, in the idiom of the library (`TrainingCode.*`,
 * `MachineType.*`, `Accelerator.*`, `Duration.*`, `Hyperparameter.*`). A field the props cannot express exactly is
 * simply left out here: the caller compares what the construct renders with the job and sets every difference
 * through an escape hatch. Only a job without the props the L2 requires (region, code) cannot be planned.
 */
export function trainingJobPlan(trainingInput: Fields, common: CommonProps): PlanResult {
  const t = trainingInput;
  const region = stringField(t, 'region');
  if (region === undefined) return { cannotExpress: 'trainingInput.region is not set (or not a string); the L2 requires a region' };
  const code = trainingCode(t);
  if (!code) {
    return {
      cannotExpress: 'the job has no masterConfig.imageUri and not all of packageUris, pythonModule and runtimeVersion, which TrainingCode needs',
    };
  }
  const masterType = stringField(t, 'masterType');
  const props = builtObject([
    ['jobId', common.jobId],
    ['project', common.project],
    ['region', builtString(region)],
    ['labels', common.labels],
    ['scaleTier', mapDefined(stringField(t, 'scaleTier'), scaleTierCode)],
    ['code', code],
    ['master', masterType === undefined ? undefined : replicaSpec(masterType, undefined, objectField(t, 'masterConfig'), false)],
    ['workers', replica(t, 'worker')],
    ['parameterServers', replica(t, 'parameterServer')],
    ['evaluators', replica(t, 'evaluator')],
    ['jobDir', mapDefined(stringField(t, 'jobDir'), builtString)],
    ['scheduling', scheduling(objectField(t, 'scheduling'))],
    ['serviceAccount', mapDefined(stringField(t, 'serviceAccount'), builtString)],
    ['network', mapDefined(stringField(t, 'network'), builtString)],
    ['encryptionKey', encryptionKey(objectField(t, 'encryptionConfig'))],
    ['enableWebAccess', mapDefined(booleanField(t, 'enableWebAccess'), builtBoolean)],
    ['useChiefInTfConfig', mapDefined(booleanField(t, 'useChiefInTfConfig'), builtBoolean)],
    ['hyperparameterTuning', tuning(objectField(t, 'hyperparameters'))],
  ], true);
  return { className: 'MlEngineTrainingJob', props };
}

/** `TrainingCode.customContainer({…})` when the master has an image, else `TrainingCode.pythonPackage({…})`. */
function trainingCode(t: Fields): Built | undefined {
  const master = objectField(t, 'masterConfig');
  const imageUri = stringField(master, 'imageUri');
  if (imageUri !== undefined) {
    const options = builtObject([
      ['imageUri', builtString(imageUri)],
      ['command', mapDefined(stringsField(master, 'containerCommand'), builtStrings)],
      ['args', mapDefined(stringsField(master, 'containerArgs'), builtStrings)],
    ]);
    return builtCall('TrainingCode.customContainer', [options], TrainingCode.customContainer(options.value as CustomContainerOptions));
  }
  const packageUris = stringsField(t, 'packageUris');
  const pythonModule = stringField(t, 'pythonModule');
  const runtimeVersion = stringField(t, 'runtimeVersion');
  if (!packageUris || pythonModule === undefined || runtimeVersion === undefined) return undefined;
  const options = builtObject([
    ['packageUris', builtStrings(packageUris)],
    ['pythonModule', builtString(pythonModule)],
    ['runtimeVersion', builtString(runtimeVersion)],
    ['pythonVersion', mapDefined(stringField(t, 'pythonVersion'), builtString)],
    ['args', mapDefined(stringsField(t, 'args'), builtStrings)],
  ]);
  return builtCall('TrainingCode.pythonPackage', [options], TrainingCode.pythonPackage(options.value as PythonPackageOptions));
}

function replica(t: Fields, role: 'worker' | 'parameterServer' | 'evaluator'): Built | undefined {
  const machineType = stringField(t, `${role}Type`);
  if (machineType === undefined) return undefined;
  return replicaSpec(machineType, numberField(t, `${role}Count`), objectField(t, `${role}Config`), true);
}

/** A `ReplicaSpec`; the master's image and container command come from `code`, so only other roles carry them. */
function replicaSpec(machineType: string, count: number | undefined, config: Fields | undefined, ownImage: boolean): Built {
  const accelerator = objectField(config, 'acceleratorConfig');
  const acceleratorType = stringField(accelerator, 'type');
  const acceleratorCount = numberField(accelerator, 'count');
  const disk = objectField(config, 'diskConfig');
  const diskProps = builtObject([
    ['sizeGb', mapDefined(numberField(disk, 'bootDiskSizeGb'), builtNumber)],
    ['type', mapDefined(stringField(disk, 'bootDiskType'), builtString)],
  ]);
  return builtObject([
    ['machineType', machineTypeCode(machineType)],
    ['count', mapDefined(count, builtNumber)],
    ['accelerator', acceleratorType !== undefined && acceleratorCount !== undefined ? acceleratorCode(acceleratorType, acceleratorCount) : undefined],
    ['image', ownImage ? mapDefined(stringField(config, 'imageUri'), builtString) : undefined],
    ['containerCommand', ownImage ? mapDefined(stringsField(config, 'containerCommand'), builtStrings) : undefined],
    ['containerArgs', ownImage ? mapDefined(stringsField(config, 'containerArgs'), builtStrings) : undefined],
    ['tpuTfVersion', mapDefined(stringField(config, 'tpuTfVersion'), builtString)],
    ['disk', Object.keys(diskProps.value as object).length ? diskProps : undefined],
  ]);
}

function scheduling(s: Fields | undefined): Built | undefined {
  if (!s) return undefined;
  const maxRunningTime = stringField(s, 'maxRunningTime');
  const maxWaitTime = stringField(s, 'maxWaitTime');
  return builtObject([
    ['maxRunningTime', maxRunningTime === undefined ? undefined : durationCode(maxRunningTime)],
    ['maxWaitTime', maxWaitTime === undefined ? undefined : durationCode(maxWaitTime)],
    ['priority', mapDefined(numberField(s, 'priority'), builtNumber)],
  ]);
}

function encryptionKey(config: Fields | undefined): Built | undefined {
  const name = stringField(config, 'kmsKeyName');
  if (name === undefined) return undefined;
  return builtCall('EncryptionKey.fromKeyName', [builtString(name)], EncryptionKey.fromKeyName(name));
}

/** The tuning, or undefined when its goal or a parameter has no L2 form (then the whole block is an override). */
function tuning(h: Fields | undefined): Built | undefined {
  if (!h) return undefined;
  const goalText = stringField(h, 'goal');
  const goal = goalText === undefined ? undefined : tuningGoalCode(goalText);
  const rawParams = h.params;
  if (!goal || !Array.isArray(rawParams)) return undefined;
  const params: Built[] = [];
  for (const raw of rawParams) {
    const param = isPlainObject(raw) ? hyperparameter(raw as Fields) : undefined;
    if (!param) return undefined;
    params.push(param);
  }
  const algorithmText = stringField(h, 'algorithm');
  return builtObject([
    ['goal', goal],
    ['params', builtArray(params)],
    ['metricTag', mapDefined(stringField(h, 'hyperparameterMetricTag'), builtString)],
    ['maxTrials', mapDefined(numberField(h, 'maxTrials'), builtNumber)],
    ['maxParallelTrials', mapDefined(numberField(h, 'maxParallelTrials'), builtNumber)],
    ['maxFailedTrials', mapDefined(numberField(h, 'maxFailedTrials'), builtNumber)],
    ['algorithm', algorithmText === undefined ? undefined : tuningAlgorithmCode(algorithmText)],
    ['enableEarlyStopping', mapDefined(booleanField(h, 'enableTrialEarlyStopping'), builtBoolean)],
    ['resumePreviousJobId', mapDefined(stringField(h, 'resumePreviousJobId'), builtString)],
  ]);
}

/**
 * `Hyperparameter.double(…)` and friends, chosen by the parameter's type read case-insensitively (the service
 * accepts `integer`; the exact spelling is restored by an override). Undefined when the type's factory cannot be
 * called with what the parameter has.
 */
function hyperparameter(p: Fields): Built | undefined {
  const name = stringField(p, 'parameterName');
  const type = stringField(p, 'type')?.toUpperCase();
  if (name === undefined || type === undefined) return undefined;
  const scaleText = stringField(p, 'scaleType');
  const scale = scaleText === undefined ? undefined : scaleTypeCode(scaleText);
  const scaleArgs = scale ? [scale] : [];
  const hp = Hyperparameter as unknown as Record<string, (...args: unknown[]) => Hyperparameter>;
  const call = (factory: string, args: Built[]): Built => builtCall(`Hyperparameter.${factory}`, args, hp[factory](...args.map((a) => a.value)));
  if (type === 'DOUBLE' || type === 'INTEGER') {
    const min = numberField(p, 'minValue');
    const max = numberField(p, 'maxValue');
    if (min === undefined || max === undefined) return undefined;
    return call(type === 'DOUBLE' ? 'double' : 'integer', [builtString(name), builtNumber(min), builtNumber(max), ...scaleArgs]);
  }
  if (type === 'CATEGORICAL') {
    const values = stringsField(p, 'categoricalValues');
    return values ? call('categorical', [builtString(name), builtStrings(values)]) : undefined;
  }
  if (type === 'DISCRETE') {
    const values = numbersField(p, 'discreteValues');
    return values ? call('discrete', [builtString(name), builtNumbers(values), ...scaleArgs]) : undefined;
  }
  return undefined;
}

function mapDefined<T>(value: T | undefined, fn: (value: T) => Built | undefined): Built | undefined {
  return value === undefined ? undefined : fn(value);
}
