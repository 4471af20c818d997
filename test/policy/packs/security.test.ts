import { parseImageReference } from '../../../src/policy/packs/image-reference';
import { secretIn } from '../../../src/policy/packs/secret-patterns';
import { SECURITY_PACK } from '../../../src/policy/packs/security';
import { ALLOWED_REGISTRIES } from '../../../src/policy/packs/security/allowed-registries';
import { CMEK_REQUIRED } from '../../../src/policy/packs/security/cmek-required';
import { NO_SECRETS_IN_ARGS } from '../../../src/policy/packs/security/no-secrets-in-args';
import { SERVICE_ACCOUNT_SET } from '../../../src/policy/packs/security/service-account-set';
import { VPC_NETWORK_SET } from '../../../src/policy/packs/security/vpc-network-set';
import { WEB_ACCESS_DISABLED } from '../../../src/policy/packs/security/web-access-disabled';
import { compliantContainerJob, compliantJob, policyFindings } from '../policy-test-helpers';

const REF = '${google_kms_crypto_key.training.id}';

describe('security pack', () => {
  test('a compliant package job and a compliant container job have no findings', () => {
    for (const rule of SECURITY_PACK) {
      expect(policyFindings(rule, compliantJob())).toEqual([]);
      expect(policyFindings(rule, compliantContainerJob())).toEqual([]);
    }
  });
});

describe('MLJ-SEC-001 CMEK required', () => {
  test('compliant: a key name, or a reference to a key', () => {
    expect(policyFindings(CMEK_REQUIRED, compliantJob())).toEqual([]);
    expect(policyFindings(CMEK_REQUIRED, compliantJob({ encryptionConfig: { kmsKeyName: REF } }))).toEqual([]);
    expect(policyFindings(CMEK_REQUIRED, compliantJob({ encryptionConfig: '${var.encryption}' }))).toEqual([]);
  });
  test('non-compliant: no encryptionConfig', () => {
    const [finding] = policyFindings(CMEK_REQUIRED, compliantJob({ encryptionConfig: undefined }));
    expect(finding).toMatchObject({ ruleId: 'MLJ-SEC-001', severity: 'error', path: 'trainingInput.encryptionConfig.kmsKeyName' });
    expect(finding.message).toMatch(/not set/);
  });
  test('batch prediction jobs are not concerned', () => {
    expect(policyFindings(CMEK_REQUIRED, { jobId: 'p', predictionInput: { region: 'us-central1' } })).toEqual([]);
  });
});

describe('MLJ-SEC-002 dedicated service account', () => {
  test('compliant: a dedicated account, or a reference', () => {
    expect(policyFindings(SERVICE_ACCOUNT_SET, compliantJob())).toEqual([]);
    expect(policyFindings(SERVICE_ACCOUNT_SET, compliantJob({ serviceAccount: '${google_service_account.trainer.email}' }))).toEqual([]);
  });
  test('non-compliant: not set', () => {
    expect(policyFindings(SERVICE_ACCOUNT_SET, compliantJob({ serviceAccount: undefined }))[0].message).toMatch(/AI Platform service agent/);
  });
  test('non-compliant: the service agent or a default account', () => {
    expect(policyFindings(SERVICE_ACCOUNT_SET, compliantJob({ serviceAccount: 'service-123@cloud-ml.google.com.iam.gserviceaccount.com' }))[0].message).toMatch(/the AI Platform service agent/);
    expect(policyFindings(SERVICE_ACCOUNT_SET, compliantJob({ serviceAccount: '123-compute@developer.gserviceaccount.com' }))[0].message).toMatch(/Compute Engine default/);
    expect(policyFindings(SERVICE_ACCOUNT_SET, compliantJob({ serviceAccount: 'my-project@appspot.gserviceaccount.com' }))[0].message).toMatch(/App Engine default/);
  });
});

describe('MLJ-SEC-003 VPC network', () => {
  test('compliant: a network or a reference', () => {
    expect(policyFindings(VPC_NETWORK_SET, compliantJob())).toEqual([]);
    expect(policyFindings(VPC_NETWORK_SET, compliantJob({ network: '${google_compute_network.vpc.id}' }))).toEqual([]);
  });
  test('non-compliant: no network', () => {
    expect(policyFindings(VPC_NETWORK_SET, compliantJob({ network: undefined }))).toEqual([expect.objectContaining({ path: 'trainingInput.network', severity: 'error' })]);
  });
});

describe('MLJ-SEC-004 web access disabled', () => {
  test('compliant: absent, false or unknown', () => {
    expect(policyFindings(WEB_ACCESS_DISABLED, compliantJob())).toEqual([]);
    expect(policyFindings(WEB_ACCESS_DISABLED, compliantJob({ enableWebAccess: false }))).toEqual([]);
    expect(policyFindings(WEB_ACCESS_DISABLED, compliantJob({ enableWebAccess: '${var.debug}' }))).toEqual([]);
  });
  test('non-compliant: true', () => {
    expect(policyFindings(WEB_ACCESS_DISABLED, compliantJob({ enableWebAccess: true }))[0]).toMatchObject({ path: 'trainingInput.enableWebAccess', severity: 'error' });
  });
});

