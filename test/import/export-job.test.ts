import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { exportGcloudTraining, exportRestCreateBody } from '../../src/import/export-job';
import { parseGcloudTrainingArgv } from '../../src/import/gcloud-training-argv';
import { applyGcloudTrainingFlags } from '../../src/import/gcloud-training-flags';
import { prepareJob } from '../../src/read/prepare-job';
import { parseJobDocument, readJobFile } from '../../src/read/read-job-file';
import { quoteShellWord } from '../../src/import/shell-quote';
import { Job } from '../../src/model/job';
import { VALID_JOBS, validFixtureJobs } from './fixture-jobs';

/** The words a POSIX shell makes of a command line (the real /bin/sh, via printf). */
function shellWords(commandLine: string): string[] {
  const out = execFileSync('/bin/sh', ['-c', `printf '%s\\000' ${commandLine}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

/** Reads an export back as a user would: the YAML file with readJobFile, completed by the command line's flags. */
function readGcloudExport(exported: ReturnType<typeof exportGcloudTraining>): Job {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-export-'));
  try {
    const command = parseGcloudTrainingArgv(shellWords(exported.commandLine));
    fs.writeFileSync(path.join(dir, command.configFile!), exported.configYaml);
    const [config] = readJobFile(path.join(dir, command.configFile!));
    return applyGcloudTrainingFlags(config.job, command.flags).job;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const input = (job: Job): Job => prepareJob(job, 'literal').input;

describe('exportGcloudTraining', () => {
  test('an unknown field is left out with the closest field the API defines there as a hint', () => {
    const job = { jobId: 'census', trainingInput: { region: 'us-central1', scaleTier: 'BASIC', pythonModule: 'trainer.task', packageUris: ['gs://b/t.tar.gz'], runtimeVersion: '2.11', pythonVersion: '3.7', regoin: 'us-east1' } };
    expect(exportRestCreateBody(job as never).warnings).toEqual(['trainingInput.regoin: not a field of the API job; left out; did you mean region?']);
  });

  test('writes trainingInput and labels to the file, the id and region on the command line', () => {
    // GIVEN a REST body with labels, CMEK, VPC and a service account
    const [rest] = readJobFile(path.join(VALID_JOBS, 'cmek-vpc-service-account-rest.json'));

    // WHEN
    const exported = exportGcloudTraining(rest.job, { configPath: 'census job.yaml' });

    // THEN
    const jobId = rest.job.jobId;
    expect(exported.argv).toEqual(['gcloud', 'ai-platform', 'jobs', 'submit', 'training', jobId, `--region=${rest.job.trainingInput!.region}`, '--config=census job.yaml']);
    expect(exported.commandLine).toBe(`gcloud ai-platform jobs submit training ${jobId} --region=${rest.job.trainingInput!.region} '--config=census job.yaml'`);
    const lines = exported.configYaml.split('\n');
    expect(lines[0]).toMatch(/^# gcloud ai-platform jobs submit training --config file/);
    expect(lines[1]).toBe('labels:');
    expect(exported.configYaml).toMatch(/^trainingInput:$/m);
    expect(exported.configYaml).not.toMatch(/region:|jobId/);
    expect(exported.warnings).toEqual([]);
    expect(readGcloudExport(exported)).toEqual(input(rest.job));
  });

  test('every valid training fixture round-trips: export, then read back with readJobFile and the flags', () => {
    const training = validFixtureJobs().filter((j) => j.job.trainingInput !== undefined);
    expect(training.length).toBeGreaterThan(20);
    for (const imported of training) {
      const exported = exportGcloudTraining(imported.job);
      expect(readGcloudExport(exported)).toEqual(input(imported.job));
      // output-only fields are said to be left out, never exported
      expect(exported.configYaml).not.toMatch(/state:|createTime:|trainingOutput:/);
    }
  });

  test('the same job always gives the same bytes, keys sorted', () => {
    const [describe] = readJobFile(path.join(VALID_JOBS, 'hptuning-all-types-describe.yaml'));
    const first = exportGcloudTraining(describe.job);
    expect(exportGcloudTraining(JSON.parse(JSON.stringify(describe.job))).configYaml).toBe(first.configYaml);
    const keys = first.configYaml.split('\n').filter((l) => /^ {2}\w+:/.test(l)).map((l) => l.trim().split(':')[0]);
    expect(keys).toEqual([...keys].sort());
    expect(first.warnings).toContain('trainingOutput: output only; left out');
  });

  test('values YAML 1.1 would misread are quoted; numbers read back as numbers', () => {
    const job: Job = {
      jobId: 'tricky',
      labels: { on: 'yes' },
      trainingInput: {
        region: 'us-central1', runtimeVersion: '1.15', pythonVersion: '3.7', pythonModule: 'trainer.task', packageUris: ['gs://b/t.tar.gz'],
        args: ['1:30', '=', '~', 'null', 'y', '0777', '2020-01-01', '.inf', '- x', 'a: b', '#c', '\u2028', 'é', ''],
        hyperparameters: { goal: 'MAXIMIZE', params: [{ parameterName: 'lr', type: 'DOUBLE', minValue: 1e-7, maxValue: 0.5 }] },
      },
    };
    const exported = exportGcloudTraining(job);
    expect(exported.configYaml).toContain('runtimeVersion: "1.15"');
    expect(exported.configYaml).toContain('minValue: 1.0e-7');
    expect(exported.configYaml).toContain('"on": "yes"');
    expect(exported.configYaml).toMatch(/^[\x00-\x7f]*$/); // ASCII: other characters are escapes
    expect(readGcloudExport(exported)).toEqual(input(job));
  });

  test('a batch prediction job, a job without an id and an id that looks like a flag are export errors', () => {
    const [prediction] = readJobFile(path.join(VALID_JOBS, 'batch-predict-model-rest.json'));
    expect(() => exportGcloudTraining(prediction.job, { location: 'p.json' })).toThrow(
      'p.json: gcloud has no --config file for batch prediction jobs; export it as a REST body (rest-json)',
    );
    expect(() => exportGcloudTraining({ trainingInput: { region: 'r' } } as Job)).toThrow('the job has no jobId, which the gcloud command needs');
    expect(() => exportGcloudTraining({ jobId: '-rf', trainingInput: { region: 'r' } })).toThrow('jobId "-rf" would be read as a flag');
  });

  test('a Terraform reference in place of trainingInput is named as such, not as a job without trainingInput', () => {
    // GIVEN a synthesized job whose whole training_input is a reference (the rules read it as unknown)
    const job = { jobId: 'j_1', trainingInput: '${var.training_input}' } as unknown as Job;

    // THEN the gcloud export says what it cannot do with it
    expect(() => exportGcloudTraining(job, { location: 's/google_ml_engine_job.j' })).toThrow(
      's/google_ml_engine_job.j: trainingInput is "${var.training_input}", not a block: a gcloud --config file needs its fields; export it as a REST body (rest-json)',
    );
  });

  test('property: any text in args and labels survives the YAML file', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('\'', '"', '\\', '\n', '\t', '$', '{', '%', ':', '#', '-', ' ', 'y', '1', '.', '\u2028', '\ud800', '😀', '\u0085'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 });
    fc.assert(fc.property(fc.array(text, { maxLength: 5 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), text, { maxKeys: 3 }), (args, labels) => {
      const job: Job = { jobId: 'j', labels, trainingInput: { region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/i:1' }, args } };
      const [back] = parseJobDocument(exportGcloudTraining(job).configYaml, 'job.yaml');
      expect(back.job.trainingInput!.args).toEqual(args);
      expect(back.job.labels ?? {}).toEqual(labels);
    }), { numRuns: 200 });
  });
});

describe('exportRestCreateBody', () => {
  test('every valid fixture (training and prediction) round-trips through the REST body', () => {
    for (const imported of validFixtureJobs()) {
      const { json } = exportRestCreateBody(imported.job);
      const [back] = parseJobDocument(json, 'body.json');
      expect(back.completeness).toBe('complete');
      expect(input(back.job)).toEqual(input(imported.job));
      expect(json).toBe(exportRestCreateBody(JSON.parse(json)).json);
    }
  });

  test('Terraform jobs export their escapes as the text they stand for, and their references with a warning', () => {
    const job: Job = { jobId: 'j', trainingInput: { region: '${var.region}', args: ['$${HOME}'] } };
    const { json, warnings } = exportRestCreateBody(job, { strings: 'terraform' });
    expect(JSON.parse(json).trainingInput).toEqual({ region: '${var.region}', args: ['${HOME}'] });
    expect(warnings).toEqual(['trainingInput.region: a Terraform reference (${var.region}); exported as the text itself']);
  });
});

describe('quoteShellWord', () => {
  test('plain words stay plain; anything else is single-quoted for a POSIX shell', () => {
    expect(quoteShellWord('--region=us-central1')).toBe('--region=us-central1');
    expect(quoteShellWord('')).toBe('\'\'');
    expect(quoteShellWord('it\'s $HOME `x` *')).toBe('\'it\'\\\'\'s $HOME `x` *\'');
    expect(() => quoteShellWord('a\0b')).toThrow('NUL');
  });

  test('property: /bin/sh reads every quoted word back exactly', () => {
    // Lone surrogates cannot cross a process boundary (UTF-8), and NUL cannot be in an argument at all.
    const word = fc.string({ unit: fc.oneof(fc.constantFrom('\'', '"', '\\', '\n', '$', '`', '!', '*', '?', '~', ' ', '\t', '#', ';', '&', '|', '(', '=', 'é', '😀'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })), maxLength: 10 })
      .filter((w) => !w.includes('\0'));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
      expect(shellWords(words.map(quoteShellWord).join(' '))).toEqual(words);
    }), { numRuns: 60 });
  });
});
