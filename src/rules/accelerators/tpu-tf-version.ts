import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { effectiveImage, isReplicaUsed, isUnknown, replicaConfigPath, replicasOf, scaleTierOf } from '../values';

/** `tpuTfVersion` is set exactly on TPU workers that run a custom container. */
export const TPU_TF_VERSION: Rule = {
  id: 'MLJ-TPU-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'tpuTfVersion is set on a TPU (cloud_tpu) replica that runs a custom container (including the TPU worker scale tier BASIC_TPU implies), and nowhere else.',
  rationale: 'The API requires it for a TPU worker with a custom container, to pick the TPU software, and tells you not to specify it otherwise.',
  source: SOURCES.replicaConfig,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const violations: Violation[] = [];
    for (const replica of replicasOf(input)) {
      // An unknown block, version, machine type or (for BASIC_TPU's implied worker) tier leaves the facts unknown.
      if (isUnknown(replica.config) || isUnknown(replica.machineType) || (replica.role === 'worker' && isUnknown(input.scaleTier))) continue;
      const version = replica.config?.tpuTfVersion;
      if (isUnknown(version)) continue;
      const path = replicaConfigPath(replica, 'tpuTfVersion');
      // BASIC_TPU implies one TPU worker; gcloud's --tpu-tf-version puts its version in workerConfig.
      const impliedTpuWorker = replica.role === 'worker' && scaleTierOf(input) === 'BASIC_TPU';
      const isTpu = replica.machineType === ctx.catalog.tpu.machineType || impliedTpuWorker;
      const hasImage = effectiveImage(input, replica) !== undefined;
      if (version !== undefined && version !== null && !(isTpu && hasImage)) {
        violations.push({
          path,
          message: `${path} is set, but the ${replica.role} is ${isTpu ? 'a TPU without a custom container' : 'not a TPU (cloud_tpu) replica'}; tpuTfVersion is only for TPU workers that use a custom container.`,
          fix: 'Remove tpuTfVersion.',
        });
      } else if (isTpu && hasImage && (version === undefined || version === null) && (isReplicaUsed(replica) || impliedTpuWorker)) {
        violations.push(impliedTpuWorker && replica.machineType !== ctx.catalog.tpu.machineType
          ? {
            // The reference states the requirement for a TPU worker replica; that BASIC_TPU's implied worker is one
            // (it has no workerType or workerCount) is inferred from gcloud, so warn.
            path,
            severity: 'warning',
            message: `${path} is not set; scaleTier BASIC_TPU implies a TPU worker that runs the master's custom container, and a TPU worker with a custom container needs the runtime version whose TensorFlow matches the container.`,
            fix: 'Set workerConfig.tpuTfVersion (gcloud --tpu-tf-version) to the runtime version of the container\'s TensorFlow, e.g. "2.11".',
          }
          : {
            path,
            message: `${path} is not set; a TPU worker with a custom container needs the runtime version whose TensorFlow matches the container, e.g. "2.11".`,
          });
      }
    }
    return violations;
  },
};
