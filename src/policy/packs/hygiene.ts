import { PolicyRule } from '../policy-rule';
import { JOB_DIR_SET } from './hygiene/job-dir-set';
import { MAX_WAIT_TIME_WITH_ACCELERATORS } from './hygiene/max-wait-time-with-accelerators';
import { PACKAGE_VERSIONS_EXPLICIT } from './hygiene/package-versions-explicit';
import { REQUIRED_LABELS } from './hygiene/required-labels';
import { RUNTIME_END_OF_SUPPORT } from './hygiene/runtime-end-of-support';

/** The `hygiene` pack: required labels, supported runtimes, an output directory, queueing limits, explicit versions. */
export const HYGIENE_PACK: readonly PolicyRule[] = [
  REQUIRED_LABELS, RUNTIME_END_OF_SUPPORT, JOB_DIR_SET, MAX_WAIT_TIME_WITH_ACCELERATORS, PACKAGE_VERSIONS_EXPLICIT,
];
