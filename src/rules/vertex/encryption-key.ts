import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

const KMS_KEY = /^projects\/[^/\s]+\/locations\/([^/\s]+)\/keyRings\/[^/\s]+\/cryptoKeys\/[^/\s]+$/;

/** The CMEK key is named in full and lives in the job's region. */
export const ENCRYPTION_KEY: CustomJobRule = {
  id: 'MLJ-VERTEX-017',
  severity: 'error',
  kind: 'api',
  summary: 'encryptionSpec.kmsKeyName is projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY; a key in another region than the job warns.',
  rationale: 'A key name without its location or ring is rejected ("The KMS key does not contain a location"); Vertex AI uses keys of the job\'s own region.',
  source: VERTEX_SOURCES.customJob,
  check(job, ctx) {
    const key = knownString((job as { encryptionSpec?: { kmsKeyName?: unknown } }).encryptionSpec?.kmsKeyName);
    if (key === undefined) return [];
    const path = 'encryptionSpec.kmsKeyName';
    const match = KMS_KEY.exec(key);
    if (!match) {
      return [{
        path,
        message: `${path} is ${show(key)}; it must be projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY.`,
        ...(/\/cryptoKeyVersions\//.test(key) ? { fix: 'Name the key, not a key version: drop /cryptoKeyVersions/N.' } : {}),
      }];
    }
    const violations: Violation[] = [];
    const location = knownString(ctx.location);
    if (location && match[1] !== location) {
      violations.push({ path, severity: 'warning', message: `${path} is in ${match[1]} but the job runs in ${location}; use a key of the job's region.` });
    }
    return violations;
  },
};
