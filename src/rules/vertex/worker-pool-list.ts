import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { POOL_ROLES, poolsOf } from './worker-pools';

/** `jobSpec.workerPoolSpecs` is a list of one to four pools whose first pool is not empty. */
export const WORKER_POOL_LIST: CustomJobRule = {
  id: 'MLJ-VERTEX-001',
  severity: 'error',
  kind: 'api',
  summary: 'jobSpec.workerPoolSpecs is a list of 1 to 4 worker pools (primary, workers, parameter servers or reduction server, evaluators); only pools after the first may be empty ({}). A gcloud --config file may write one pool as a mapping, or leave the pools to --worker-pool-spec.',
  rationale: 'Vertex AI gives each pool a role by its position and requires the primary pool; a mapping instead of a list, a fifth pool or an empty first pool is rejected.',
  source: VERTEX_SOURCES.customJobSpec,
  check(job, ctx) {
    const spec = (job as { jobSpec?: unknown }).jobSpec;
    if (spec === undefined || spec === null) {
      return ctx.completeness === 'partial' ? [] : [{ path: 'jobSpec', message: 'jobSpec is not set; a custom job needs jobSpec.workerPoolSpecs with at least the primary pool.' }];
    }
    if (isUnknown(spec) || typeof spec !== 'object') return [];
    const pools = (spec as { workerPoolSpecs?: unknown }).workerPoolSpecs;
    const path = 'jobSpec.workerPoolSpecs';
    if (pools === undefined || pools === null) {
      // A gcloud --config file may hold only job options, the pools coming from --worker-pool-spec flags.
      if (ctx.completeness === 'partial') return [{ path, severity: 'info', message: `${path} is not in the file; the pools must come from the command line (--worker-pool-spec).` }];
      return [{ path, message: `${path} is not set; add the primary pool (machineSpec, replicaCount: 1 and a containerSpec or pythonPackageSpec).` }];
    }
    if (isUnknown(pools)) return [];
    if (!Array.isArray(pools)) {
      // Only reached for a REST body: in a gcloud --config file one pool written as a mapping is read as a list of it.
      return [{ path, message: `${path} is ${typeof pools === 'object' ? 'a mapping' : show(pools)}; a REST body needs a list of pools.`, fix: 'Write each pool as a list item: workerPoolSpecs: [ {…} ].' }];
    }
    const violations: Violation[] = [];
    if (pools.length === 0) violations.push({ path, message: `${path} is empty; add the primary pool.` });
    if (pools.length > POOL_ROLES.length) {
      violations.push({ path, message: `${path} has ${pools.length} pools; at most ${POOL_ROLES.length} are allowed (${POOL_ROLES.join(', ')}).` });
    }
    pools.forEach((pool, index) => {
      if (isUnknown(pool)) return;
      if (pool === null || typeof pool !== 'object' || Array.isArray(pool)) {
        violations.push({ path: `${path}[${index}]`, message: `${path}[${index}] is ${show(pool)}; each pool is an object (or {} to skip a pool after the first).` });
      }
    });
    const first = poolsOf(job).find((entry) => entry.index === 0);
    if (first && !first.used) {
      violations.push({ path: `${path}[0]`, message: `${path}[0] is empty; the first pool is the primary replica and cannot be skipped.` });
    }
    return violations;
  },
};
