import { Catalog } from '../catalog/catalog';
import { JobResources } from './job-resources';
import { uniqueSorted } from './unique-sorted';

/** The worst-case cost of one job from the catalog's published prices. */
export interface JobCost {
  /** USD per hour of the whole job (every parallel trial), when known. */
  readonly perHour?: number;
  /** The hours the job may run: `maxRunningTime`. */
  readonly hours: number;
  /** USD for the whole run at the worst case, when known. */
  readonly worstCase?: number;
  /** Why the cost is unknown, only a lower bound, or partly an estimate. */
  readonly gaps: string[];
}

/**
 * Worst-case cost: ML training units per hour × price per unit-hour of the region's price group × parallel trials ×
 * `maxRunningTime` hours. A tuning job runs at most `maxParallelTrials` clusters at once and `maxRunningTime` caps the
 * whole job, so that product bounds all its trials. Batch prediction: nodes × node-hour price × 7 days.
 */
export function jobCost(resources: JobResources, catalog: Catalog): JobCost {
  const hours = resources.maxRunningSeconds / 3600;
  const group = resources.region ? catalog.regionGroup(resources.region) : undefined;
  // The resources' own list unless the price adds a gap (most jobs add none): a copy only when needed, and no closure
  // per job to make it.
  let gaps = resources.gaps;
  let copied = false;
  let perHour: number | undefined;
  if (resources.predictionNodes !== undefined) {
    const price = group ? catalog.prices.batchPredictionNodeHour[group] : undefined;
    if (price === undefined) {
      gaps = [...gaps, `no batch prediction price for ${resources.region ?? 'an unknown region'}`];
      copied = true;
    } else {
      perHour = resources.predictionNodes * price;
    }
  } else if (resources.mlUnitsPerHour !== undefined) {
    const price = group ? catalog.prices.trainingUnitHour[group] : undefined;
    if (price === undefined) {
      gaps = [...gaps, `no training price for ${resources.region ?? 'an unknown region'}`];
      copied = true;
    } else {
      perHour = resources.mlUnitsPerHour * price * resources.parallelTrials;
    }
    if (price !== undefined && !resources.mlUnitsComplete) {
      if (!copied) gaps = [...gaps];
      copied = true;
      gaps.push('part of the cluster has no published price: the cost is a lower bound');
    }
    if (price !== undefined && resources.mlUnitsEstimated?.length) {
      if (!copied) gaps = [...gaps];
      copied = true;
      gaps.push(`GPU prices are estimates (the catalog's price note says how they are derived): ${resources.mlUnitsEstimated.join(', ')}`);
    }
  }
  // Built by assignment: conditional spreads cost more than the rest of this function (10,000 jobs per plan).
  const unique = uniqueSorted(gaps);
  return perHour === undefined ? { hours, gaps: unique } : { perHour: cents(perHour), worstCase: cents(perHour * hours), hours, gaps: unique };
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
