import { durationSeconds, isUnknown, knownString, show } from '../../../rules/values';
import { PolicyRule, numberParameter } from '../../policy-rule';
import { isGiven } from '../pack-values';
import { POLICY_SOURCES } from '../policy-sources';

/** A training job sets `scheduling.maxRunningTime`, at most `maxHours`. */
export const MAX_RUNNING_TIME: PolicyRule = {
  id: 'MLJ-COST-004',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job sets trainingInput.scheduling.maxRunningTime, at most `maxHours` hours.',
  rationale: 'Without it a hung or runaway job runs, and bills, for the default of seven days before the service stops it.',
  source: POLICY_SOURCES.scheduling,
  parameters: {
    maxHours: { type: 'number', default: 24, minimum: 0, description: 'The longest maxRunningTime allowed, in hours.' },
  },
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const path = 'trainingInput.scheduling.maxRunningTime';
    const maxHours = numberParameter(ctx, MAX_RUNNING_TIME, 'maxHours');
    if (isUnknown(input.scheduling)) return [];
    if (!isGiven(input.scheduling?.maxRunningTime)) {
      return [{ path, message: `${path} is not set, so the job may run for the default of 7 days; this policy requires a limit of at most ${maxHours}h.`, fix: `Set scheduling.maxRunningTime, e.g. "${Math.round(maxHours * 3600)}s".` }];
    }
    const value = knownString(input.scheduling?.maxRunningTime);
    const seconds = value === undefined ? undefined : durationSeconds(value);
    // Unknown or malformed (MLJ-SCHED-001's finding) durations are not this rule's concern.
    if (seconds === undefined || seconds <= maxHours * 3600) return [];
    return [{ path, message: `${path} is ${show(value)} (${Math.round((seconds / 3600) * 100) / 100}h); this policy allows at most ${maxHours}h.`, fix: `Use at most "${Math.round(maxHours * 3600)}s".` }];
  },
};
