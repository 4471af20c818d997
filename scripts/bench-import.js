#!/usr/bin/env node
/**
 * Benchmark of `mljob import`: writes a REST `projects.jobs.list` response with 1,000 jobs (training and batch
 * prediction, as `describe`/`list` return them: int64 fields as strings, output-only fields), then times reading it
 * (`readJobFile`) and generating the TypeScript (`generateTypeScript`), the TypeScript compile excluded. Prints the
 * time and its ratio to a bare `JSON.parse` of the same file, measured in the same run so figures compare across
 * machines. Then the whole command, `mljob import jobs.json --out FILE --force`, run in-process (reading, generating,
 * writing the file; the warnings it prints are discarded). Needs the compiled library: `npm run build` first.
 */
'use strict';
require('./tool-env').quietToolEnv();
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { random } = require('./bench-random');

const lib = (p) => require(path.join(__dirname, '..', 'lib', p));
const { readJobFile } = lib('read/read-job-file');
const { generateTypeScript } = lib('import/generate-typescript');
const { runCli } = lib('cli/main');

const JOBS = 1000;
const ROUNDS = 5;
const TODAY = '2026-11-24';

/** A list response as the API returns it, from a fixed seed. */
function listResponse(count) {
  const rnd = random(7);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const jobs = [];
  for (let i = 0; i < count; i++) {
    const output = {
      createTime: '2024-03-10T09:30:11Z', startTime: '2024-03-10T09:32:49Z', endTime: '2024-03-10T10:34:02Z',
      state: pick(['SUCCEEDED', 'FAILED', 'CANCELLED', 'RUNNING']), etag: `ZXRhZy0${i}=`,
    };
    if (rnd() < 0.15) {
      jobs.push({
        jobId: `scoring_${i}`,
        labels: { team: 'ml-platform', pipeline: 'nightly' },
        predictionInput: {
          dataFormat: pick(['JSON', 'TF_RECORD']), inputPaths: [`gs://bench-bucket/predict/${i}/*.json`], outputPath: `gs://bench-bucket/out/${i}/`,
          region: 'us-central1', modelName: 'projects/bench/models/census', maxWorkerCount: String(1 + (i % 20)), batchSize: '64',
        },
        ...output,
        predictionOutput: { outputPath: `gs://bench-bucket/out/${i}/`, predictionCount: String(1000 + i), nodeHours: 0.25 },
      });
      continue;
    }
    const container = rnd() < 0.3;
    const custom = rnd() < 0.6;
    const gpu = pick(['NVIDIA_TESLA_T4', 'NVIDIA_TESLA_V100']);
    const trainingInput = {
      region: pick(['us-central1', 'us-west1', 'europe-west4']),
      ...(custom ? {
        scaleTier: 'CUSTOM', masterType: 'n1-standard-8',
        masterConfig: { acceleratorConfig: { type: gpu, count: String(pick([1, 2, 4])) }, ...(container ? { imageUri: `gcr.io/bench/trainer:${i}` } : {}) },
        workerType: 'n1-standard-8', workerCount: String(1 + (i % 8)), workerConfig: { acceleratorConfig: { type: gpu, count: '2' } },
      } : {
        scaleTier: pick(['BASIC', 'STANDARD_1', 'BASIC_GPU']),
        ...(container ? { masterConfig: { imageUri: `gcr.io/bench/trainer:${i}` } } : {}),
      }),
      ...(container ? { args: ['--epochs', String(i % 50)] } : {
        packageUris: [`gs://bench-bucket/jobs/train_${i}/packages/trainer-0.1.tar.gz`], pythonModule: 'trainer.task',
        runtimeVersion: '2.11', pythonVersion: '3.7', args: ['--epochs', String(i % 50)],
      }),
      jobDir: `gs://bench-bucket/jobs/train_${i}`,
      scheduling: { maxRunningTime: `${3600 * (1 + (i % 24))}s`, maxWaitTime: '3600s' },
    };
    if (rnd() < 0.3) {
      trainingInput.hyperparameters = {
        goal: 'MAXIMIZE', maxTrials: 20, maxParallelTrials: 4, hyperparameterMetricTag: 'accuracy',
        params: [
          { parameterName: 'learning_rate', type: 'DOUBLE', minValue: 0.0001, maxValue: 0.1, scaleType: 'UNIT_LOG_SCALE' },
          { parameterName: 'units', type: 'INTEGER', minValue: 16, maxValue: 512 },
          { parameterName: 'optimizer', type: 'CATEGORICAL', categoricalValues: ['adam', 'sgd'] },
        ],
      };
    }
    jobs.push({
      jobId: `train_${i}`, labels: { team: 'ml-platform', run: `r${i % 100}` }, trainingInput, ...output,
      trainingOutput: { consumedMLUnits: 1.5 + (i % 10), completedTrialCount: trainingInput.hyperparameters ? '20' : undefined },
    });
  }
  return { jobs, nextPageToken: 'bmV4dA==' };
}

/** The median time of `ROUNDS` runs of an async function. */
async function timeAsync(fn) {
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(ROUNDS / 2)];
}

function timeIt(fn) {
  const times = [];
  let result;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(ROUNDS / 2)], result }; // the median
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-bench-import-'));
  const file = path.join(dir, 'jobs.json');
  try {
    fs.writeFileSync(file, JSON.stringify(listResponse(JOBS), null, 2));
    const text = fs.readFileSync(file, 'utf8');

    const parse = timeIt(() => JSON.parse(fs.readFileSync(file, 'utf8')));
    const read = timeIt(() => readJobFile(file));
    const generate = timeIt(() => generateTypeScript(read.result, { today: TODAY }));
    const total = read.ms + generate.ms;

    const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(`import of ${read.result.length} jobs (${kb(Buffer.byteLength(text))} REST list response → ${kb(Buffer.byteLength(generate.result.code))} of TypeScript), median of ${ROUNDS} rounds:`);
    console.log(`  read (readJobFile)                ${read.ms.toFixed(1).padStart(8)} ms`);
    console.log(`  generate (generateTypeScript)     ${generate.ms.toFixed(1).padStart(8)} ms  (${(generate.ms * 1000 / JOBS).toFixed(0)} µs per job)`);
    console.log(`  read + generate                   ${total.toFixed(1).padStart(8)} ms`);
    console.log(`  baseline: JSON.parse of the file  ${parse.ms.toFixed(1).padStart(8)} ms`);
    console.log(`  ratio read + generate / JSON.parse: ${(total / parse.ms).toFixed(0)}×`);

    const out = path.join(dir, 'imported.ts');
    const io = { out: () => undefined, err: () => undefined };
    const cli = await timeAsync(async () => {
      const code = await runCli(['import', file, '--out', out, '--force', '--today', TODAY], io);
      if (code !== 0) throw new Error(`mljob import exited ${code}`);
    });
    console.log(`  mljob import jobs.json --out FILE  ${cli.toFixed(1).padStart(7)} ms  (${(cli / parse.ms).toFixed(0)}× JSON.parse; target < 1,000 ms, TypeScript compile excluded)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
