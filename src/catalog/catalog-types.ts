/**
 * The shape of the platform facts the rules check against. Every fact carries its source and the date it was read.
 * Data lives in the other files of this folder; users extend or override it from a JSON/YAML file (`loadCatalogFile`).
 *
 * @internal (not part of the jsii API; plain data for the rule engine)
 */
import { Sourced } from './sourced';
import { VertexCatalogData } from './vertex/vertex-catalog-types';

export type { Sourced } from './sourced';

/** A region and which job kinds run there. */
export interface RegionFact extends Sourced {
  readonly id: string;
  readonly training: boolean;
  readonly batchPrediction: boolean;
}

/** An accelerator built into a legacy machine type. */
export interface BuiltInAccelerator {
  readonly type: string;
  readonly count: number;
}

/** A machine type name that `masterType`/`workerType`/… accept. */
export interface MachineTypeFact extends Sourced {
  readonly id: string;
  /** `legacy` (AI Platform names such as `complex_model_m`) or `compute-engine` (`n1-standard-8`, `a2-highgpu-1g`). */
  readonly category: 'legacy' | 'compute-engine';
  readonly vcpus?: number;
  readonly memoryGb?: number;
  /** Legacy GPU/TPU types come with their accelerators; `acceleratorConfig` is not accepted on legacy types. */
  readonly builtInAccelerator?: BuiltInAccelerator;
  /** ML training units per hour (for cost estimates), if published. */
  readonly mlUnits?: number;
}

/** An accelerator type of `acceleratorConfig.type`. */
export interface AcceleratorFact extends Sourced {
  /** The API enum, e.g. `NVIDIA_TESLA_T4`. */
  readonly id: string;
  readonly kind: 'gpu' | 'tpu';
  /** Regions where AI Platform Training offers it. */
  readonly regions: string[];
  /** Allowed counts per machine type: `{ 'n1-standard-8': [1, 2, 4, 8] }`. A machine type not listed is not allowed. */
  readonly countsByMachineType: { readonly [machineType: string]: number[] };
}

/** A predefined scale tier and the cluster it implies. */
export interface ScaleTierFact extends Sourced {
  readonly id: string;
  readonly description: string;
  readonly masterType?: string;
  readonly workerCount?: number;
  readonly parameterServerCount?: number;
  /** The machine type of the tier's workers, if it has workers. */
  readonly workerType?: string;
  /** The machine type of the tier's parameter servers, if it has parameter servers. */
  readonly parameterServerType?: string;
  /** Whether the tier attaches accelerators (GPU/TPU). */
  readonly accelerator?: BuiltInAccelerator;
  readonly mlUnits?: number;
}

/** A runtime version (`trainingInput.runtimeVersion`). */
export interface RuntimeVersionFact extends Sourced {
  /** e.g. `2.11`, `1.15`. */
  readonly version: string;
  readonly pythonVersions: string[];
  /** The Python version used when `pythonVersion` is not set (if the runtime has a default). */
  readonly defaultPythonVersion?: string;
  readonly tpu: boolean;
  readonly gpu: boolean;
  /** `YYYY-MM-DD` on which the runtime became available for training, if known. */
  readonly released?: string;
  /** `YYYY-MM-DD` from which the runtime is no longer supported for training, if announced. */
  readonly endOfSupport?: string;
  /** Whether batch prediction accepts it. */
  readonly batchPrediction?: boolean;
}

/** How custom TPU clusters (`cloud_tpu` workers) are configured. */
export interface TpuFacts extends Sourced {
  /** The machine type name of a TPU worker. */
  readonly machineType: string;
  /** Accelerator types a TPU worker may use. */
  readonly acceleratorTypes: string[];
  /** Allowed `acceleratorConfig.count` per TPU type. */
  readonly countsByType: { readonly [acceleratorType: string]: number[] };
  /** How many TPU workers a job may have. */
  readonly maxWorkerCount: number;
  /**
   * True when a TPU worker may follow a master of either category (legacy or Compute Engine): the TPU machine type is
   * the documented exception to the rule that all replicas share the master's category.
   */
  readonly anyMasterCategory?: boolean;
  /** True when a TPU worker may omit `acceleratorConfig` (the service then picks the TPU). */
  readonly acceleratorConfigOptional?: boolean;
}

/** Published prices (historical; for estimates only). */
export interface PriceFacts extends Sourced {
  /** USD per ML training unit-hour, by region group (`americas`, `europe`, `asia`). */
  readonly trainingUnitHour: { readonly [regionGroup: string]: number };
  /**
   * ML training units per hour of one accelerator attached to a Compute Engine machine type, by accelerator type
   * (`NVIDIA_TESLA_V100`). Legacy machine types and `cloud_tpu` include their accelerators and do not use it. A type
   * not listed is unpriced: its cost is left out and the estimate becomes a lower bound.
   */
  readonly acceleratorUnits?: { readonly [acceleratorType: string]: number };
  /** USD per batch prediction node-hour, by region group. */
  readonly batchPredictionNodeHour: { readonly [regionGroup: string]: number };
  /** Region id → region group. */
  readonly regionGroups: { readonly [region: string]: string };
}

/** Default per-project quotas used by the plan simulator (a user file overrides them). */
export interface QuotaFacts extends Sourced {
  /** Concurrent accelerators per region and type: `{ 'us-central1': { NVIDIA_TESLA_T4: 8 } }`. */
  readonly acceleratorsPerRegion: { readonly [region: string]: { readonly [acceleratorType: string]: number } };
  /** Concurrent vCPUs for training per region. */
  readonly vcpusPerRegion: { readonly [region: string]: number };
  /** Concurrent vCPUs for training across all regions of the project, if a project-wide limit applies. */
  readonly vcpusPerProject?: number;
}

/** All facts. */
export interface CatalogData {
  /** The Vertex AI CustomJob facts; undefined: the built-in ones (`DEFAULT_VERTEX_CATALOG_DATA`). */
  readonly vertex?: VertexCatalogData;
  /** The catalog's version, `YYYY.MM.DD` of its last review. */
  readonly version: string;
  readonly regions: RegionFact[];
  readonly machineTypes: MachineTypeFact[];
  readonly accelerators: AcceleratorFact[];
  readonly scaleTiers: ScaleTierFact[];
  readonly runtimeVersions: RuntimeVersionFact[];
  readonly tpu: TpuFacts;
  readonly prices: PriceFacts;
  readonly quotas: QuotaFacts;
}
