/**
 * The public sources the catalog's facts come from, and the dates they were read. Shared by the data files of this
 * folder so that one source is spelled one way.
 */

/** The date of the first research pass (`shared/research/gcp-catalog.md`). */
export const READ_FIRST_PASS = '2026-11-23';

/** The date of the follow-up pass (`shared/research/gcp-catalog-confirmations.md`) and of this catalog's review. */
export const READ_CONFIRMATIONS = '2026-11-24';

/** The date the pricing page was read again for the price of accelerators on Compute Engine machine types. */
export const READ_ACCELERATOR_PRICES = '2026-12-01';

/** Public URLs of the sources, by short name. */
export const SOURCES = {
  /** ML Engine v1 discovery document (TrainingInput, ReplicaConfig, AcceleratorConfig, ScaleTier …), pinned. */
  apiDiscovery:
    'https://github.com/google/googleapis.dart/blob/444fd6c828253578ee2e9a2e7fd2189453917973/discovery/googleapis/ml__v1.json',
  /** AI Platform Training machine types and scale tiers. */
  machineTypes: 'https://cloud.google.com/ai-platform/training/docs/machine-types',
  /** ML Engine / AI Platform Training pricing (ML training units, $ per unit-hour). */
  pricing: 'https://cloud.google.com/ml-engine/docs/pricing',
  /** The pricing page as archived on Nov 4 2019 (the 2019+ table generation, with its accelerator paragraph). */
  pricing2019: 'https://web.archive.org/web/20191104130630/https://cloud.google.com/ml-engine/docs/pricing',
  /** AI Platform Prediction pricing (batch prediction node-hours). */
  predictionPricing: 'https://cloud.google.com/ai-platform/prediction/pricing',
  /** AI Platform Training regions (older page). */
  regions: 'https://cloud.google.com/ml-engine/docs/regions',
  /** AI Platform Training release notes. */
  trainingReleaseNotes: 'https://cloud.google.com/ai-platform/training/docs/release-notes',
  /** AI Platform Prediction release notes. */
  predictionReleaseNotes: 'https://cloud.google.com/ai-platform/prediction/docs/release-notes',
  /** google/caliban: AI Platform GPU/TPU count table and accelerator regions (Google-authored), pinned. */
  caliban: 'https://github.com/google/caliban/blob/205da6f25b99c0c98cd0d263c47f25bf5e51fa97/caliban/platform/cloud/types.py',
  /** tensorflow/cloud: the same GPU compatibility table and Compute Engine shapes (Google-authored), pinned. */
  tensorflowCloud:
    'https://github.com/tensorflow/cloud/blob/157dd415122f66476077a72dbef7ceb925281db7/src/python/tensorflow_cloud/core/gcp.py',
  /** tensorflow/cloud: TPU worker validation (one TPU worker, no TPU chief), pinned. */
  tensorflowCloudValidate:
    'https://github.com/tensorflow/cloud/blob/059d7aab107853e4dda4650ef77d4d95033a97b2/src/python/tensorflow_cloud/core/validate.py',
  /** GoogleCloudPlatform/jupyter-extensions: AI Platform scale tiers, machine types, accelerators (Google-authored). */
  jupyterExtensions:
    'https://github.com/GoogleCloudPlatform/jupyter-extensions/blob/1a92b2241f6564d962fcdbad8a85ac3778b75168/jupyterlab_gcpscheduler/src/data.ts',
  /** Google sample: `a2-highgpu-4g` with 4 × A100 on AI Platform Training, us-central1 only. */
  a100Sample:
    'https://github.com/GoogleCloudPlatform/ai-platform-samples/blob/1d4cfdb7d08d124812af4a9716f92ef2ebf6d1f6/training/rapids/rapids_AIP/XGBoost_training/README.md',
  /** Google sample: legacy master with a `cloud_tpu` worker and no acceleratorConfig. */
  tpuSample:
    'https://github.com/GoogleCloudPlatform/cloudml-samples/blob/3d4af39c1622c939fec0991fa16a3868a62b5d5c/tpu/templates/config.yaml',
  /** Compute Engine GPU machine shapes (A2). */
  computeGpus: 'https://cloud.google.com/compute/docs/gpus',
  /** Runtime version lifetime policy. */
  versioning: 'https://cloud.google.com/ml-engine/docs/tensorflow/versioning',
  /** Training with TensorFlow 2 (runtime 2.1 and later: Python 3.7 only). */
  tensorflow2: 'https://cloud.google.com/ai-platform/training/docs/tensorflow-2',
  /** Training with TPUs. */
  usingTpus: 'https://cloud.google.com/ai-platform/training/docs/using-tpus',
  /** Batch prediction constraints (TensorFlow only, runtime 2.1 or earlier). */
  batchPredict: 'https://cloud.google.com/ml-engine/docs/tensorflow/batch-predict',
  /** AI Platform Training quota policy. */
  quotas: 'https://cloud.google.com/ml-engine/docs/quotas',
  /** AI Platform Training deprecation and shutdown. */
  deprecations: 'https://cloud.google.com/ai-platform/training/docs/deprecations',
} as const;

/** The day AI Platform Training (legacy) shut down: no runtime is supported after it. */
export const SERVICE_SHUTDOWN = '2025-01-31';