describe('MLJ-SEC-005 allowed registries', () => {
  test('compliant: Container Registry and Artifact Registry by default, and unknown images', () => {
    for (const imageUri of ['gcr.io/p/t:1', 'eu.gcr.io/p/t@sha256:abc', 'europe-west4-docker.pkg.dev/p/r/t:2', '${var.image}']) {
      expect(policyFindings(ALLOWED_REGISTRIES, compliantContainerJob({ masterConfig: { imageUri } }))).toEqual([]);
    }
  });
  test('non-compliant: Docker Hub and other registries, per replica', () => {
    const job = compliantContainerJob({
      masterConfig: { imageUri: 'pytorch/pytorch:2.1.0-cuda12.1' },
      workerType: 'n1-standard-8',
      workerCount: 2,
      workerConfig: { imageUri: 'ghcr.io/acme/trainer:1' },
    });
    const found = policyFindings(ALLOWED_REGISTRIES, job);
    expect(found.map((f) => f.path)).toEqual(['trainingInput.masterConfig.imageUri', 'trainingInput.workerConfig.imageUri']);
    expect(found[0].message).toMatch(/registry "docker.io"/);
    expect(found[1].message).toMatch(/registry "ghcr.io"/);
  });
  test('an unused replica is not checked', () => {
    expect(policyFindings(ALLOWED_REGISTRIES, compliantContainerJob({ workerCount: 0, workerConfig: { imageUri: 'ubuntu' } }))).toEqual([]);
  });
  test('parameter registries: host globs and repository globs', () => {
    const parameters = { registries: ['europe-docker.pkg.dev/my-project/**', 'registry.internal.example.com'] };
    const image = (imageUri: string) => compliantContainerJob({ masterConfig: { imageUri } });
    expect(policyFindings(ALLOWED_REGISTRIES, image('europe-docker.pkg.dev/my-project/r/t:1'), { parameters })).toEqual([]);
    expect(policyFindings(ALLOWED_REGISTRIES, image('registry.internal.example.com/t:1'), { parameters })).toEqual([]);
    expect(policyFindings(ALLOWED_REGISTRIES, image('europe-docker.pkg.dev/other-project/r/t:1'), { parameters })).toHaveLength(1);
    expect(policyFindings(ALLOWED_REGISTRIES, image('gcr.io/p/t:1'), { parameters })).toHaveLength(1);
  });
  test('image references are split as Docker does', () => {
    expect(parseImageReference('ubuntu')).toEqual({ host: 'docker.io', repository: 'docker.io/library/ubuntu' });
    expect(parseImageReference('localhost:5000/team/t:1')).toEqual({ host: 'localhost:5000', repository: 'localhost:5000/team/t' });
    expect(parseImageReference('GCR.io/p/t@sha256:0123')).toEqual({ host: 'gcr.io', repository: 'gcr.io/p/t' });
  });
});

describe('MLJ-SEC-006 no secrets in args, commands or labels', () => {
  test('compliant: ordinary arguments, references and tokenizer flags', () => {
    const args = ['--epochs=10', '--learning-rate=0.01', '--pad_token=[PAD]', '--eos-token=</s>', '--max_tokens=2048',
      '--password-file=/secrets/db', '--api-key=${var.key}', '--db-password=$DB_PASSWORD', '--token-secret=projects/p/secrets/hf/versions/1',
      '--secret_name=hf-token', '--use_token=true', '--data=gs://bucket/data', '--password', '--verbose'];
    expect(policyFindings(NO_SECRETS_IN_ARGS, compliantJob({ args }))).toEqual([]);
    expect(policyFindings(NO_SECRETS_IN_ARGS, compliantJob({ args: '${var.args}' }))).toEqual([]);
  });
  test('non-compliant: credentials in args, and never echoes them', () => {
    const args = ['--epochs=10', '--aws-key=AKIAIOSFODNN7EXAMPLE', '--db-password', 'hunter22', 'token=ghp_0123456789abcdefghijABCDEFGHIJ012345'];
    const found = policyFindings(NO_SECRETS_IN_ARGS, compliantJob({ args }));
    expect(found.map((f) => f.path)).toEqual(['trainingInput.args[1]', 'trainingInput.args[3]', 'trainingInput.args[4]']);
    expect(found[0].message).toMatch(/an AWS access key id/);
    expect(found[2].message).toMatch(/a GitHub token/);
    expect(found.map((f) => f.message).join(' ')).not.toMatch(/AKIAIOSFODNN7EXAMPLE|hunter22|ghp_/);
  });
  test('non-compliant: container command, container args and labels', () => {
    const job = compliantContainerJob({
      masterConfig: {
        imageUri: 'gcr.io/p/t:1',
        containerCommand: ['sh', '-c', 'python train.py --api_key=4f9c2b7e1a6d8c3b'],
        containerArgs: ['--conn=postgres://trainer:s3cretpass@db:5432/ml'],
      },
    });
    const withLabels = { ...job, labels: { ...job.labels, password: 'hunter2x' } };
    // Findings come in the engine's order: severity, then path.
    expect(policyFindings(NO_SECRETS_IN_ARGS, withLabels).map((f) => f.path)).toEqual([
      'labels.password', 'trainingInput.masterConfig.containerArgs[0]', 'trainingInput.masterConfig.containerCommand[2]',
    ]);
  });
  test('recognises private keys, Google API keys and OAuth tokens', () => {
    expect(secretIn('-----BEGIN RSA PRIVATE KEY-----\nMIIE...')).toBe('a private key');
    expect(secretIn(`--key=AIza${'x'.repeat(35)}`)).toBe('a Google API key');
    expect(secretIn(`ya29.${'a'.repeat(40)}`)).toBe('a Google OAuth access token');
    expect(secretIn('--client_secret=********')).toBeUndefined();
  });
});
