import { NumberFormat } from './api-number-formats';

/**
 * How the Vertex AI v1 API writes each number field of a `CustomJob` in JSON (see `NumberFormat`): `replicaCount` is
 * an int64 the API sends as a string (`"replicaCount": "1"`), `acceleratorCount` and `bootDiskSizeGb` are int32
 * numbers, and so is the `code` of a `google.rpc.Status`.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#WorkerPoolSpec (replicaCount: string (int64 format))
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/MachineSpec (acceleratorCount: integer)
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/DiskSpec (bootDiskSizeGb: integer)
 * @see shared/seeds/002 (custom_job.proto: `int64 replica_count`)
 */
const FORMATS: ReadonlyMap<string, NumberFormat> = new Map<string, NumberFormat>([
  ['jobSpec.workerPoolSpecs.replicaCount', 'int64'],
  ['jobSpec.workerPoolSpecs.machineSpec.acceleratorCount', 'int32'],
  ['jobSpec.workerPoolSpecs.diskSpec.bootDiskSizeGb', 'int32'],
  ['error.code', 'int32'],
]);

/** The API format of the custom job's number field at `apiPath` (list items leave no step), or undefined. */
export function customJobNumberFormatOf(apiPath: string): NumberFormat | undefined {
  return FORMATS.get(apiPath);
}
