import { isPlainObject } from '../model/plain-object';
/**
 * The int64 fields of a job's input, by API path. The API reads them from JSON numbers
 * or strings and writes them as strings (proto3 JSON), as `describe` output shows (`"workerCount": "4"`).
 *
 * @see https://protobuf.dev/programming-guides/proto3/#json
 */
const INT64_PATHS: readonly string[] = [
  'trainingInput.workerCount',
  'trainingInput.parameterServerCount',
  'trainingInput.evaluatorCount',
  'trainingInput.masterConfig.acceleratorConfig.count',
  'trainingInput.workerConfig.acceleratorConfig.count',
  'trainingInput.parameterServerConfig.acceleratorConfig.count',
  'trainingInput.evaluatorConfig.acceleratorConfig.count',
  'predictionInput.maxWorkerCount',
  'predictionInput.batchSize',
];

type Json = { [name: string]: unknown };

/**
 * A copy of a job body with its int64 fields written as the API writes them: integral numbers become decimal
 * strings. Anything else (strings, tokens, wrong types that validation reports) is left as it is.
 */
export function int64AsStrings<T extends object>(job: T): T {
  let copy = structuredClone(job) as unknown as Json;
  for (const path of INT64_PATHS) copy = rewrite(copy, path.split('.'));
  return copy as unknown as T;
}

function rewrite(value: Json, path: readonly string[]): Json {
  const [head, ...rest] = path;
  if (!(head in value)) return value;
  const child = value[head];
  if (rest.length === 0) {
    if (typeof child === 'number' && Number.isSafeInteger(child)) value[head] = String(child);
    return value;
  }
  if (isPlainObject(child)) value[head] = rewrite(child, rest);
  return value;
}
