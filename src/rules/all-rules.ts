import { ACCELERATOR_COUNT } from './accelerators/accelerator-count';
import { ACCELERATOR_ON_LEGACY_TYPE } from './accelerators/accelerator-on-legacy-type';
import { ACCELERATOR_REGION } from './accelerators/accelerator-region';
import { ACCELERATOR_TYPE_VALUE } from './accelerators/accelerator-type-value';
import { TPU_TF_VERSION } from './accelerators/tpu-tf-version';
import { TPU_RUNTIME } from './accelerators/tpu-runtime';
import { TPU_TOPOLOGY } from './accelerators/tpu-topology';
import { CUSTOM_TIER_NEEDS_MASTER_TYPE } from './cluster/custom-tier-needs-master-type';
import { MACHINE_TYPE_CATEGORY } from './cluster/machine-type-category';
import { MACHINE_TYPE_KNOWN } from './cluster/machine-type-known';
import { MACHINE_TYPES_WITHOUT_CUSTOM } from './cluster/machine-types-without-custom';
import { REPLICA_COUNTS } from './cluster/replica-counts';
import { SCALE_TIER_SPELLING } from './cluster/scale-tier-spelling';
import { SCALE_TIER_VALUE } from './cluster/scale-tier-value';
import { CONTAINER_COMMAND_ARGS } from './code/container-command-args';
import { JOB_DIR_WITH_CONTAINER } from './code/job-dir-with-container';
import { PACKAGE_JOB_CODE } from './code/package-job-code';
import { PYTHON_VERSION_FOR_RUNTIME } from './code/python-version-for-runtime';
import { PYTHON_VERSION_SET } from './code/python-version-set';
import { RUNTIME_OR_IMAGE } from './code/runtime-or-image';
import { RUNTIME_VERSION_SUPPORTED } from './code/runtime-version-supported';
import { STORAGE_URIS } from './code/storage-uris';
import { FIELD_TYPES } from './job/field-types';
import { JOB_ID_FORMAT } from './job/job-id-format';
import { JOB_INPUT_UNION } from './job/job-input-union';
import { LABELS_FORMAT } from './job/labels-format';
import { REGION_KNOWN } from './job/region-known';
import { REGION_REQUIRED } from './job/region-required';
import { UNKNOWN_FIELDS } from './job/unknown-fields';
import { DATA_FORMATS } from './prediction/data-formats';
import { MODEL_SOURCE } from './prediction/model-source';
import { OUTPUT_PATH_IS_DIRECTORY } from './prediction/output-path-is-directory';
import { PREDICTION_PATHS } from './prediction/prediction-paths';
import { PREDICTION_RUNTIME } from './prediction/prediction-runtime';
import { PREDICTION_SCALE } from './prediction/prediction-scale';
import { TEXT_FORMAT_DEPRECATED } from './prediction/text-format-deprecated';
import { Rule } from './rule';
import { DURATION_FORMAT } from './scheduling/duration-format';
import { MAX_WAIT_TIME_MINIMUM } from './scheduling/max-wait-time-minimum';
import { PRIORITY_RANGE } from './scheduling/priority-range';
import { DISK_CONFIG } from './security/disk-config';
import { KMS_KEY_FORMAT } from './security/kms-key-format';
import { KMS_KEY_REGION } from './security/kms-key-region';
import { NETWORK_FORMAT } from './security/network-format';
import { NETWORK_PROJECT_NUMBER } from './security/network-project-number';
import { SERVICE_ACCOUNT_FORMAT } from './security/service-account-format';
import { CATEGORICAL_SCALE } from './tuning/categorical-scale';
import { GRID_SEARCH_TYPES } from './tuning/grid-search-types';
import { LOG_SCALE_POSITIVE } from './tuning/log-scale-positive';
import { PARALLEL_TRIALS } from './tuning/parallel-trials';
import { PARAMETER_NAMES } from './tuning/parameter-names';
import { DISCRETE_VALUES_ORDER } from './tuning/discrete-values-order';
import { PARAMETER_VALUES } from './tuning/parameter-values';
import { TRIAL_COUNTS } from './tuning/trial-counts';
import { TUNING_ENUMS } from './tuning/tuning-enums';

/** The built-in `api` and `platform` rules, in id order: what the service would reject or could not run. */
export const API_RULES: readonly Rule[] = [
  ACCELERATOR_ON_LEGACY_TYPE, ACCELERATOR_TYPE_VALUE, ACCELERATOR_COUNT, ACCELERATOR_REGION,
  SCALE_TIER_VALUE, SCALE_TIER_SPELLING, CUSTOM_TIER_NEEDS_MASTER_TYPE, REPLICA_COUNTS, MACHINE_TYPE_CATEGORY, MACHINE_TYPES_WITHOUT_CUSTOM, MACHINE_TYPE_KNOWN,
  RUNTIME_OR_IMAGE, PACKAGE_JOB_CODE, CONTAINER_COMMAND_ARGS, PYTHON_VERSION_FOR_RUNTIME, RUNTIME_VERSION_SUPPORTED, PYTHON_VERSION_SET, JOB_DIR_WITH_CONTAINER,
  DISK_CONFIG,
  TUNING_ENUMS, PARAMETER_NAMES, PARAMETER_VALUES, DISCRETE_VALUES_ORDER, LOG_SCALE_POSITIVE, GRID_SEARCH_TYPES, TRIAL_COUNTS, PARALLEL_TRIALS, CATEGORICAL_SCALE,
  SERVICE_ACCOUNT_FORMAT,
  JOB_ID_FORMAT, JOB_INPUT_UNION, FIELD_TYPES, UNKNOWN_FIELDS,
  KMS_KEY_FORMAT, KMS_KEY_REGION,
  LABELS_FORMAT,
  NETWORK_FORMAT, NETWORK_PROJECT_NUMBER,
  STORAGE_URIS,
  DATA_FORMATS, TEXT_FORMAT_DEPRECATED, PREDICTION_PATHS, OUTPUT_PATH_IS_DIRECTORY, PREDICTION_SCALE, PREDICTION_RUNTIME, MODEL_SOURCE,
  REGION_REQUIRED, REGION_KNOWN,
  DURATION_FORMAT, MAX_WAIT_TIME_MINIMUM, PRIORITY_RANGE,
  TPU_TOPOLOGY, TPU_TF_VERSION, TPU_RUNTIME,
].slice().sort((a, b) => a.id.localeCompare(b.id));
