import { VertexPrebuiltImageFact, VertexPrebuiltImagesFacts } from './vertex-catalog-types';
import { READ_VERTEX, VERTEX_SOURCES } from './vertex-sources';

const listed = { source: VERTEX_SOURCES.prebuiltContainers, read: READ_VERTEX };
/** Rows read on the supported frameworks list rather than the prebuilt container list. */
const frameworksList = { source: VERTEX_SOURCES.supportedFrameworks, read: READ_VERTEX };

/** One CPU and one GPU TensorFlow image of a version, as the prebuilt container list names them. */
function tensorflow(version: string, python: string, endOfAvailability: string, suffix = ''): VertexPrebuiltImageFact[] {
  const tag = version.replace('.', '-');
  return (['cpu', 'gpu'] as const).map((accelerator) => ({
    image: `tf-${accelerator}.${tag}${suffix}`, framework: 'tensorflow', frameworkVersion: version, pythonVersion: python, accelerator, endOfAvailability, ...listed,
  }));
}

/**
 * The prebuilt TensorFlow training containers whose rows were read on the list (2.17 down to 1.15; there is no 2.10).
 * PyTorch, scikit-learn, XGBoost and Ray images are known by family only: a version of theirs is not checked.
 */
export const VERTEX_PREBUILT_IMAGES: VertexPrebuiltImagesFacts = {
  registries: ['us-docker.pkg.dev/vertex-ai/training', 'europe-docker.pkg.dev/vertex-ai/training', 'asia-docker.pkg.dev/vertex-ai/training'],
  defaultRegistry: 'us-docker.pkg.dev/vertex-ai/training',
  tag: 'latest',
  // Every image name prefix of the list (read 2026-12-02): scikit-learn is `scikit-learn-cpu` on its 0.23 row and
  // `sklearn-cpu`/`sklearn-gpu` from 1.0 (Google's continuous training tutorial runs `training/sklearn-cpu.1-0:latest`);
  // PyTorch's CPU rows are `pytorch-xla` (1.4: `pytorch-cpu`), its TPU rows `pytorch-tpu`; Ray has its own table.
  families: [
    'tf-cpu', 'tf-gpu', 'tf-tpu',
    'pytorch-cpu', 'pytorch-gpu', 'pytorch-tpu', 'pytorch-xla',
    'scikit-learn-cpu', 'sklearn-cpu', 'sklearn-gpu',
    'xgboost-cpu', 'xgboost-gpu',
    'ray-cpu', 'ray-gpu',
  ],
  images: [
    ...tensorflow('2.17', '3.10', '2026-07-11', '.py310'),
    ...tensorflow('2.16', '3.10', '2026-06-28', '.py310'),
    ...tensorflow('2.15', '3.10', '2025-11-14', '.py310'),
    { image: 'tf-tpu.2-15.cp310', framework: 'tensorflow', frameworkVersion: '2.15', pythonVersion: '3.10', accelerator: 'tpu', endOfAvailability: '2025-10-23', ...listed },
    ...tensorflow('2.14', '3.10', '2025-09-26', '.py310'),
    ...tensorflow('2.13', '3.10', '2025-07-05', '.py310'),
    // The supported frameworks list has both 2.12 rows (tf-cpu/tf-gpu.2-12.py310, GPU on CUDA 11.x): availability ended 2025-06-30.
    ...tensorflow('2.12', '3.10', '2025-06-30', '.py310').map((fact) => ({ ...fact, ...frameworksList })),
    ...tensorflow('2.11', '3.10', '2024-11-15', '.py310'),
    ...tensorflow('2.11', '3.7', '2024-11-15'),
    ...tensorflow('2.9', '3.10', '2024-11-15', '.py310'),
    ...tensorflow('2.9', '3.7', '2024-11-15'),
    ...tensorflow('2.8', '3.10', '2024-11-15', '.py310'),
    ...tensorflow('2.8', '3.7', '2024-11-15'),
    ...tensorflow('2.7', '3.7', '2024-09-01'),
    ...tensorflow('2.6', '3.7', '2024-09-01'),
    ...tensorflow('2.5', '3.7', '2024-09-01'),
    ...tensorflow('2.4', '3.7', '2024-09-01'),
    ...tensorflow('2.3', '3.7', '2024-09-01'),
    ...tensorflow('2.2', '3.7', '2024-09-01'),
    ...tensorflow('2.1', '3.7', '2024-09-01').map((fact) => ({ ...fact, confirmed: false, note: 'Row not read in full; the image name follows 2.2.' })),
    ...tensorflow('1.15', '3.7', '2024-09-01'),
  ],
  ...listed,
};
