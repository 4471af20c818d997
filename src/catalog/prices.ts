import { PriceFacts } from './catalog-types';
import { REGIONS } from './regions';
import { READ_ACCELERATOR_PRICES, READ_FIRST_PASS, SOURCES } from './sources';

/**
 * ML training units per hour of one GPU attached to a Compute Engine machine type: ESTIMATES, not published figures.
 *
 * The pricing page (https://cloud.google.com/ml-engine/docs/pricing, 2019+ generation, read 2026-12-01; archived
 * copy `SOURCES.pricing2019`) says: "If you use Compute Engine machine types and attach accelerators, the cost of the
 * accelerators is separate … multiply the prices in the table of accelerators below by how many of each type of
 * accelerator you use". That table could not be read (no stored copy of the page reaches it), so each value here is
 * the difference between a legacy GPU machine type and the same machine without its GPU, per GPU, which the page
 * does publish ("Accelerator-enabled legacy machine types include the cost of the accelerators in their pricing"):
 *
 * - K80: standard_gpu 1.6939 − standard 0.3878 = 1.3061 (2019+ table; complex_model_m_gpu gives 1.0167 per GPU,
 *   the single-GPU type's higher value is kept for a worst case).
 * - P100: standard_p100 5.4824 − standard 0.5661 = 4.9163 in the 2018 table (the only one that lists it), × 0.3878 /
 *   0.5661 (the ratio of `standard` between the two tables) = 3.3679.
 * - V100: standard_v100 8.5216 − 0.5661 = 7.9555 in the 2018 table, × the same ratio = 5.4498.
 *
 * T4, P4 and A100 come in no legacy machine type, so nothing published bounds their price: they stay unpriced and a
 * cost with them is a lower bound. A user catalog (`--catalog`, `prices.acceleratorUnits`) can set any of them.
 */
const ACCELERATOR_UNITS: { [acceleratorType: string]: number } = {
  NVIDIA_TESLA_K80: 1.3061,
  NVIDIA_TESLA_P100: 3.3679,
  NVIDIA_TESLA_V100: 5.4498,
};

/**
 * Published prices of AI Platform Training (historical: the service shut down on Jan 31 2025), for cost estimates
 * only. A configuration costs its ML training units × the region group's price per unit-hour; CUSTOM sums its
 * machines; legacy GPU types include their GPUs; GPUs on Compute Engine types add `acceleratorUnits` (estimates, see
 * `ACCELERATOR_UNITS`).
 *
 * Unconfirmed as a whole: $0.49 (Americas) is published in both pricing generations, but $0.54 (Europe, Asia) only
 * in the 2018 table, batch prediction only for the Americas, and the region → group mapping of regions the price
 * tables do not list is by geography (Australia counts as Asia Pacific).
 */
export const PRICES: PriceFacts = {
  trainingUnitHour: { americas: 0.49, europe: 0.54, asia: 0.54 },
  acceleratorUnits: ACCELERATOR_UNITS,
  batchPredictionNodeHour: { americas: 0.0791205 },
  regionGroups: Object.fromEntries(REGIONS.map((region) => [region.id, groupOf(region.id)])),
  source: SOURCES.pricing,
  read: READ_FIRST_PASS,
  confirmed: false,
  note:
    'Training $0.49/unit-hour Americas (both tables), $0.54 Europe/Asia (2018 table). Batch prediction ' +
    `$0.0791205/node-hour Americas (${SOURCES.predictionPricing}; 2018 US table: $0.09262); no Europe/Asia price found. ` +
    `GPUs on Compute Engine types (acceleratorUnits): estimates from the legacy GPU machine types, the page's own ` +
    `accelerator table not read (${SOURCES.pricing2019}, read ${READ_ACCELERATOR_PRICES}); T4, P4 and A100 unpriced.`,
};

/** The price region group of a region id, by geography. */
function groupOf(region: string): string {
  if (/^(us|northamerica|southamerica)-/.test(region)) return 'americas';
  if (/^europe-/.test(region)) return 'europe';
  return 'asia';
}
