import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { canonicalEnumName, isUnknown, knownNumber, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

/** TPUs only on TPU machines, in the counts and topologies they take. */
export const TPU_MACHINES: CustomJobRule = {
  id: 'MLJ-VERTEX-008',
  severity: 'error',
  kind: 'api',
  summary: 'TPU accelerators run only on TPU machines: cloud-tpu with TPU_V2 or TPU_V3 × 8 (or multiples of 32 for pods); ct5lp-hightpu machines need tpuTopology; a TPU pool has one replica and is the only pool.',
  rationale: 'A TPU type on a CPU or GPU machine, a GPU on a TPU machine, or a TPU count the slice does not have is rejected; TPU VMs are single-pool jobs.',
  source: VERTEX_SOURCES.configureCompute,
  check(job, ctx) {
    const violations: Violation[] = [];
    const pools = usedPools(job);
    for (const entry of pools) {
      const spec = entry.pool.machineSpec;
      const machineType = knownString(spec?.machineType);
      if (!spec || !machineType) continue;
      const base = `${entry.path}.machineSpec`;
      const family = ctx.catalog.machineFamily(machineType);
      const rawType = knownString(spec.acceleratorType);
      const type = rawType === undefined ? undefined : canonicalEnumName(rawType);
      const fact = type ? ctx.catalog.accelerator(type) : undefined;
      const tpuMachine = family?.accelerators === 'tpu';
      if (!tpuMachine) {
        if (fact?.kind === 'tpu') violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${type}, but ${machineType} is not a TPU machine.`, fix: type === 'TPU_V2' || type === 'TPU_V3' ? 'Use machineType: cloud-tpu.' : 'Use a ct5lp-hightpu machine type with tpuTopology.' });
        if (spec.tpuTopology !== undefined && !isUnknown(spec.tpuTopology)) violations.push({ path: `${base}.tpuTopology`, severity: 'warning', message: `${base}.tpuTopology is set on ${machineType}, which is not a TPU machine; it has no effect or is rejected.` });
        continue;
      }
      if (fact?.kind === 'gpu') violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${type}, a GPU; ${machineType} is a TPU machine.` });
      if (machineType === ctx.catalog.tpu.cloudTpuMachineType) {
        if (type && fact?.kind === 'tpu' && !ctx.catalog.tpu.cloudTpuTypes.includes(type)) {
          violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${type}; ${machineType} takes ${ctx.catalog.tpu.cloudTpuTypes.join(' or ')}.` });
        }
        const count = knownNumber(spec.acceleratorCount);
        const { cloudTpuCount, podCountMultiple } = ctx.catalog.tpu;
        if (count !== undefined && count !== cloudTpuCount && !(count > 0 && count % podCountMultiple === 0)) {
          violations.push({ path: `${base}.acceleratorCount`, message: `${base}.acceleratorCount is ${count}; ${machineType} takes ${cloudTpuCount} TPU cores, or a multiple of ${podCountMultiple} for a pod slice.` });
        }
      }
      if (family?.tpuTopologyRequired && (spec.tpuTopology === undefined || spec.tpuTopology === null || spec.tpuTopology === '')) {
        violations.push({ path: `${base}.tpuTopology`, message: `${base}.tpuTopology is not set; ${machineType} needs the slice topology, e.g. "2x2".`, ...(family.confirmed === false ? { severity: 'warning' as const } : {}) });
      }
      const replicas = knownNumber(entry.pool.replicaCount);
      if (replicas !== undefined && replicas > 1) {
        violations.push({ path: `${entry.path}.replicaCount`, severity: 'warning', message: `${entry.path}.replicaCount is ${replicas}; a TPU pool runs 1 replica (a larger slice is a larger topology or count).` });
      }
      if (pools.length > 1) {
        violations.push({ path: entry.path, severity: 'warning', message: `${entry.path} is a TPU pool in a job of ${pools.length} pools; TPU training is documented with a single worker pool.` });
      }
      if (rawType === undefined && !isUnknown(spec.acceleratorType) && machineType === ctx.catalog.tpu.cloudTpuMachineType) {
        violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is not set; ${machineType} needs ${ctx.catalog.tpu.cloudTpuTypes.join(' or ')} × ${ctx.catalog.tpu.cloudTpuCount}.` });
      }
      if (typeof spec.tpuTopology === 'string' && !isUnknown(spec.tpuTopology) && !/^\d+(x\d+){1,2}$/.test(spec.tpuTopology)) {
        violations.push({ path: `${base}.tpuTopology`, message: `${base}.tpuTopology is ${show(spec.tpuTopology)}; write it as chips per dimension, e.g. "2x2" or "2x2x1".` });
      }
    }
    return violations;
  },
};
