import { Catalog } from '../../src/catalog/catalog';
import { jobCost } from '../../src/plan/job-cost';
import { JobResources } from '../../src/plan/job-resources';

const catalog = Catalog.default();

function resources(overrides: Partial<JobResources>): JobResources {
  return { accelerators: new Map(), parallelTrials: 1, maxRunningSeconds: 7200, priority: 0, gaps: [], ...overrides };
}

describe('jobCost', () => {
  test('training: ML units per hour x the region group\'s unit price x parallel trials, for maxRunningTime', () => {
    // GIVEN 10 units per hour, 2 trials at once, 2 hours in us-central1 (Americas: $0.49 per unit-hour)
    const cost = jobCost(resources({ region: 'us-central1', mlUnitsPerHour: 10, mlUnitsComplete: true, parallelTrials: 2 }), catalog);

    // THEN
    expect(catalog.prices.trainingUnitHour.americas).toBe(0.49);
    expect(cost).toEqual({ perHour: 9.8, worstCase: 19.6, hours: 2, gaps: [] });
  });

  test('an incompletely priced cluster is a lower bound, and says so', () => {
    const cost = jobCost(resources({ region: 'europe-west4', mlUnitsPerHour: 1, mlUnitsComplete: false, gaps: ['b gap', 'a gap'] }), catalog);
    expect(cost.perHour).toBe(0.54);
    expect(cost.gaps).toEqual(['a gap', 'b gap', 'part of the cluster has no published price: the cost is a lower bound']);
  });

  test('batch prediction: nodes x node-hour price; no price for the region is a gap, not a guess', () => {
    const americas = jobCost(resources({ region: 'us-east1', predictionNodes: 10, maxRunningSeconds: 3600 }), catalog);
    expect(americas.perHour).toBe(0.79);
    const europe = jobCost(resources({ region: 'europe-west1', predictionNodes: 10 }), catalog);
    expect(europe.perHour).toBeUndefined();
    expect(europe.worstCase).toBeUndefined();
    expect(europe.gaps).toEqual(['no batch prediction price for europe-west1']);
  });

  test('an unknown region has no price', () => {
    expect(jobCost(resources({ mlUnitsPerHour: 1, mlUnitsComplete: true }), catalog).gaps).toEqual(['no training price for an unknown region']);
  });
});
