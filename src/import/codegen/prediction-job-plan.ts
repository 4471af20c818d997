import { PredictionModel } from '../../constructs/values/prediction-model';
import { Built, builtCall, builtNumber, builtObject, builtString, builtStrings } from './built';
import { CommonProps, PlanResult } from './construct-plan';
import { Fields, numberField, stringField, stringsField } from './job-fields';
import { dataFormatCode } from './value-classes';

/** The fields that name a prediction's model, in the order a `PredictionModel` factory is picked from them. */
const MODEL_FACTORIES: ReadonlyArray<readonly [string, 'fromVersionName' | 'fromModelName' | 'fromUri']> = [
  ['versionName', 'fromVersionName'],
  ['modelName', 'fromModelName'],
  ['uri', 'fromUri'],
];

/**
 * The props of a `BatchPredictionJob` for a batch prediction job. As for training, a field the props cannot express
 * is left out for the caller to set through an escape hatch; a job without the props the L2 requires cannot be
 * planned.
 */
export function predictionJobPlan(predictionInput: Fields, common: CommonProps): PlanResult {
  const p = predictionInput;
  const region = stringField(p, 'region');
  const dataFormatText = stringField(p, 'dataFormat');
  const dataFormat = dataFormatText === undefined ? undefined : dataFormatCode(dataFormatText);
  const inputPaths = stringsField(p, 'inputPaths');
  const outputPath = stringField(p, 'outputPath');
  const model = predictionModel(p);
  const missing = [
    region === undefined ? 'region' : '',
    dataFormat === undefined ? 'dataFormat (one of the DataFormat values)' : '',
    inputPaths === undefined ? 'inputPaths' : '',
    outputPath === undefined ? 'outputPath' : '',
    model === undefined ? 'a model (versionName, modelName or uri)' : '',
  ].filter((m) => m !== '');
  if (missing.length) return { cannotExpress: `predictionInput lacks ${missing.join(', ')}, which the L2 requires` };
  const outputFormatText = stringField(p, 'outputDataFormat');
  const props = builtObject([
    ['jobId', common.jobId],
    ['project', common.project],
    ['region', builtString(region!)],
    ['labels', common.labels],
    ['model', model],
    ['dataFormat', dataFormat],
    ['inputPaths', builtStrings(inputPaths!)],
    ['outputPath', builtString(outputPath!)],
    ['outputDataFormat', outputFormatText === undefined ? undefined : dataFormatCode(outputFormatText)],
    ['runtimeVersion', optional(stringField(p, 'runtimeVersion'), builtString)],
    ['maxWorkerCount', optional(numberField(p, 'maxWorkerCount'), builtNumber)],
    ['batchSize', optional(numberField(p, 'batchSize'), builtNumber)],
    ['signatureName', optional(stringField(p, 'signatureName'), builtString)],
  ], true);
  return { className: 'BatchPredictionJob', props };
}

/** `PredictionModel.fromVersionName(…)` and friends; a second model field (the API takes one) becomes an override. */
function predictionModel(p: Fields): Built | undefined {
  for (const [field, factory] of MODEL_FACTORIES) {
    const value = stringField(p, field);
    if (value !== undefined) return builtCall(`PredictionModel.${factory}`, [builtString(value)], PredictionModel[factory](value));
  }
  return undefined;
}

function optional<T>(value: T | undefined, fn: (value: T) => Built): Built | undefined {
  return value === undefined ? undefined : fn(value);
}
