import { PolicyRule, numberParameter } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';
import { acceleratorsOf } from '../../../rules/cluster-accelerators';

/** A training job asks for at most `max` accelerators in all. */
export const MAX_ACCELERATORS_PER_JOB: PolicyRule = {
  id: 'MLJ-COST-001',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job asks for at most `max` accelerators in all (per-machine count × machines, summed over the replicas; TPUs count as acceleratorConfig counts them).',
  rationale: 'Accelerators dominate the cost of a job and share a regional quota with every other job of the project; a cap catches a typo in a count before it books a cluster.',
  source: POLICY_SOURCES.gpus,
  parameters: {
    max: { type: 'number', default: 16, minimum: 0, description: 'The most accelerators a job may use in all.' },
  },
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const max = numberParameter(ctx, MAX_ACCELERATORS_PER_JOB, 'max');
    // Unknown counts add nothing: the known total is a lower bound, so exceeding it is certain.
    let total = 0;
    let complete = true;
    for (const replica of acceleratorsOf(input, ctx.catalog)) {
      if (replica.perMachine === undefined || replica.machines === undefined) complete = false;
      else total += replica.perMachine * replica.machines;
    }
    if (total <= max) return [];
    return [{
      path: 'trainingInput',
      message: `The job asks for ${complete ? '' : 'at least '}${total} accelerators in all; this policy allows at most ${max}.`,
      fix: 'Use fewer or smaller replicas, or suppress this rule for the job with a reason.',
    }];
  },
};
