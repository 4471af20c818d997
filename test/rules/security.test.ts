import { DISK_CONFIG } from '../../src/rules/security/disk-config';
import { KMS_KEY_FORMAT } from '../../src/rules/security/kms-key-format';
import { KMS_KEY_REGION } from '../../src/rules/security/kms-key-region';
import { NETWORK_FORMAT } from '../../src/rules/security/network-format';
import { NETWORK_PROJECT_NUMBER } from '../../src/rules/security/network-project-number';
import { SERVICE_ACCOUNT_FORMAT } from '../../src/rules/security/service-account-format';
import { findings, packageJob } from './rule-test-helpers';

const KEY = 'projects/p/locations/us-central1/keyRings/ml/cryptoKeys/training';

describe('MLJ-NET-001 network format', () => {
  test('accepts a full network name', () => expect(findings(NETWORK_FORMAT, packageJob({ network: 'projects/123456789012/global/networks/default' }))).toEqual([]));
  test('rejects a short name and suggests the full one', () => {
    const [finding] = findings(NETWORK_FORMAT, packageJob({ network: 'default' }));
    expect(finding).toMatchObject({ severity: 'error', fix: 'Use "projects/<project number>/global/networks/default".' });
  });
});

describe('MLJ-NET-002 network project number', () => {
  test('accepts a project number', () => expect(findings(NETWORK_PROJECT_NUMBER, packageJob({ network: 'projects/123/global/networks/vpc' }))).toEqual([]));
  test('warns about a project id', () => expect(findings(NETWORK_PROJECT_NUMBER, packageJob({ network: 'projects/my-project/global/networks/vpc' }))[0]).toMatchObject({ severity: 'warning' }));
});

describe('MLJ-IAM-001 service account', () => {
  test('accepts an email', () => expect(findings(SERVICE_ACCOUNT_FORMAT, packageJob({ serviceAccount: 'trainer@p.iam.gserviceaccount.com' }))).toEqual([]));
  test('rejects a resource name and suggests the email', () => {
    const [finding] = findings(SERVICE_ACCOUNT_FORMAT, packageJob({ serviceAccount: 'projects/p/serviceAccounts/trainer@p.iam.gserviceaccount.com' }));
    expect(finding.fix).toBe('Use only the email: "trainer@p.iam.gserviceaccount.com".');
  });
});

describe('MLJ-KMS-001 key format', () => {
  test('accepts a full key name', () => expect(findings(KMS_KEY_FORMAT, packageJob({ encryptionConfig: { kmsKeyName: KEY } }))).toEqual([]));
  test('rejects a key without a location and a key version', () => {
    expect(findings(KMS_KEY_FORMAT, packageJob({ encryptionConfig: { kmsKeyName: 'projects/p/keyRings/ml/cryptoKeys/k' } }))[0].severity).toBe('error');
    expect(findings(KMS_KEY_FORMAT, packageJob({ encryptionConfig: { kmsKeyName: `${KEY}/cryptoKeyVersions/1` } }))[0].fix).toMatch(/not a key version/);
  });
  test('a token key is unknown', () => expect(findings(KMS_KEY_FORMAT, packageJob({ encryptionConfig: { kmsKeyName: '${google_kms_crypto_key.k.id}' } }))).toEqual([]));
});

describe('MLJ-KMS-002 key region', () => {
  test('accepts a key in the job region', () => expect(findings(KMS_KEY_REGION, packageJob({ encryptionConfig: { kmsKeyName: KEY } }))).toEqual([]));
  test('warns about a multi-region key', () => {
    expect(findings(KMS_KEY_REGION, packageJob({ encryptionConfig: { kmsKeyName: KEY.replace('us-central1', 'us') } }))[0].message).toMatch(/location "us" but the job runs in "us-central1"/);
  });
});

describe('MLJ-DISK-001 boot disks', () => {
  test('accepts pd-ssd of 200 GB', () => expect(findings(DISK_CONFIG, packageJob({ masterConfig: { diskConfig: { bootDiskType: 'pd-ssd', bootDiskSizeGb: 200 } } }))).toEqual([]));
  test('rejects other disk types and sizes', () => {
    expect(findings(DISK_CONFIG, packageJob({ workerConfig: { diskConfig: { bootDiskType: 'pd-balanced' } } }))[0]).toMatchObject({ path: 'trainingInput.workerConfig.diskConfig.bootDiskType' });
    expect(findings(DISK_CONFIG, packageJob({ masterConfig: { diskConfig: { bootDiskSizeGb: 0 } } }))[0].message).toMatch(/above 0/);
  });
});
