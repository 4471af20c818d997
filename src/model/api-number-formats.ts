/**
 * How the ML Engine v1 API writes a number field in JSON. The Terraform schema has one `number` type; the API has
 * three, and they do not compare alike:
 *
 * - `int64`: a 64-bit integer the API sends as a JSON string (`"workerCount": "4"`; REST reference type
 *   "string (int64 format)", the discovery document's `"A String"`); it reads a string or a number.
 * - `int32`: an integer sent as a JSON number (REST "integer", the discovery document's `42`).
 * - `double`: a floating-point number (REST "number", the discovery document's `3.14`).
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs (read 2026-11-24)
 * @see shared/seeds/000 (the `projects.jobs` discovery reference: `"A String"` int64, `42` int32, `3.14` double)
 */
export type NumberFormat = 'int64' | 'int32' | 'double';

const REPLICA_CONFIGS = ['masterConfig', 'workerConfig', 'parameterServerConfig', 'evaluatorConfig'];

/** Number fields by API path; list items leave no step in the path (`params.minValue`, `trials.finalMetric`). */
const FORMATS: ReadonlyMap<string, NumberFormat> = new Map<string, NumberFormat>([
  ['jobPosition', 'int64'],
  ['trainingInput.workerCount', 'int64'],
  ['trainingInput.parameterServerCount', 'int64'],
  ['trainingInput.evaluatorCount', 'int64'],
  ...REPLICA_CONFIGS.flatMap((replica): Array<[string, NumberFormat]> => [
    [`trainingInput.${replica}.acceleratorConfig.count`, 'int64'],
    [`trainingInput.${replica}.diskConfig.bootDiskSizeGb`, 'int32'],
  ]),
  ['trainingInput.hyperparameters.maxTrials', 'int32'],
  ['trainingInput.hyperparameters.maxParallelTrials', 'int32'],
  ['trainingInput.hyperparameters.maxFailedTrials', 'int32'],
  ['trainingInput.hyperparameters.params.minValue', 'double'],
  ['trainingInput.hyperparameters.params.maxValue', 'double'],
  ['trainingInput.hyperparameters.params.discreteValues', 'double'],
  ['trainingInput.scheduling.priority', 'int32'],
  ['predictionInput.maxWorkerCount', 'int64'],
  ['predictionInput.batchSize', 'int64'],
  ['trainingOutput.completedTrialCount', 'int64'],
  ['trainingOutput.consumedMLUnits', 'double'],
  ...['finalMetric', 'allMetrics'].flatMap((metric): Array<[string, NumberFormat]> => [
    [`trainingOutput.trials.${metric}.trainingStep`, 'int64'],
    [`trainingOutput.trials.${metric}.objectiveValue`, 'double'],
  ]),
  ['predictionOutput.predictionCount', 'int64'],
  ['predictionOutput.errorCount', 'int64'],
  ['predictionOutput.nodeHours', 'double'],
]);

/** The API format of the number field at `apiPath` (list items leave no step), or undefined for an unlisted path. */
export function numberFormatOf(apiPath: string): NumberFormat | undefined {
  return FORMATS.get(apiPath);
}
