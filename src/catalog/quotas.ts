import { ACCELERATORS } from './accelerators';
import { QuotaFacts } from './catalog-types';
import { REGIONS } from './regions';
import { READ_CONFIRMATIONS, SOURCES } from './sources';

/**
 * The vCPU quota: the quota page says a project's concurrent training vCPUs start at 20 and scale with its usage
 * history to a typical 450, counted across all machine types (some regions have extra defaults, not read). This
 * catalog assumes the typical 450, project-wide and per region.
 */
const TYPICAL_VCPUS = 450;

/**
 * Placeholder accelerator quotas per region, for accelerators offered there: no public default was found (one real
 * project had 0 of every type). Each placeholder is the largest count one machine of the catalog takes, so that a
 * single-machine job never exceeds it.
 */
const PLACEHOLDER_ACCELERATORS: { readonly [acceleratorType: string]: number } = {
  NVIDIA_TESLA_K80: 8,
  NVIDIA_TESLA_P4: 4,
  NVIDIA_TESLA_P100: 4,
  NVIDIA_TESLA_T4: 4,
  NVIDIA_TESLA_V100: 8,
  NVIDIA_TESLA_A100: 16,
  TPU_V2: 8,
  TPU_V3: 8,
};

/**
 * Default per-project quotas for the plan simulator. Quotas are per project and change with usage, so these values
 * are conservative assumptions, unconfirmed: override them with the values of your project's quota page in a catalog
 * file (`quotas:` section, read by `loadCatalogFile`).
 */
export const QUOTAS: QuotaFacts = {
  acceleratorsPerRegion: acceleratorsPerRegion(),
  vcpusPerRegion: Object.fromEntries(REGIONS.filter((r) => r.training).map((r) => [r.id, TYPICAL_VCPUS])),
  vcpusPerProject: TYPICAL_VCPUS,
  source: SOURCES.quotas,
  read: READ_CONFIRMATIONS,
  confirmed: false,
  note:
    'vCPUs: the quota page gives 20 at first, typically 450, across all machine types; 450 assumed. Accelerators: no ' +
    'public default found; placeholders (the largest per-machine count: K80 8, P4 4, P100 4, T4 4, V100 8, A100 16, ' +
    'TPU v2/v3 8 cores). Override both from your project\'s quota page.',
};

/** `{ region: { acceleratorType: placeholder } }` for every region where the catalog offers the accelerator. */
function acceleratorsPerRegion(): { [region: string]: { [acceleratorType: string]: number } } {
  const out: { [region: string]: { [acceleratorType: string]: number } } = {};
  for (const accelerator of ACCELERATORS) {
    for (const region of accelerator.regions) {
      out[region] = { ...out[region], [accelerator.id]: PLACEHOLDER_ACCELERATORS[accelerator.id] };
    }
  }
  return out;
}
