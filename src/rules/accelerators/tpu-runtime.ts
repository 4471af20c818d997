import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { isReplicaUsed, knownString, replicasOf, scaleTierOf, show } from '../values';

/** A TPU job runs on a runtime version that supports TPUs. */
export const TPU_RUNTIME: Rule = {
  id: 'MLJ-TPU-003',
  severity: 'error',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'A job with a cloud_tpu replica or a TPU scale tier (BASIC_TPU) uses a runtime version that supports TPU training.',
  rationale: 'TPU training is offered only on some runtime versions (none before 1.13 today; 1.10 never); others fail at submission.',
  source: SOURCES.tpus,
  check(job, ctx) {
    const input = job.trainingInput;
    const runtime = knownString(input?.runtimeVersion);
    if (!input || !runtime) return [];
    const tier = knownString(scaleTierOf(input));
    const tierAccelerator = tier !== undefined ? ctx.catalog.scaleTier(tier)?.accelerator : undefined;
    const usesTpu = (tierAccelerator !== undefined && ctx.catalog.accelerator(tierAccelerator.type)?.kind === 'tpu')
      || replicasOf(input).some((replica) => isReplicaUsed(replica) && replica.machineType === ctx.catalog.tpu.machineType);
    const fact = ctx.catalog.runtimeVersion(runtime);
    if (!usesTpu || !fact || fact.tpu) return [];
    const tpuRuntimes = ctx.catalog.data.runtimeVersions.filter((r) => r.tpu).map((r) => r.version);
    return [{
      path: 'trainingInput.runtimeVersion',
      severity: fact.confirmed === false ? 'warning' : undefined,
      message: `trainingInput.runtimeVersion is ${show(runtime)}, which does not support TPU training; TPU runtimes: ${tpuRuntimes.join(', ')}.`,
    }];
  },
};
