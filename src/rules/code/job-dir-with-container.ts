import { Rule } from '../rule';
import { SOURCES } from '../sources';

/** With a custom container, `jobDir` is passed to the entrypoint as `--job-dir`. */
export const JOB_DIR_WITH_CONTAINER: Rule = {
  id: 'MLJ-CODE-007',
  severity: 'info',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'With a custom container and jobDir, the container entrypoint must accept a --job-dir argument.',
  rationale: 'The service appends --job-dir to the container arguments; entrypoints with strict flag parsers fail at start.',
  source: SOURCES.containers,
  check(job) {
    const input = job.trainingInput;
    if (!input || input.masterConfig?.imageUri === undefined || input.jobDir === undefined) return [];
    return [{ path: 'trainingInput.jobDir', message: 'trainingInput.jobDir is set on a custom container job; the service appends --job-dir to the container arguments, so the entrypoint must accept it.' }];
  },
};
