import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { canonicalEnumName, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

/** The region runs custom training and offers the accelerators the pools ask for. */
export const ACCELERATOR_REGION: CustomJobRule = {
  id: 'MLJ-VERTEX-007',
  severity: 'warning',
  kind: 'platform',
  summary: 'The job\'s region runs custom training and is one the catalog lists for each accelerator type (a warning: the lists change).',
  rationale: 'A GPU or TPU that the region does not offer cannot be scheduled, and a region without custom training rejects the job; both lists change, so this only warns.',
  source: VERTEX_SOURCES.locations,
  check(job, ctx) {
    const location = knownString(ctx.location);
    if (location === undefined) return [];
    const violations: Violation[] = [];
    if (!ctx.catalog.isTrainingRegion(location)) {
      violations.push({ path: 'location', message: `location is ${show(location)}, which the catalog (${ctx.catalog.data.version}) does not list as a custom training region.`, fix: 'Use a region such as us-central1 or europe-west4.' });
      return violations;
    }
    for (const entry of usedPools(job)) {
      const raw = knownString(entry.pool.machineSpec?.acceleratorType);
      if (!raw) continue;
      const fact = ctx.catalog.accelerator(canonicalEnumName(raw));
      if (!fact?.regions || fact.regions.includes(location)) continue;
      violations.push({
        path: `${entry.path}.machineSpec.acceleratorType`,
        message: `${entry.path}.machineSpec.acceleratorType is ${fact.id}, which the catalog does not list in ${location} (listed: ${fact.regions.join(', ')}).`,
        fix: 'Check the accelerators of the region on the Vertex AI locations page, or move the job to a listed region.',
      });
    }
    return violations;
  },
};
