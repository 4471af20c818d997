import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isGcloudText, readGcloudText } from '../../src/read/gcloud-text';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'vertex');
const read = (name: string) => readGcloudText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), path.join(FIXTURES, name));

function tempFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-gcloud-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('isGcloudText', () => {
  test('gcloud commands and --worker-pool-spec lines are; YAML and JSON are not', () => {
    expect(isGcloudText(fs.readFileSync(path.join(FIXTURES, 'create.sh'), 'utf8'))).toBe(true);
    expect(isGcloudText(fs.readFileSync(path.join(FIXTURES, 'worker-pool-specs.txt'), 'utf8'))).toBe(true);
    expect(isGcloudText('$ gcloud ai custom-jobs create --region=x')).toBe(true);
    expect(isGcloudText(fs.readFileSync(path.join(FIXTURES, 'distributed-config.yaml'), 'utf8'))).toBe(false);
    expect(isGcloudText('{"displayName": "x"}')).toBe(false);
    expect(isGcloudText('# only comments\n\n')).toBe(false);
    expect(isGcloudText('set -e\ngcloud ai-platform jobs submit training j --config=c.yaml\n')).toBe(false);
  });
});

describe('readGcloudText', () => {
  test('a gcloud command in a script: one complete job with its pools, args, labels, region and project', () => {
    const [job] = read('create.sh');
    expect(job).toMatchObject({ completeness: 'complete', region: 'us-central1', project: 'my-ml-project', warnings: [] });
    expect(job.customJob.displayName).toBe('train resnet');
    expect(job.customJob.labels).toEqual({ team: 'vision', env: 'prod' });
    expect(job.customJob.jobSpec.workerPoolSpecs).toEqual([
      {
        machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 1 },
        replicaCount: 1,
        containerSpec: { imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:1.4.2', args: ['--epochs=10', '--data=gs://my-ml-project-data/imagenet'] },
      },
      {
        machineSpec: { machineType: 'n1-standard-8' },
        replicaCount: 2,
        containerSpec: { imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:1.4.2', args: ['--epochs=10', '--data=gs://my-ml-project-data/imagenet'] },
      },
    ]);
  });

  test('--worker-pool-spec lines: one partial job, one pool per line', () => {
    const [job] = read('worker-pool-specs.txt');
    expect(job.completeness).toBe('partial');
    expect(job.customJob.jobSpec.workerPoolSpecs.map((pool) => [pool.machineSpec?.machineType, pool.replicaCount, pool.pythonPackageSpec?.pythonModule]))
      .toEqual([['e2-standard-4', 1, 'trainer.task'], ['e2-standard-4', 2, 'trainer.task']]);
  });

  test('a --config file beside the script is read relative to it and completed by the flags', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-gcloud-'));
    fs.copyFileSync(path.join(FIXTURES, 'distributed-config.yaml'), path.join(dir, 'config.yaml'));
    const script = path.join(dir, 'submit.sh');
    fs.writeFileSync(script, 'gcloud beta ai custom-jobs create --region europe-west4 --display-name dist --config config.yaml --service-account other@p.iam.gserviceaccount.com\n');
    const [job] = readGcloudText(fs.readFileSync(script, 'utf8'), script);
    expect(job).toMatchObject({ completeness: 'complete', region: 'europe-west4' });
    expect(job.customJob.jobSpec.workerPoolSpecs).toHaveLength(4);
    expect(job.customJob.jobSpec.serviceAccount).toBe('other@p.iam.gserviceaccount.com');
    expect(job.customJob.jobSpec.scheduling).toEqual({ timeout: '7200s' });
  });

  test('several commands: one job each, located by command; shell variables are kept as written, with a warning', () => {
    const file = tempFile('two.sh', [
      'gcloud ai custom-jobs create --region=$REGION --display-name=a --worker-pool-spec=machine-type=e2-standard-4,container-image-uri=i',
      'gcloud ai custom-jobs create --region=us-central1 --display-name="$(date)" --worker-pool-spec=machine-type=e2-standard-4,container-image-uri=i',
    ].join('\n'));
    const jobs = readGcloudText(fs.readFileSync(file, 'utf8'), file);
    expect(jobs.map((job) => [job.location, job.region])).toEqual([[`${file}#command[0]`, '$REGION'], [`${file}#command[1]`, 'us-central1']]);
    expect(jobs[0].warnings).toEqual(['$REGION is shell syntax: mljob does not expand it, the text is kept as it is written']);
    expect(jobs[1].warnings).toEqual(['$(date) is shell syntax: mljob does not expand it, the text is kept as it is written']);
  });

  test('bad text is one InputFileError at the line and column: another command, a bad key, an open quote, a --config that is no spec', () => {
    const fail = (text: string): string => {
      const file = tempFile('bad.sh', text);
      try {
        readGcloudText(text, file);
      } catch (error) {
        return (error as Error).message.replace(file, 'bad.sh');
      }
      return 'no error';
    };
    expect(fail('echo hi\n')).toBe('bad.sh:1:1: expected one --worker-pool-spec value on this line (machine-type=…,replica-count=…,…)');
    expect(fail('gcloud ai-platform jobs submit training j\n')).toBe('bad.sh:1:1: "gcloud ai-platform jobs submit" is not `gcloud ai custom-jobs create`; only those commands are read from a text file');
    expect(fail('\ngcloud ai custom-jobs create --worker-pool-spec=machine-type=x,gpus=2')).toMatch(/^bad\.sh:2:1: --worker-pool-spec #1: unknown key "gpus"/);
    expect(fail('gcloud ai custom-jobs create --display-name="oops')).toBe('bad.sh:1:45: a double quote that is never closed');
    expect(fail('machine-type=e2,container-image-uri=i extra')).toBe('bad.sh:1:1: expected one --worker-pool-spec value on this line (machine-type=…,replica-count=…,…)');
    const config = tempFile('config.yaml', 'displayName: x\njobSpec: {}\n');
    expect(() => readGcloudText(`gcloud ai custom-jobs create --config=${config}`, path.join(path.dirname(config), 'submit.sh')))
      .toThrow(/submit\.sh:1:1: --config .*config\.yaml: expected a CustomJobSpec \(workerPoolSpecs at the top\)/);
  });

  test('the size guards hold for jobs built from text: more pools than a list may hold is one line', () => {
    const file = tempFile('many.txt', 'machine-type=e2-standard-4,container-image-uri=i\n'.repeat(10_001));
    expect(() => readGcloudText(fs.readFileSync(file, 'utf8'), file)).toThrow(/many\.txt: jobSpec\.workerPoolSpecs: a list of 10,001 items; mljob reads lists of at most 10,000$/);
  });
});
