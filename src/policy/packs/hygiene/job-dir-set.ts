import { PolicyRule } from '../../policy-rule';
import { isGiven } from '../pack-values';
import { POLICY_SOURCES } from '../policy-sources';

/** Training jobs name a Cloud Storage directory for their outputs. */
export const JOB_DIR_SET: PolicyRule = {
  id: 'MLJ-HYG-003',
  severity: 'warning',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job sets trainingInput.jobDir, the Cloud Storage path for its outputs and checkpoints.',
  rationale: 'Without jobDir each trainer picks its own output location, so models, checkpoints and tuning trial outputs end up where nobody looks and retention rules do not apply. (A custom container must accept the --job-dir argument the service then passes.)',
  source: POLICY_SOURCES.trainingInput,
  check(job) {
    const input = job.trainingInput;
    if (!input || isGiven(input.jobDir)) return [];
    return [{ path: 'trainingInput.jobDir', message: 'trainingInput.jobDir is not set; this policy requires an output directory such as "gs://BUCKET/JOB".', fix: 'Set jobDir to a gs:// path under the team\'s output bucket.' }];
  },
};
