/**
 * What the commands that write files must never do: write through a symbolic link to a place outside the output the
 * user chose, or replace something that is there without `--force`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MachineType, MlEngineTrainingJob, TrainingCode } from '../../src';
import { mljob, synthApp, tempDir } from '../plan/plan-test-helpers';

const JOB = path.join(__dirname, '..', 'fixtures', 'jobs', 'valid', 'rest-create-custom-legacy.json');

const out = synthApp({
  training: (stack) => new MlEngineTrainingJob(stack, 'census', {
    jobId: 'census_1',
    region: 'us-central1',
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1' }),
    master: { machineType: MachineType.N1_STANDARD_8 },
  }),
});

/** A folder with a dangling link `name` → a file outside it that does not exist yet. */
function danglingLink(name: string): { dir: string; link: string; outside: string } {
  const dir = tempDir('mljob-links-');
  const outside = path.join(tempDir('mljob-outside-'), 'target');
  const link = path.join(dir, name);
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(outside, link);
  return { dir, link, outside };
}

const cases: Array<[string, string, (dir: string, link: string) => string[]]> = [
  ['mljob import --out', 'imported.ts', (_dir, link) => ['import', JOB, '--out', link]],
  ['mljob check --out', 'report.txt', (_dir, link) => ['check', out, '--no-config', '--out', link]],
  ['mljob check --output-dir', 'mljob-check.sarif', (dir) => ['check', out, '--no-config', '--format', 'sarif,junit', '--output-dir', dir]],
  ['mljob export --out', 'submit.sh', (dir) => ['export', out, '--format', 'gcloud-yaml', '--out', dir]],
];

describe.each(cases)('%s', (_name, linkName, args) => {
  test('a dangling link is an existing file: refused without --force, replaced (not written through) with it', async () => {
    const { dir, link, outside } = danglingLink(linkName);

    const refused = await mljob(...args(dir, link));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/the file exists.*--force/);
    expect(fs.existsSync(outside)).toBe(false);

    const forced = await mljob(...args(dir, link), '--force');
    expect(forced.code).toBeLessThan(2);
    expect(fs.existsSync(outside)).toBe(false);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
  });
});

test('mljob export refuses a stack folder that is a link to elsewhere, even with --force', async () => {
  const dir = tempDir('mljob-links-');
  const elsewhere = tempDir('mljob-outside-');
  fs.symlinkSync(elsewhere, path.join(dir, 'training'));

  const run = await mljob('export', out, '--format', 'rest-json', '--out', dir, '--force');

  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/training\/census_1\.json: would be written outside the output directory/);
  expect(fs.readdirSync(elsewhere)).toEqual([]);
});

describe('an output path that cannot be a file', () => {
  test('a directory is named as such, with or without --force (it said "the file exists; pass --force", then EISDIR)', async () => {
    const dir = tempDir('mljob-outdir-');
    for (const args of [['plan', out, '--out', dir], ['check', out, '--no-config', '--out', dir], ['catalog', '--out', dir]]) {
      for (const force of [[], ['--force']]) {
        const run = await mljob(...args, ...force);
        expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `mljob: ${dir}: is a directory; name the file to write\n`]);
      }
    }
  });

  test('a file where a folder of the path should be is named as such (it said EEXIST)', async () => {
    const file = path.join(tempDir('mljob-outfile-'), 'notes.txt');
    fs.writeFileSync(file, 'mine\n');
    const run = await mljob('import', JOB, '--out', path.join(file, 'stack.ts'));
    expect([run.code, run.stderr]).toEqual([2, `mljob: ${path.join(file, 'stack.ts')}: cannot write the file: a part of its path is a file, not a directory\n`]);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine\n');
  });

  test('export into a folder where a directory stands at a file\'s place writes nothing, even with --force', async () => {
    const dir = tempDir('mljob-export-');
    fs.mkdirSync(path.join(dir, 'submit.sh'));
    const run = await mljob('export', out, '--format', 'gcloud-yaml', '--out', dir, '--force');
    expect([run.code, run.stderr]).toEqual([2, `mljob: ${path.join(dir, 'submit.sh')}: is a directory, where a file would be written (nothing was written)\n`]);
    expect(fs.readdirSync(dir)).toEqual(['submit.sh']);
  });
});
