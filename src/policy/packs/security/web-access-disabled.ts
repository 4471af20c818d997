import { PolicyRule } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';

/** Interactive shells into training containers stay off. */
export const WEB_ACCESS_DISABLED: PolicyRule = {
  id: 'MLJ-SEC-004',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job does not set trainingInput.enableWebAccess to true (no interactive shell into the containers).',
  rationale: 'An interactive shell gives anyone with access to the job a shell with the job\'s service account and data; enable it only while debugging, outside production.',
  source: POLICY_SOURCES.trainingInput,
  check(job) {
    // Only a literal true is a violation: a token is unknown, and false or absent is compliant.
    if (job.trainingInput?.enableWebAccess !== true) return [];
    return [{
      path: 'trainingInput.enableWebAccess',
      message: 'trainingInput.enableWebAccess is true, which opens interactive shells into the training containers; this policy forbids it.',
      fix: 'Remove enableWebAccess (or set it to false).',
    }];
  },
};
