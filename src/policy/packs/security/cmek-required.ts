import { PolicyRule } from '../../policy-rule';
import { isUnknown } from '../../../rules/values';
import { isGiven } from '../pack-values';
import { POLICY_SOURCES } from '../policy-sources';

/** Training jobs encrypt their data with a customer-managed key (CMEK). */
export const CMEK_REQUIRED: PolicyRule = {
  id: 'MLJ-SEC-001',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job sets trainingInput.encryptionConfig.kmsKeyName (a customer-managed encryption key).',
  rationale: 'Without CMEK the job\'s disks and outputs are encrypted with Google-managed keys, which the organisation cannot rotate, disable or audit.',
  source: POLICY_SOURCES.cmek,
  check(job) {
    const input = job.trainingInput;
    // An unknown key name (a reference to a key created in the same apply) counts as set; so does an unknown block.
    if (!input || isUnknown(input.encryptionConfig) || isGiven(input.encryptionConfig?.kmsKeyName)) return [];
    return [{
      path: 'trainingInput.encryptionConfig.kmsKeyName',
      message: 'trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key.',
      fix: 'Set encryptionConfig.kmsKeyName to projects/P/locations/REGION/keyRings/R/cryptoKeys/K in the job\'s region.',
    }];
  },
};
