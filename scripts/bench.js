#!/usr/bin/env node
/**
 * `npm run bench`: runs every built-in rule over 10,000 generated jobs (training, tuning and batch prediction, valid
 * and invalid, from a fixed seed) and reports jobs per second, with the ratio to a baseline measured in the same run
 * (serializing each job to JSON), so figures compare across machines.
 */
'use strict';
require('./tool-env').quietToolEnv();
const path = require('path');
const { performance } = require('perf_hooks');
const { random } = require('./bench-random');

const lib = (p) => require(path.join(__dirname, '..', 'lib', p));
const { checkJobWith, ruleContext } = lib('rules/engine');
const { API_RULES } = lib('rules/all-rules');

const JOBS = 10000;
const ROUNDS = 5;


function generateJobs(count) {
  const rnd = random(42);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const machines = ['n1-standard-8', 'n1-standard-16', 'n1-highmem-8', 'n1-highcpu-32', 'complex_model_m', 'standard_gpu', 'a2-highgpu-4g'];
  const gpus = ['NVIDIA_TESLA_V100', 'NVIDIA_TESLA_T4', 'NVIDIA_TESLA_K80', 'NVIDIA_TESLA_P100', 'NVIDIA_TESLA_A100'];
  const regions = ['us-central1', 'us-east1', 'europe-west4', 'asia-east1', 'us-moon1'];
  const jobs = [];
  for (let i = 0; i < count; i++) {
    if (rnd() < 0.2) {
      jobs.push({
        jobId: `predict_${i}`,
        predictionInput: {
          dataFormat: pick(['JSON', 'TF_RECORD', 'CSV']), outputDataFormat: pick(['JSON', 'CSV']),
          inputPaths: [`gs://bucket/in/${i}/*.json`], outputPath: `gs://bucket/out/${i}/`, region: pick(regions),
          versionName: `projects/p/models/m/versions/v${i % 7}`, maxWorkerCount: 1 + (i % 20), batchSize: 64,
        },
      });
      continue;
    }
    const master = pick(machines);
    const job = {
      jobId: rnd() < 0.05 ? `bad-id-${i}` : `train_${i}`,
      labels: { team: 'ml', run: `r${i % 100}` },
      trainingInput: {
        scaleTier: 'CUSTOM', masterType: master, region: pick(regions),
        masterConfig: master.startsWith('n1') || master.startsWith('a2') ? { acceleratorConfig: { type: pick(gpus), count: pick([1, 2, 3, 4, 8]) } } : undefined,
        workerType: master, workerCount: Math.floor(rnd() * 8), parameterServerType: master, parameterServerCount: Math.floor(rnd() * 3),
        packageUris: ['gs://bucket/trainer-0.1.tar.gz'], pythonModule: 'trainer.task', args: ['--epochs', String(i % 50)],
        runtimeVersion: pick(['2.11', '2.8', '1.15', '2.1']), pythonVersion: pick(['3.7', '2.7']), jobDir: `gs://bucket/jobs/${i}`,
        scheduling: { maxRunningTime: `${3600 * (1 + (i % 24))}s`, maxWaitTime: pick(['1800s', '600s', '2h']), priority: i % 1200 },
      },
    };
    if (rnd() < 0.3) {
      job.trainingInput.hyperparameters = {
        goal: 'MAXIMIZE', maxTrials: 20, maxParallelTrials: pick([2, 5, 40]), algorithm: pick(['GRID_SEARCH', 'RANDOM_SEARCH', undefined]),
        params: [
          { parameterName: 'lr', type: 'DOUBLE', minValue: pick([0, 1e-4]), maxValue: 0.1, scaleType: 'UNIT_LOG_SCALE' },
          { parameterName: 'units', type: 'INTEGER', minValue: 16, maxValue: 512 },
          { parameterName: 'batch', type: 'DISCRETE', discreteValues: pick([[32, 64, 128], [64, 32]]) },
          { parameterName: 'opt', type: 'CATEGORICAL', categoricalValues: ['adam', 'sgd'] },
        ],
      };
    }
    jobs.push(JSON.parse(JSON.stringify(job)));
  }
  return jobs;
}

function timeIt(fn) {
  let best = Infinity;
  let result;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

const jobs = generateJobs(JOBS);
const ctx = ruleContext({ today: '2026-11-24' });
checkJobWith(jobs[0], ctx, API_RULES); // warm the catalog and schema caches

const baseline = timeIt(() => jobs.reduce((n, job) => n + JSON.stringify(job).length, 0));
// Fresh copies each round: the shape walk is cached per job object, and a real run sees each job once.
const copies = Array.from({ length: ROUNDS }, () => jobs.map((job) => JSON.parse(JSON.stringify(job))));
let round = 0;
const rules = timeIt(() => {
  const batch = copies[round++ % ROUNDS];
  let findings = 0;
  for (const job of batch) findings += checkJobWith(job, ctx, API_RULES).length;
  return findings;
});

const perSecond = Math.round(JOBS / (rules.ms / 1000));
console.log(`rules: ${API_RULES.length} rules over ${JOBS} jobs in ${rules.ms.toFixed(0)} ms (best of ${ROUNDS}) = ${perSecond} jobs/s, ${rules.result} findings`);
console.log(`baseline (JSON.stringify of each job): ${baseline.ms.toFixed(1)} ms; rules cost ${(rules.ms / baseline.ms).toFixed(1)}x the baseline`);
console.log(`RESULT rules over ${JOBS} jobs: ${rules.ms.toFixed(0)} ms, target < 1000 ms: ${rules.ms < 1000 ? 'PASS' : 'FAIL'}`);
