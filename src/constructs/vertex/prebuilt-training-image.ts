import { VertexCatalog } from '../../catalog/vertex/vertex-catalog';

/**
 * A prebuilt training container of Vertex AI, the only kind of image a Python package job may run on
 * (`pythonPackageSpec.executorImageUri`), always with the `latest` tag the documentation requires.
 *
 * @see https://cloud.google.com/vertex-ai/docs/training/pre-built-containers
 */
export class PrebuiltTrainingImage {
  /**
   * The TensorFlow CPU image of a version, e.g. `tensorflowCpu('2.17')` →
   * `us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-17.py310:latest` (the newest Python the list has for the version).
   */
  public static tensorflowCpu(version: string): PrebuiltTrainingImage {
    return PrebuiltTrainingImage.tensorflow(version, 'cpu');
  }

  /** The TensorFlow GPU image of a version, e.g. `tensorflowGpu('2.17')`. */
  public static tensorflowGpu(version: string): PrebuiltTrainingImage {
    return PrebuiltTrainingImage.tensorflow(version, 'gpu');
  }

  /**
   * A prebuilt image by its name in the list, e.g. `PrebuiltTrainingImage.of('pytorch-gpu.2-4.py310')` →
   * `us-docker.pkg.dev/vertex-ai/training/pytorch-gpu.2-4.py310:latest`.
   */
  public static of(imageName: string): PrebuiltTrainingImage {
    const catalog = VertexCatalog.default();
    return new PrebuiltTrainingImage(`${catalog.prebuiltImages.defaultRegistry}/${imageName}:${catalog.prebuiltImages.tag}`);
  }

  /** An image by its full URI, e.g. one of the `europe-docker.pkg.dev/vertex-ai/training/…` copies. */
  public static fromUri(uri: string): PrebuiltTrainingImage {
    return new PrebuiltTrainingImage(uri);
  }

  private static tensorflow(version: string, accelerator: 'cpu' | 'gpu'): PrebuiltTrainingImage {
    const catalog = VertexCatalog.default();
    const images = catalog.prebuiltImages.images
      .filter((i) => i.framework === 'tensorflow' && i.frameworkVersion === version && i.accelerator === accelerator)
      .sort((a, b) => Number(b.pythonVersion.split('.')[1]) - Number(a.pythonVersion.split('.')[1]));
    // A version newer than the catalog follows the list's current naming (Python 3.10); the rules then warn.
    return images.length ? new PrebuiltTrainingImage(catalog.prebuiltImageUri(images[0])) : PrebuiltTrainingImage.of(`tf-${accelerator}.${version.replace('.', '-')}.py310`);
  }

  private constructor(
    /** The image URI, e.g. `us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-17.py310:latest`. */
    public readonly uri: string,
  ) {}
}
