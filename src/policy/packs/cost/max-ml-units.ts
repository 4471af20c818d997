import { PolicyRule, numberParameter } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';
import { trainingMlUnits } from '../../../rules/ml-units';

/** A training cluster consumes at most `max` ML training units per hour. */
export const MAX_ML_UNITS: PolicyRule = {
  id: 'MLJ-COST-003',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training cluster consumes at most `max` ML training units per hour (scale tier units, or the sum of the machines of a CUSTOM cluster, from the catalog).',
  rationale: 'ML units are what AI Platform Training bills per hour; a cap keeps oversized clusters out of review-free pipelines. Machines without published units are not counted, so only a certain excess is an error; one that needs the estimated units of GPUs on Compute Engine types is a warning.',
  source: POLICY_SOURCES.pricing,
  parameters: {
    max: { type: 'number', default: 50, minimum: 0, description: 'The most ML training units per hour a job may consume.' },
  },
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const max = numberParameter(ctx, MAX_ML_UNITS, 'max');
    const estimate = trainingMlUnits(input, ctx.catalog);
    if (estimate.perHour <= max) return [];
    // GPUs on Compute Engine types are priced by the catalog's estimates: an excess that needs them is not certain.
    const certain = estimate.perHour - estimate.estimatedPerHour > max;
    const estimated = estimate.estimatedPerHour > 0 ? `, ${round(estimate.estimatedPerHour)} of them estimated for GPUs` : '';
    return [{
      path: input.scaleTier === undefined || input.scaleTier === 'CUSTOM' ? 'trainingInput' : 'trainingInput.scaleTier',
      ...(certain ? {} : { severity: 'warning' as const }),
      message: `The cluster consumes ${estimate.complete ? '' : 'at least '}${round(estimate.perHour)} ML units per hour${estimated}; this policy allows at most ${max}.`,
      fix: 'Use fewer or smaller machines, or suppress this rule for the job with a reason.',
    }];
  },
};

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
