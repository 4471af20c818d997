import { Catalog } from '../../../catalog/catalog';
import { TrainingInput } from '../../../model/training-input';
import { durationSeconds, isUnknown, knownNumber, knownString } from '../../../rules/values';
import { PolicyRule, numberParameter } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';
import { trainingMlUnits } from '../../../rules/ml-units';

/** The API's default `maxRunningTime`: seven days. */
const DEFAULT_RUNNING_SECONDS = 7 * 24 * 3600;

/** The worst-case cost of a training job stays under `maxUsd`. */
export const MAX_COST: PolicyRule = {
  id: 'MLJ-COST-006',
  severity: 'warning',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'The worst-case cost of a training job (ML units per hour × price per unit-hour in the region × maxRunningTime × parallel trials) is at most `maxUsd` US dollars.',
  rationale: 'maxRunningTime bounds what a job can bill; a job whose bound is above the budget needs a review. A warning by default: the catalog prices are historical estimates, and unpriced parts are left out, so only a certain excess is reported.',
  source: POLICY_SOURCES.pricing,
  parameters: {
    maxUsd: { type: 'number', default: 500, minimum: 0, description: 'The highest worst-case cost of one job, in US dollars.' },
  },
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const maxUsd = numberParameter(ctx, MAX_COST, 'maxUsd');
    const cost = worstCaseCost(input, ctx.catalog);
    if (cost === undefined || cost.usd <= maxUsd) return [];
    return [{
      path: 'trainingInput.scheduling.maxRunningTime',
      message: `The job may cost ${cost.complete ? 'up to' : 'at least'} $${cost.usd.toFixed(2)} (${cost.explanation}); this policy allows at most $${maxUsd}.`,
      fix: 'Lower scheduling.maxRunningTime, the cluster size or the parallel trials, or suppress this rule for the job with a reason.',
    }];
  },
};

/** A worst-case cost, a lower bound of it when `complete` is false. */
interface CostBound {
  readonly usd: number;
  readonly complete: boolean;
  readonly explanation: string;
}

/**
 * The most a training job can bill: its clusters run at most `maxRunningTime` (default 7 days), and a tuning job runs
 * up to `maxParallelTrials` clusters at once. Undefined when the running time is unknown (a token).
 */
function worstCaseCost(input: TrainingInput, catalog: Catalog): CostBound | undefined {
  if (isUnknown(input.scheduling)) return undefined;
  const written = input.scheduling?.maxRunningTime;
  const seconds = written === undefined || written === null ? DEFAULT_RUNNING_SECONDS : durationSeconds(knownString(written) ?? '');
  if (seconds === undefined) return undefined;
  const units = trainingMlUnits(input, catalog);
  const { parallel, parallelKnown } = parallelClusters(input);
  const group = knownString(input.region) === undefined ? undefined : catalog.regionGroup(input.region);
  const prices = catalog.prices.trainingUnitHour;
  // An unknown region is priced at the cheapest group, so the result stays a lower bound.
  const price = group !== undefined && prices[group] !== undefined ? prices[group] : Math.min(...Object.values(prices));
  const hours = seconds / 3600;
  const usd = units.perHour * price * hours * parallel;
  return {
    usd,
    complete: units.complete && parallelKnown && group !== undefined,
    explanation: `${Math.round(units.perHour * 100) / 100} ML units/h × $${price}/unit-hour × ${Math.round(hours * 100) / 100}h${parallel > 1 ? ` × ${parallel} parallel trials` : ''}${units.complete ? '' : `; not priced: ${units.unpriced.join(', ')}`}${units.estimated.length ? `; estimated: ${units.estimated.join(', ')}` : ''}`,
  };
}

/** How many clusters run at once: min(maxParallelTrials, maxTrials), both 1 by default; 1 when unknown. */
function parallelClusters(input: TrainingInput): { parallel: number; parallelKnown: boolean } {
  const spec = input.hyperparameters;
  if (!spec) return { parallel: 1, parallelKnown: true };
  if (isUnknown(spec)) return { parallel: 1, parallelKnown: false };
  const parallel = spec.maxParallelTrials === undefined ? 1 : knownNumber(spec.maxParallelTrials);
  const trials = spec.maxTrials === undefined ? 1 : knownNumber(spec.maxTrials);
  // With either unknown, the minimum may be 1: a lower bound.
  if (parallel === undefined || trials === undefined) return { parallel: 1, parallelKnown: false };
  return { parallel: Math.max(1, Math.min(parallel, trials)), parallelKnown: true };
}
