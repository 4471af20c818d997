import { TpuFacts } from './catalog-types';
import { READ_CONFIRMATIONS, SOURCES } from './sources';

/**
 * How a custom TPU cluster is configured on AI Platform Training: one `cloud_tpu` worker (`workerCount: 1`) beside a
 * CPU master, with `workerConfig.acceleratorConfig {TPU_V2|TPU_V3, 8}`.
 *
 * - Google samples pair a legacy master (`standard`, `complex_model_m`) with a `cloud_tpu` worker and no
 *   `acceleratorConfig`; Google code pairs a Compute Engine master (`n1-standard-4`) with a `cloud_tpu` worker, an
 *   explicit `acceleratorConfig` and `tpuTfVersion`. So the TPU worker is exempt from the "same category as the master"
 *   rule, and its `acceleratorConfig` is optional (the service then likely uses TPU v2 × 8).
 * - TPU v3 likely needs the Compute Engine master form with an explicit `acceleratorConfig` (not encoded here).
 * - `tpuTfVersion` is required for a TPU worker with a custom container; its value is a TPU-capable runtime version.
 * - TPU pods (`TPU_V2_POD`, `TPU_V3_POD`, `TPU_V4_POD`) are in the v1 enum only: no sizes or examples were found, so
 *   they are not listed.
 */
export const TPU: TpuFacts = {
  machineType: 'cloud_tpu',
  acceleratorTypes: ['TPU_V2', 'TPU_V3'],
  countsByType: { TPU_V2: [8], TPU_V3: [8] },
  maxWorkerCount: 1,
  anyMasterCategory: true,
  acceleratorConfigOptional: true,
  source: SOURCES.tensorflowCloudValidate,
  read: READ_CONFIRMATIONS,
  note:
    'One TPU worker and count 8: Google client code (tensorflow/cloud, google/caliban). Either master category and ' +
    `optional acceleratorConfig: Google samples and code (e.g. ${SOURCES.tpuSample}). Default TPU when ` +
    'acceleratorConfig is omitted: likely TPU v2 × 8.',
};
