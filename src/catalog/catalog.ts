import {
  AcceleratorFact,
  CatalogData,
  MachineTypeFact,
  PriceFacts,
  QuotaFacts,
  RegionFact,
  RuntimeVersionFact,
  ScaleTierFact,
  TpuFacts,
} from './catalog-types';
import { DEFAULT_CATALOG_DATA } from './default-catalog';
import { DEFAULT_VERTEX_CATALOG_DATA, VertexCatalog } from './vertex/vertex-catalog';

/**
 * The platform facts, indexed for the rules: every lookup is one or two Map reads, returns `undefined` for an id the
 * catalog does not know, and never throws. Names are matched exactly (`n1-standard-8`, `NVIDIA_TESLA_T4`, `2.11`).
 *
 * Build it once (`Catalog.default()`, or `loadCatalogFile` for a user's overrides) and share it; its data is frozen.
 */
export class Catalog {
  /** The catalog of the facts shipped with the library (built once, then shared). */
  public static default(): Catalog {
    if (Catalog.defaultCatalog === undefined) Catalog.defaultCatalog = new Catalog(DEFAULT_CATALOG_DATA);
    return Catalog.defaultCatalog;
  }

  private static defaultCatalog?: Catalog;

  /** All facts, as given (frozen). */
  public readonly data: CatalogData;
  /** How custom TPU clusters are configured. */
  public readonly tpu: TpuFacts;
  /** Published prices, for estimates. */
  public readonly prices: PriceFacts;
  /** Default per-project quotas. */
  public readonly quotas: QuotaFacts;
  /** The Vertex AI CustomJob facts (`data.vertex`, else the built-in ones), indexed for the Vertex rules. */
  public readonly vertex: VertexCatalog;

  private readonly regions: Map<string, RegionFact>;
  private readonly machineTypes: Map<string, MachineTypeFact>;
  private readonly accelerators: Map<string, AcceleratorFact>;
  private readonly counts: Map<string, Map<string, number[]>>;
  private readonly scaleTiers: Map<string, ScaleTierFact>;
  private readonly runtimeVersions: Map<string, RuntimeVersionFact>;
  private readonly regionGroups: Map<string, string>;

  /**
   * Indexes `data`. Throws if a list holds the same id (or runtime version) twice.
   *
   * @param data the facts; frozen by this call
   */
  public constructor(data: CatalogData) {
    this.data = deepFreeze(data);
    this.tpu = data.tpu;
    this.prices = data.prices;
    this.quotas = data.quotas;
    // The built-in Vertex facts are indexed once and shared; only an override builds its own index.
    this.vertex = data.vertex === undefined || data.vertex === DEFAULT_VERTEX_CATALOG_DATA ? VertexCatalog.default() : new VertexCatalog(data.vertex);
    this.regions = indexBy('region', data.regions, (r) => r.id);
    this.machineTypes = indexBy('machine type', data.machineTypes, (m) => m.id);
    this.accelerators = indexBy('accelerator', data.accelerators, (a) => a.id);
    this.scaleTiers = indexBy('scale tier', data.scaleTiers, (t) => t.id);
    this.runtimeVersions = indexBy('runtime version', data.runtimeVersions, (v) => v.version);
    this.counts = new Map(data.accelerators.map((a) => [a.id, new Map(Object.entries(a.countsByMachineType))]));
    this.regionGroups = new Map(Object.entries(data.prices.regionGroups));
  }

  /** The region `id` (`us-central1`), or undefined. */
  public region(id: string): RegionFact | undefined {
    return this.regions.get(id);
  }

  /** The machine type `id` (`complex_model_m`, `n1-standard-8`), or undefined (also for custom machine types). */
  public machineType(id: string): MachineTypeFact | undefined {
    return this.machineTypes.get(id);
  }

  /**
   * Whether `id` is a known legacy (AI Platform) machine type. True for `cloud_tpu` too: check `tpu.machineType`, as
   * the TPU worker accepts `acceleratorConfig` and may follow a master of either category.
   */
  public isLegacyMachineType(id: string): boolean {
    return this.machineTypes.get(id)?.category === 'legacy';
  }

  /** Whether `id` is a known Compute Engine machine type accepted by AI Platform Training. */
  public isComputeEngineMachineType(id: string): boolean {
    return this.machineTypes.get(id)?.category === 'compute-engine';
  }

  /** The accelerator type `id` (`NVIDIA_TESLA_T4`), or undefined. */
  public accelerator(id: string): AcceleratorFact | undefined {
    return this.accelerators.get(id);
  }

  /**
   * The counts of `acceleratorType` that `machineType` accepts: undefined when either is unknown to the catalog, `[]`
   * when both are known and the combination is not allowed (e.g. any GPU on a legacy type).
   */
  public allowedAcceleratorCounts(acceleratorType: string, machineType: string): number[] | undefined {
    const counts = this.counts.get(acceleratorType);
    if (counts === undefined || !this.machineTypes.has(machineType)) return undefined;
    return counts.get(machineType) ?? [];
  }

  /** The scale tier `id` (`BASIC_GPU`), or undefined. */
  public scaleTier(id: string): ScaleTierFact | undefined {
    return this.scaleTiers.get(id);
  }

  /** The runtime version `version` (`2.11`; a string, compared exactly), or undefined. */
  public runtimeVersion(version: string): RuntimeVersionFact | undefined {
    return this.runtimeVersions.get(version);
  }

  /** The price region group (`americas`, `europe`, `asia`) of `region`, or undefined. */
  public regionGroup(region: string): string | undefined {
    return this.regionGroups.get(region);
  }
}

/** A Map of `items` by key; throws on a duplicate key. */
function indexBy<T>(kind: string, items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const id = key(item);
    if (map.has(id)) throw new Error(`The catalog data lists ${kind} "${id}" twice.`);
    map.set(id, item);
  }
  return map;
}

/** Freezes `value` and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
