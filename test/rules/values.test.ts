import { isTemplatePlaceholder, isUnknown, knownString, replicaConfigPath, replicasOf, replicaTypePath, show } from '../../src/rules/values';

describe('isTemplatePlaceholder', () => {
  test.each([
    ['$SERVICE_ACCOUNT'],
    ['gs://$BUCKET/trainer.tar.gz'],
    ['gs://{BUCKET}/flowers-1.0.tar.gz'],
    ['{{ machine_type }}'],
  ])('%s is a placeholder a script or a person fills in', (value) => {
    // GIVEN a templated value  WHEN tested  THEN it is a placeholder, so an unknown value
    expect(isTemplatePlaceholder(value)).toBe(true);
    expect(isUnknown(value)).toBe(true);
    expect(knownString(value)).toBeUndefined();
  });

  test.each([
    ['n1-standard-8'],
    ['gs://my-bucket/path/to/out'],
    ['trainer@my-project.iam.gserviceaccount.com'],
    ['price in $'],
    ['{"json": 1}'],
    ['%{vision}'],
    ['{bucket}'],
    ['a < b'],
    ['eu|`x\n<i>'],
    ['gcr.io/<project-id>/<docker-img>'],
    ['projects/123/global/networks/vpc'],
  ])('%s is an ordinary value', (value) => {
    // GIVEN a plain value  WHEN tested  THEN it is known and checked as it is
    expect(isTemplatePlaceholder(value)).toBe(false);
    expect(isUnknown(value)).toBe(false);
    expect(knownString(value)).toBe(value);
  });

  test('a Terraform reference is unknown as before', () => {
    expect(isUnknown('${google_service_account.trainer.email}')).toBe(true);
  });
});

describe('replica paths', () => {
  test('the API paths of each role\'s machine type and configuration fields', () => {
    // GIVEN
    const replicas = replicasOf({ region: 'us-central1', scaleTier: 'CUSTOM', masterType: 'n1-standard-8' });
    // THEN
    expect(replicas.map(replicaTypePath)).toEqual(['trainingInput.masterType', 'trainingInput.workerType', 'trainingInput.parameterServerType', 'trainingInput.evaluatorType']);
    expect(replicas.map((replica) => replicaConfigPath(replica, 'acceleratorConfig.type'))).toEqual([
      'trainingInput.masterConfig.acceleratorConfig.type',
      'trainingInput.workerConfig.acceleratorConfig.type',
      'trainingInput.parameterServerConfig.acceleratorConfig.type',
      'trainingInput.evaluatorConfig.acceleratorConfig.type',
    ]);
    // Asked again, the same path.
    expect(replicaConfigPath(replicas[1], 'diskConfig')).toBe('trainingInput.workerConfig.diskConfig');
    expect(replicaConfigPath(replicas[1], 'diskConfig')).toBe('trainingInput.workerConfig.diskConfig');
  });
});

describe('show', () => {
  test('NaN and infinities are shown as written, not as JSON\'s null (a workerCount of NaN "is null")', () => {
    expect([NaN, Infinity, -Infinity, 3, 'x', null].map(show)).toEqual(['NaN', 'Infinity', '-Infinity', '3', '"x"', 'null']);
  });
});
