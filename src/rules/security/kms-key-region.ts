import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

const KMS_KEY = /^projects\/[^/\s]+\/locations\/([^/\s]+)\/keyRings\/[^/\s]+\/cryptoKeys\/[^/\s]+$/;

/** The CMEK key lives in the job's region. */
export const KMS_KEY_REGION: Rule = {
  id: 'MLJ-KMS-002',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'The key of encryptionConfig.kmsKeyName is in the job region (not global, not a multi-region).',
  rationale: 'CMEK keys must be in the same region as the resources they protect; keys in "global" or multi-regions such as "us" are not found.',
  source: SOURCES.cmek,
  check(job) {
    const key = knownString(job.trainingInput?.encryptionConfig?.kmsKeyName);
    const region = knownString(job.trainingInput?.region);
    const location = key ? KMS_KEY.exec(key)?.[1] : undefined;
    if (!location || !region || location === region) return [];
    return [{
      path: 'trainingInput.encryptionConfig.kmsKeyName',
      message: `trainingInput.encryptionConfig.kmsKeyName is in location ${show(location)} but the job runs in ${show(region)}; use a key in ${region}.`,
    }];
  },
};
