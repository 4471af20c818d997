import { Sourced } from '../sourced';

/**
 * The shape of the Vertex AI CustomJob facts the Vertex rules check against. Every fact carries its source and the
 * date it was read; a fact marked `confirmed: false` only ever produces warnings.
 *
 * @internal (plain data for the rule engine, not part of the jsii API)
 */

/** What a machine family (the machine type up to its first `-`, or a TPU machine name) takes as accelerators. */
export type VertexAcceleratorPolicy =
  /** GPUs are attached by `acceleratorType`/`acceleratorCount` in the counts the catalog lists (N1). */
  | 'attachable'
  /** Each machine type comes with a fixed number of one GPU type (A2, A3, A4, A4X, G2, G4). */
  | 'fixed'
  /** No accelerator can be attached (E2, N2, N4, C2, M1, …). */
  | 'none'
  /** A TPU machine: TPU accelerator types only. */
  | 'tpu';

/** A machine family of custom training. */
export interface VertexMachineFamilyFact extends Sourced {
  /** The family prefix (`n1`, `a2`, `e2`) or a whole TPU machine name prefix (`cloud-tpu`, `ct5lp-hightpu`). */
  readonly prefix: string;
  readonly accelerators: VertexAcceleratorPolicy;
  /** For TPU families: whether `machineSpec.tpuTopology` is required. */
  readonly tpuTopologyRequired?: boolean;
}

/** An accelerator type of `machineSpec.acceleratorType`. */
export interface VertexAcceleratorFact extends Sourced {
  /** The API enum, e.g. `NVIDIA_L4`. */
  readonly id: string;
  readonly kind: 'gpu' | 'tpu';
  /** Set when the API marks the type deprecated (the reason). */
  readonly deprecated?: string;
  /**
   * Regions known to offer it for training. Undefined: not checked. A region missing from a known list is a
   * warning only: the lists change.
   */
  readonly regions?: string[];
}

/** The accelerators one machine type allows: `{ NVIDIA_TESLA_T4: [1, 2, 4] }`. */
export interface VertexMachineAcceleratorsFact extends Sourced {
  readonly machineType: string;
  readonly counts: { readonly [acceleratorType: string]: number[] };
}

/** How TPU machines are configured. */
export interface VertexTpuFacts extends Sourced {
  /** The single-host TPU machine name of TPU v2 and v3 (`cloud-tpu`). */
  readonly cloudTpuMachineType: string;
  /** The accelerator types of `cloud-tpu`. */
  readonly cloudTpuTypes: string[];
  /** `acceleratorCount` of a single `cloud-tpu` host. */
  readonly cloudTpuCount: number;
  /** Pod slices take multiples of this count. */
  readonly podCountMultiple: number;
}

/** Boot disk options of a worker pool. */
export interface VertexDiskFacts extends Sourced {
  readonly types: string[];
  readonly defaultSizeGb: number;
  /** The documented size range; outside it is a warning (the range is not confirmed as a hard limit). */
  readonly minSizeGb: number;
  readonly maxSizeGb: number;
}

/** One prebuilt training container image (an `executorImageUri` family and version). */
export interface VertexPrebuiltImageFact extends Sourced {
  /** The image name after `…/vertex-ai/training/` and before `:`, e.g. `tf-cpu.2-11.py310`. */
  readonly image: string;
  /** `tensorflow`, `pytorch`, `scikit-learn` or `xgboost`. */
  readonly framework: string;
  /** The framework version, e.g. `2.11`. */
  readonly frameworkVersion: string;
  /** The Python version, e.g. `3.7`. */
  readonly pythonVersion: string;
  /** What the image runs on. */
  readonly accelerator: 'cpu' | 'gpu' | 'tpu';
  /** `YYYY-MM-DD` after which the image is no longer available, if announced. */
  readonly endOfAvailability?: string;
}

/** The prebuilt training containers. */
export interface VertexPrebuiltImagesFacts extends Sourced {
  /** The registry paths that hold them, e.g. `us-docker.pkg.dev/vertex-ai/training`. */
  readonly registries: string[];
  /** The registry used when one must be chosen. */
  readonly defaultRegistry: string;
  /** The only tag the documentation supports. */
  readonly tag: string;
  /** Image name prefixes of prebuilt families (`tf-cpu`, `pytorch-gpu`, …), known even when a version is not listed. */
  readonly families: string[];
  readonly images: VertexPrebuiltImageFact[];
}

/** All Vertex AI CustomJob facts. */
export interface VertexCatalogData {
  /** `YYYY.MM.DD` of the last review. */
  readonly version: string;
  /** Regions where custom training runs. */
  readonly trainingRegions: Sourced & { readonly ids: string[] };
  readonly machineFamilies: VertexMachineFamilyFact[];
  readonly accelerators: VertexAcceleratorFact[];
  readonly machineAccelerators: VertexMachineAcceleratorsFact[];
  readonly tpu: VertexTpuFacts;
  readonly disk: VertexDiskFacts;
  readonly prebuiltImages: VertexPrebuiltImagesFacts;
}
