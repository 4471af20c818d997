import { ACCELERATORS } from './accelerators';
import { CatalogData } from './catalog-types';
import { MACHINE_TYPES } from './machine-types';
import { PRICES } from './prices';
import { QUOTAS } from './quotas';
import { REGIONS } from './regions';
import { RUNTIME_VERSIONS } from './runtime-versions';
import { SCALE_TIERS } from './scale-tiers';
import { TPU } from './tpu';
import { DEFAULT_VERTEX_CATALOG_DATA } from './vertex/vertex-catalog';

/** The catalog shipped with the library: every fact of this folder, reviewed on 2026-11-24 (Vertex AI: see its version). */
export const DEFAULT_CATALOG_DATA: CatalogData = {
  version: '2026.11.24',
  regions: REGIONS,
  machineTypes: MACHINE_TYPES,
  accelerators: ACCELERATORS,
  scaleTiers: SCALE_TIERS,
  runtimeVersions: RUNTIME_VERSIONS,
  tpu: TPU,
  prices: PRICES,
  quotas: QUOTAS,
  vertex: DEFAULT_VERTEX_CATALOG_DATA,
};
