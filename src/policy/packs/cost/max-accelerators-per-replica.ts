import { Violation } from '../../../rules/rule';
import { PolicyRule, numberParameter } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';
import { acceleratorsOf } from '../../../rules/cluster-accelerators';

/** Each machine of a training job has at most `max` accelerators. */
export const MAX_ACCELERATORS_PER_REPLICA: PolicyRule = {
  id: 'MLJ-COST-002',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'Each machine (replica) of a training job has at most `max` accelerators (acceleratorConfig.count, or those built into a legacy machine type or scale tier).',
  rationale: 'The largest accelerator shapes are the scarcest and most expensive; an organisation may reserve them for reviewed jobs.',
  source: POLICY_SOURCES.gpus,
  parameters: {
    max: { type: 'number', default: 4, minimum: 0, description: 'The most accelerators one machine may have.' },
  },
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const max = numberParameter(ctx, MAX_ACCELERATORS_PER_REPLICA, 'max');
    const violations: Violation[] = [];
    for (const replica of acceleratorsOf(input, ctx.catalog)) {
      if (replica.perMachine === undefined || replica.perMachine <= max) continue;
      violations.push({
        path: replica.path,
        message: `Each ${replica.role} has ${replica.perMachine} × ${replica.type ?? 'accelerator'} (${replica.path}); this policy allows at most ${max} per machine.`,
        fix: 'Use fewer accelerators per machine (spread them over more workers), or suppress this rule for the job with a reason.',
      });
    }
    return violations;
  },
};
