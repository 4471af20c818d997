import { VERTEX_ACCELERATORS, VERTEX_DISK, VERTEX_TPU } from './vertex-accelerators';
import {
  VertexAcceleratorFact, VertexCatalogData, VertexDiskFacts, VertexMachineFamilyFact, VertexPrebuiltImageFact, VertexPrebuiltImagesFacts, VertexTpuFacts,
} from './vertex-catalog-types';
import { VERTEX_MACHINE_ACCELERATORS, VERTEX_MACHINE_FAMILIES } from './vertex-machines';
import { VERTEX_PREBUILT_IMAGES } from './vertex-prebuilt-images';
import { VERTEX_TRAINING_REGIONS } from './vertex-training-regions';

/** The Vertex AI facts shipped with the library. */
export const DEFAULT_VERTEX_CATALOG_DATA: VertexCatalogData = {
  version: '2026.12.02',
  trainingRegions: VERTEX_TRAINING_REGIONS,
  machineFamilies: VERTEX_MACHINE_FAMILIES,
  accelerators: VERTEX_ACCELERATORS,
  machineAccelerators: VERTEX_MACHINE_ACCELERATORS,
  tpu: VERTEX_TPU,
  disk: VERTEX_DISK,
  prebuiltImages: VERTEX_PREBUILT_IMAGES,
};

/** An executor image URI split into its parts, when it is in a prebuilt training registry. */
export interface PrebuiltImageReference {
  /** `us-docker.pkg.dev/vertex-ai/training`. */
  readonly registry: string;
  /** `tf-cpu.2-11.py310`. */
  readonly image: string;
  /** `tf-cpu`. */
  readonly family: string;
  /** The tag, or undefined without one. */
  readonly tag?: string;
  /** The catalog's fact of the image, if it lists it. */
  readonly fact?: VertexPrebuiltImageFact;
}

/**
 * The Vertex AI CustomJob facts, indexed for the Vertex rules: every lookup returns undefined for what the catalog does
 * not know and never throws.
 */
export class VertexCatalog {
  /** The catalog shipped with the library (built once). */
  public static default(): VertexCatalog {
    if (VertexCatalog.defaultCatalog === undefined) VertexCatalog.defaultCatalog = new VertexCatalog(DEFAULT_VERTEX_CATALOG_DATA);
    return VertexCatalog.defaultCatalog;
  }

  private static defaultCatalog?: VertexCatalog;

  /** All facts, as given. */
  public readonly data: VertexCatalogData;
  public readonly tpu: VertexTpuFacts;
  public readonly disk: VertexDiskFacts;
  public readonly prebuiltImages: VertexPrebuiltImagesFacts;

  private readonly regions: Set<string>;
  private readonly families: VertexMachineFamilyFact[];
  private readonly accelerators: Map<string, VertexAcceleratorFact>;
  private readonly counts: Map<string, { readonly [acceleratorType: string]: number[] }>;
  private readonly images: Map<string, VertexPrebuiltImageFact>;

  public constructor(data: VertexCatalogData) {
    this.data = data;
    this.tpu = data.tpu;
    this.disk = data.disk;
    this.prebuiltImages = data.prebuiltImages;
    this.regions = new Set(data.trainingRegions.ids);
    // Longest prefix first, so `a4x` wins over `a4` and `ct5lp-hightpu` over anything shorter.
    this.families = [...data.machineFamilies].sort((a, b) => b.prefix.length - a.prefix.length);
    this.accelerators = new Map(data.accelerators.map((a) => [a.id, a]));
    this.counts = new Map(data.machineAccelerators.map((m) => [m.machineType, m.counts]));
    this.images = new Map(data.prebuiltImages.images.map((i) => [i.image, i]));
  }

  /** Whether custom training runs in `region`. */
  public isTrainingRegion(region: string): boolean {
    return this.regions.has(region);
  }

  /** The family of `machineType` (`n1-standard-8` → n1, `ct5lp-hightpu-4t` → ct5lp-hightpu), or undefined. */
  public machineFamily(machineType: string): VertexMachineFamilyFact | undefined {
    return this.families.find((f) => machineType === f.prefix || machineType.startsWith(`${f.prefix}-`));
  }

  /** The accelerator type `id`, or undefined. */
  public accelerator(id: string): VertexAcceleratorFact | undefined {
    return this.accelerators.get(id);
  }

  /** Every accelerator type the API enum has. */
  public acceleratorIds(): string[] {
    return [...this.accelerators.keys()];
  }

  /** The accelerators (type → allowed counts) of a GPU machine type, or undefined when the catalog does not list it. */
  public machineAccelerators(machineType: string): { readonly [acceleratorType: string]: number[] } | undefined {
    return this.counts.get(machineType);
  }

  /** The fixed GPU of an A2/A3/A4/G2/G4 machine type, or undefined. */
  public builtInAccelerator(machineType: string): { type: string; count: number } | undefined {
    if (this.machineFamily(machineType)?.accelerators !== 'fixed') return undefined;
    const counts = this.counts.get(machineType);
    const [type] = Object.keys(counts ?? {});
    return type && counts ? { type, count: counts[type][0] } : undefined;
  }

  /** The parts of an executor image URI in a prebuilt training registry, or undefined for any other image. */
  public prebuiltImage(uri: string): PrebuiltImageReference | undefined {
    const registry = this.prebuiltImages.registries.find((r) => uri.startsWith(`${r}/`));
    if (!registry) return undefined;
    const rest = uri.slice(registry.length + 1);
    const colon = rest.indexOf(':');
    const image = colon < 0 ? rest : rest.slice(0, colon);
    const tag = colon < 0 ? undefined : rest.slice(colon + 1);
    return { registry, image, family: image.split('.')[0], ...(tag !== undefined ? { tag } : {}), ...(this.images.has(image) ? { fact: this.images.get(image) } : {}) };
  }

  /** The prebuilt image of a framework version, Python version and accelerator kind, or undefined. */
  public findPrebuiltImage(framework: string, frameworkVersion: string, pythonVersion: string | undefined, accelerator: 'cpu' | 'gpu' | 'tpu'): VertexPrebuiltImageFact | undefined {
    const candidates = this.prebuiltImages.images.filter((i) => i.framework === framework && i.frameworkVersion === frameworkVersion && i.accelerator === accelerator);
    return candidates.find((i) => i.pythonVersion === pythonVersion) ?? (pythonVersion === undefined ? candidates[0] : undefined);
  }

  /** The full URI of a prebuilt image in the default registry with the supported tag. */
  public prebuiltImageUri(image: VertexPrebuiltImageFact): string {
    return `${this.prebuiltImages.defaultRegistry}/${image.image}:${this.prebuiltImages.tag}`;
  }
}
