import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownNumber } from '../values';

/** Running more trials in parallel than in all has no effect and usually means the two were swapped. */
export const PARALLEL_TRIALS: Rule = {
  id: 'MLJ-HPT-007',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'maxParallelTrials is not above maxTrials (default 1).',
  rationale: 'Parallel trials beyond the total never run; the two values were probably swapped. Many parallel trials also weaken Bayesian optimization.',
  source: SOURCES.hyperparameterSpec,
  check(job) {
    const spec = job.trainingInput?.hyperparameters;
    const parallel = knownNumber(spec?.maxParallelTrials);
    if (!spec || parallel === undefined || isUnknown(spec.maxTrials)) return [];
    const total = spec.maxTrials === undefined ? 1 : knownNumber(spec.maxTrials);
    if (total === undefined || parallel <= total) return [];
    return [{
      path: 'trainingInput.hyperparameters.maxParallelTrials',
      message: `trainingInput.hyperparameters.maxParallelTrials is ${parallel}, above maxTrials ${total}${spec.maxTrials === undefined ? ' (the default)' : ''}; at most ${total} trials can run.`,
      fix: 'Set maxTrials to the total number of trials and maxParallelTrials to how many run at once.',
    }];
  },
};
