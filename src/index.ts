// The public API of cdktf-gcp-ml-jobs. This file only re-exports.

// L1: generated from schema/google_ml_engine_job.json and schema/google_vertex_ai_custom_job.json
export * from './l1';

// The API model
export * from './model/job';
export * from './model/job-output';
export * from './model/training-input';
export * from './model/replica-config';
export * from './model/hyperparameter-spec';
export * from './model/prediction-input';
export * from './model/custom-job';

// L2 constructs and their value classes
export * from './constructs/training-job';
export * from './constructs/training-job-props';
export * from './constructs/replica';
export * from './constructs/values/accelerator';
export * from './constructs/values/duration';
export * from './constructs/values/encryption-key';
export * from './constructs/values/hyperparameter';
export * from './constructs/values/machine-type';
export * from './constructs/values/scale-tier';
export * from './constructs/values/training-code';
export * from './constructs/batch-prediction-job';
export * from './constructs/batch-prediction-job-props';
export * from './constructs/values/prediction-model';
export * from './constructs/ml-job-base';
export * from './constructs/ml-job-base-props';
export * from './constructs/mljobs-provider-wiring';

// Vertex AI custom jobs: the L2 construct and its value classes
export * from './constructs/vertex/vertex-custom-job';
export * from './constructs/vertex/vertex-custom-job-props';
export * from './constructs/vertex/scheduling-strategy';
export * from './constructs/vertex/vertex-worker-pool';
export * from './constructs/vertex/vertex-training-code';
export * from './constructs/vertex/compute-machine-type';
export * from './constructs/vertex/vertex-accelerator';
export * from './constructs/vertex/prebuilt-training-image';
export * from './migrate/migration-note';

// Policy checks at synth
export * from './policy/ml-job-checks';

// For TypeScript and JavaScript only (jsii leaves functions out of Python, Java, C# and Go): the catalog override
// reader, the Vertex AI CustomJob rules' entry point, the policy file lookup, the in-code suppressions reader and the report renderers of `mljob check`.
export { loadCatalogFile } from './catalog/load-catalog';
export { checkCustomJob } from './rules/vertex/check-custom-job';
export { migrateTrainingJob } from './migrate/migrate-training-job';
export { findConfig } from './policy/config';
export { suppressionsOfResource } from './policy/resource-suppressions';
export { renderGithub } from './policy/reporters/github';
export { renderJson } from './policy/reporters/json';
export { renderJunit } from './policy/reporters/junit';
export { renderMarkdown } from './policy/reporters/markdown';
export { renderSarif } from './policy/reporters/sarif';
export { renderText } from './policy/reporters/text';
