import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownNumber, show } from '../values';

/** A custom TPU cluster has a CPU master and exactly one `cloud_tpu` worker. */
export const TPU_TOPOLOGY: Rule = {
  id: 'MLJ-TPU-001',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'A cloud_tpu machine is used as the single worker (workerCount 1) under a CPU master, not as the master.',
  rationale: 'Google samples and client code configure TPUs as one cloud_tpu worker beside a CPU master; other layouts are rejected by Google tooling and not documented to work.',
  source: SOURCES.tpus,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const violations: Violation[] = [];
    if (input.masterType === ctx.catalog.tpu.machineType) {
      violations.push({
        path: 'trainingInput.masterType',
        message: 'trainingInput.masterType is "cloud_tpu"; a TPU runs as the worker, beside a CPU master.',
        fix: 'Set masterType to a CPU type (e.g. n1-standard-8 or standard), workerType to cloud_tpu and workerCount to 1.',
      });
    }
    if (input.workerType === ctx.catalog.tpu.machineType && !isUnknown(input.workerCount)) {
      const count = knownNumber(input.workerCount);
      if (count !== undefined && count !== 1) {
        violations.push({ path: 'trainingInput.workerCount', message: `trainingInput.workerCount is ${show(input.workerCount)} with workerType cloud_tpu; a job uses exactly 1 TPU worker.` });
      }
    }
    return violations;
  },
};
