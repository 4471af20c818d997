import { PriceFacts } from './catalog-types';
import { REGIONS } from './regions';
import { READ_FIRST_PASS, SOURCES } from './sources';

/**
 * Published prices of AI Platform Training (historical: the service shut down on Jan 31 2025), for cost estimates
 * only. A configuration costs its ML training units × the region group's price per unit-hour; CUSTOM sums its
 * machines; legacy GPU types include their GPUs. GPU add-on prices for Compute Engine types were not found.
 *
 * Unconfirmed as a whole: $0.49 (Americas) is published in both pricing generations, but $0.54 (Europe, Asia) only
 * in the 2018 table, batch prediction only for the Americas, and the region → group mapping of regions the price
 * tables do not list is by geography (Australia counts as Asia Pacific).
 */
export const PRICES: PriceFacts = {
  trainingUnitHour: { americas: 0.49, europe: 0.54, asia: 0.54 },
  batchPredictionNodeHour: { americas: 0.0791205 },
  regionGroups: Object.fromEntries(REGIONS.map((region) => [region.id, groupOf(region.id)])),
  source: SOURCES.pricing,
  read: READ_FIRST_PASS,
  confirmed: false,
  note:
    'Training $0.49/unit-hour Americas (both tables), $0.54 Europe/Asia (2018 table). Batch prediction ' +
    `$0.0791205/node-hour Americas (${SOURCES.predictionPricing}; 2018 US table: $0.09262); no Europe/Asia price found.`,
};

/** The price region group of a region id, by geography. */
function groupOf(region: string): string {
  if (/^(us|northamerica|southamerica)-/.test(region)) return 'americas';
  if (/^europe-/.test(region)) return 'europe';
  return 'asia';
}
