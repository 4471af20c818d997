import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

const KMS_KEY = /^projects\/[^/\s]+\/locations\/([^/\s]+)\/keyRings\/[^/\s]+\/cryptoKeys\/[^/\s]+$/;

/** The CMEK key is named in full: `projects/P/locations/L/keyRings/R/cryptoKeys/K`. */
export const KMS_KEY_FORMAT: Rule = {
  id: 'MLJ-KMS-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'encryptionConfig.kmsKeyName is projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY.',
  rationale: 'A key name without its location or key ring ("The KMS key does not contain a location") is rejected.',
  source: SOURCES.cmek,
  check(job) {
    const key = knownString(job.trainingInput?.encryptionConfig?.kmsKeyName);
    if (key === undefined || KMS_KEY.test(key)) return [];
    return [{
      path: 'trainingInput.encryptionConfig.kmsKeyName',
      message: `trainingInput.encryptionConfig.kmsKeyName is ${show(key)}; it must be projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY.`,
      fix: /\/cryptoKeyVersions\//.test(key) ? 'Name the key, not a key version: drop /cryptoKeyVersions/N.' : undefined,
    }];
  },
};
