import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, knownNumber, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { POOL_ROLES, usedPools } from './worker-pools';

/** The primary pool has exactly one replica; other pools at least one. */
export const PRIMARY_REPLICA_COUNT: CustomJobRule = {
  id: 'MLJ-VERTEX-002',
  severity: 'error',
  kind: 'api',
  summary: 'workerPoolSpecs[0].replicaCount is exactly 1 (the primary replica); every other non-empty pool has a whole replicaCount of at least 1.',
  rationale: 'The first pool is the primary (chief) replica and Vertex AI runs exactly one; SDKs that defaulted replicaCount to 0 produced jobs the service rejected.',
  source: VERTEX_SOURCES.customTrainingMethods,
  check(job) {
    const violations: Violation[] = [];
    for (const entry of usedPools(job)) {
      const raw = entry.pool.replicaCount;
      const path = `${entry.path}.replicaCount`;
      if (isUnknown(raw)) continue;
      if (raw === undefined || raw === null) {
        violations.push({
          path, severity: 'warning',
          message: `${path} is not set; set it to ${entry.index === 0 ? '1' : 'the number of replicas'} so the ${POOL_ROLES[entry.index] ?? 'pool'} does not depend on a client default.`,
        });
        continue;
      }
      const count = knownNumber(raw);
      if (count === undefined || !Number.isInteger(count)) {
        violations.push({ path, message: `${path} is ${show(raw)}; it must be a whole number.` });
      } else if (entry.index === 0 && count !== 1) {
        violations.push({ path, message: `${path} is ${count}; the primary pool runs exactly 1 replica.`, fix: 'Set replicaCount: 1 and put further replicas in workerPoolSpecs[1] (workers).' });
      } else if (count < 1) {
        violations.push({ path, message: `${path} is ${count}; a pool that is used needs at least 1 replica.`, fix: 'Use {} to skip a pool.' });
      }
    }
    return violations;
  },
};
