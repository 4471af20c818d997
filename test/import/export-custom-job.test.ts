import { ExportError } from '../../src/import/export-error';
import { exportCustomJobRestBody, exportGcloudCustomJob } from '../../src/import/export-custom-job';
import { CustomJob } from '../../src/model/custom-job';

const JOB: CustomJob = {
  name: 'projects/p/locations/us-central1/customJobs/1',
  state: 'JOB_STATE_SUCCEEDED',
  displayName: 'train',
  labels: { team: 'ml' },
  jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: '1' as unknown as number, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] },
};

describe('exportCustomJobRestBody', () => {
  test('the input fields, sorted, int64 strings as numbers; output-only fields left out with a warning each', () => {
    const { json, warnings } = exportCustomJobRestBody(JOB);
    expect(JSON.parse(json)).toEqual({ displayName: 'train', jobSpec: { workerPoolSpecs: [{ containerSpec: { imageUri: 'gcr.io/p/t:1' }, machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1 }] }, labels: { team: 'ml' } });
    expect(Object.keys(JSON.parse(json))).toEqual(['displayName', 'jobSpec', 'labels']);
    expect(warnings).toEqual(['name: output only; left out', 'state: output only; left out']);
  });

  test('Terraform strings: escapes turned back into the text, references kept as text with a warning', () => {
    const { json, warnings } = exportCustomJobRestBody({ ...JOB, displayName: 'a-$${b}', labels: { team: '${var.team}' } }, { strings: 'terraform' });
    expect(JSON.parse(json)).toMatchObject({ displayName: 'a-${b}', labels: { team: '${var.team}' } });
    expect(warnings).toContain('labels.team: a Terraform reference (${var.team}); exported as the text itself');
  });
});

describe('exportGcloudCustomJob', () => {
  test('the spec is the --config file; display name, region, labels and key are flags', () => {
    const exported = exportGcloudCustomJob({ ...JOB, encryptionSpec: { kmsKeyName: 'projects/p/locations/us-central1/keyRings/r/cryptoKeys/k' } }, { region: 'us-central1', configPath: 'c.yaml' });
    expect(exported.configYaml.split('\n').slice(1).join('\n')).toBe([
      'workerPoolSpecs:',
      '  - containerSpec:',
      '      imageUri: gcr.io/p/t:1',
      '    machineSpec:',
      '      machineType: n1-standard-4',
      '    replicaCount: 1',
      '',
    ].join('\n'));
    expect(exported.argv).toEqual([
      'gcloud', 'ai', 'custom-jobs', 'create', '--region=us-central1', '--display-name=train', '--config=c.yaml', '--labels=team=ml',
      '--kms-key=projects/p/locations/us-central1/keyRings/r/cryptoKeys/k',
    ]);
  });

  test("a label value with a comma takes gcloud's ^;^ delimiter; no region is a warning; no display name an ExportError", () => {
    expect(exportGcloudCustomJob({ ...JOB, labels: { a: 'x,y', b: 'z' } }).argv).toContain('--labels=^;^a=x,y;b=z');
    expect(exportGcloudCustomJob(JOB).warnings).toContain('the location (region) is not known: the command has no --region');
    expect(() => exportGcloudCustomJob({ jobSpec: JOB.jobSpec } as CustomJob, { location: 'x.json' }))
      .toThrow(new ExportError('x.json', 'the custom job has no displayName, which the gcloud command needs'));
  });
});
