import { isUnknown, knownNumber, show } from '../../../rules/values';
import { PolicyRule, numberParameter } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';

/** A hyperparameter tuning job runs at most `max` trials. */
export const MAX_TRIALS: PolicyRule = {
  id: 'MLJ-COST-005',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A hyperparameter tuning job sets trainingInput.hyperparameters.maxTrials to at most `max`.',
  rationale: 'Each trial runs the whole cluster; the number of trials multiplies the cost of the job.',
  source: POLICY_SOURCES.hyperparameterTuning,
  parameters: {
    max: { type: 'number', default: 50, minimum: 1, description: 'The most trials a tuning job may run.' },
  },
  check(job, ctx) {
    const spec = job.trainingInput?.hyperparameters;
    if (!spec || isUnknown(spec)) return [];
    const max = numberParameter(ctx, MAX_TRIALS, 'max');
    // Without maxTrials the service runs one trial.
    const trials = knownNumber(spec.maxTrials);
    if (trials === undefined || trials <= max) return [];
    const path = 'trainingInput.hyperparameters.maxTrials';
    return [{ path, message: `${path} is ${show(spec.maxTrials)}; this policy allows at most ${max}.`, fix: `Use at most ${max} trials (or a smarter search with early stopping).` }];
  },
};
