import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readJobDocument } from '../../src/read/read-job-document';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

describe('readJobDocument', () => {
  test('tells the kind of job file from its content, not its name', () => {
    const kinds = (file: string): [number, number] => {
      const read = readJobDocument(path.join(FIXTURES, file));
      return [read.jobs.length, read.customJobs.length];
    };
    expect(kinds('rest/census-training-describe.json')).toEqual([1, 0]);
    expect(kinds('vertex/describe.json')).toEqual([0, 1]);
    expect(kinds('vertex/rest-list.json')).toEqual([0, 2]);
    expect(kinds('vertex/distributed-config.yaml')).toEqual([0, 1]);
    expect(kinds('vertex/create.sh')).toEqual([0, 1]);
    expect(kinds('vertex/worker-pool-specs.txt')).toEqual([0, 1]);
  });

  test('a gcloud command in a .yaml file is read as a command; JSON in a .json file is never taken for a command', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-doc-'));
    fs.writeFileSync(path.join(dir, 'job.yaml'), 'gcloud ai custom-jobs create --region=r --display-name=d --worker-pool-spec=machine-type=e2-standard-4,container-image-uri=i\n');
    expect(readJobDocument(path.join(dir, 'job.yaml')).customJobs[0].completeness).toBe('complete');
    fs.writeFileSync(path.join(dir, 'job.json'), 'gcloud ai custom-jobs create\n');
    expect(() => readJobDocument(path.join(dir, 'job.json'))).toThrow(/job\.json:1:1: invalid JSON/);
  });

  test('--complete and --partial override the completeness of custom jobs too', () => {
    const read = readJobDocument(path.join(FIXTURES, 'vertex', 'distributed-config.yaml'), { completeness: 'complete' });
    expect(read.customJobs[0].completeness).toBe('complete');
  });
});
