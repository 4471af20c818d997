import { isUnknown } from '../../../rules/values';
import { PolicyRule } from '../../policy-rule';
import { acceleratorsOf } from '../../../rules/cluster-accelerators';
import { isGiven } from '../pack-values';
import { POLICY_SOURCES } from '../policy-sources';

/** Jobs with accelerators bound how long they may queue. */
export const MAX_WAIT_TIME_WITH_ACCELERATORS: PolicyRule = {
  id: 'MLJ-HYG-004',
  severity: 'warning',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job with accelerators (acceleratorConfig, a GPU/TPU machine type or scale tier) sets trainingInput.scheduling.maxWaitTime.',
  rationale: 'Accelerators can be out of stock or out of quota for hours; without maxWaitTime such a job waits in the queue indefinitely instead of failing so that a pipeline can retry elsewhere.',
  source: POLICY_SOURCES.scheduling,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input || isUnknown(input.scheduling) || isGiven(input.scheduling?.maxWaitTime)) return [];
    // A replica whose count is unknown may have accelerators; only known ones make the rule apply.
    const accelerated = acceleratorsOf(input, ctx.catalog).filter((r) => r.perMachine !== undefined && r.perMachine > 0 && r.machines !== 0);
    if (accelerated.length === 0) return [];
    const types = [...new Set(accelerated.map((r) => r.type ?? 'accelerators'))].sort().join(', ');
    return [{
      path: 'trainingInput.scheduling.maxWaitTime',
      message: `trainingInput.scheduling.maxWaitTime is not set on a job with ${types}; this policy requires a queueing limit (at least "1800s").`,
      fix: 'Set scheduling.maxWaitTime, e.g. "3600s".',
    }];
  },
};
