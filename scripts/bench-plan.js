#!/usr/bin/env node
/**
 * `npm run bench` (plan): generates a synthesized stack (`cdk.tf.json`) with 1,000 and with 10,000 jobs, and a prior
 * Terraform state in which half of them differ (a quarter with other labels, a quarter with another spec and id), then
 * times plan + check over them — read the stack and the state, plan, simulate quotas and queue, cost, render the text
 * plan, run every rule — against a bare `JSON.parse` of the same cdk.tf.json, in the same run.
 * Targets: 10,000 jobs in under 2 s, within 10× of JSON.parse. Progress goes to stderr on a terminal.
 */
'use strict';
require('./tool-env').quietToolEnv();
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { random } = require('./bench-random');

const lib = (p) => require(path.join(__dirname, '..', 'lib', p));
const { readSynthesized } = lib('plan/read-synthesized');
const { readPriorState } = lib('plan/read-prior-state');
const { buildPlan } = lib('plan/build-plan');
const { renderPlanText } = lib('plan/render/plan-text');
const { jobToTerraform } = lib('model/terraform-mapping');

const SIZES = [1000, 10000];
const ROUNDS = 3;
const progress = process.stderr.isTTY ? (text) => process.stderr.write(`\r${text}\x1b[K`) : () => undefined;


function generateJob(i, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const region = pick(['us-central1', 'us-east1', 'europe-west4', 'asia-east1']);
  const gpu = pick([undefined, 'NVIDIA_TESLA_T4', 'NVIDIA_TESLA_V100', 'NVIDIA_TESLA_P100']);
  const replica = (count) => ({ imageUri: `gcr.io/bench/trainer:${i % 50}`, ...(gpu ? { acceleratorConfig: { type: gpu, count } } : {}) });
  const workers = Math.floor(rnd() * 4);
  return {
    jobId: `bench_job_${i}`,
    labels: { team: pick(['vision', 'nlp', 'ads']), run: String(i) },
    trainingInput: {
      region,
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: replica(1),
      ...(workers ? { workerType: 'n1-standard-8', workerCount: workers, workerConfig: replica(1) } : {}),
      args: ['--epochs=10', `--seed=${i}`],
      scheduling: { maxRunningTime: `${3600 * (1 + Math.floor(rnd() * 24))}s`, maxWaitTime: '7200s', priority: Math.floor(rnd() * 3) * 100 },
      ...(rnd() < 0.2 ? { hyperparameters: { goal: 'MAXIMIZE', hyperparameterMetricTag: 'accuracy', maxTrials: 8, maxParallelTrials: 2,
        params: [{ parameterName: 'lr', type: 'DOUBLE', minValue: 0.0001, maxValue: 0.1, scaleType: 'UNIT_LOG_SCALE' }] } } : {}),
    },
  };
}

function writeInputs(dir, count) {
  const rnd = random(count);
  const resources = {};
  const state = [];
  for (let i = 0; i < count; i++) {
    const job = generateJob(i, rnd);
    const name = `job_${i}`;
    resources[name] = jobToTerraform(job).attributes;
    let prior = job;
    if (i % 4 === 1) prior = { ...job, labels: { ...job.labels, team: 'old-team' } };
    if (i % 4 === 3) prior = { ...job, jobId: `bench_job_${i}_old`, trainingInput: { ...job.trainingInput, masterType: 'n1-standard-4' } };
    const attributes = { ...jobToTerraform({ ...prior, state: i % 8 === 3 ? 'RUNNING' : 'SUCCEEDED' }).attributes, id: `projects/bench/jobs/${prior.jobId}`, project: 'bench' };
    state.push({ mode: 'managed', type: 'google_ml_engine_job', name, provider: 'provider["registry.terraform.io/hashicorp/google"]', instances: [{ schema_version: 0, attributes }] });
  }
  const stackFile = path.join(dir, 'cdk.tf.json');
  fs.writeFileSync(stackFile, JSON.stringify({ '//': { metadata: { stackName: 'bench' } }, provider: { google: [{ project: 'bench' }] }, resource: { google_ml_engine_job: resources } }));
  const stateFile = path.join(dir, 'terraform.bench.tfstate');
  fs.writeFileSync(stateFile, JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 1, lineage: 'bench', outputs: {}, resources: state }));
  return { stackFile, stateFile };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-bench-'));
console.log(`plan + check benchmark (median of ${ROUNDS} rounds; baseline: JSON.parse of the same cdk.tf.json)`);
for (const count of SIZES) {
  progress(`generating ${count} jobs…`);
  const { stackFile, stateFile } = writeInputs(dir, count);
  const bytes = fs.statSync(stackFile).size;
  const parse = [];
  const plan = [];
  let last;
  for (let round = 0; round < ROUNDS; round++) {
    progress(`${count} jobs: round ${round + 1}/${ROUNDS}`);
    parse.push(time(() => JSON.parse(fs.readFileSync(stackFile, 'utf8'))).ms);
    const run = time(() => {
      const synthesized = readSynthesized(stackFile);
      const prior = readPriorState(stateFile);
      const result = buildPlan({ desired: synthesized.jobs, stacks: synthesized.stacks, prior, today: '2026-11-24' });
      return { result, text: renderPlanText(result) };
    });
    plan.push(run.ms);
    last = run.result.result;
  }
  progress('');
  const p = median(plan);
  const j = median(parse);
  const c = last.counts;
  console.log(
    `  ${String(count).padStart(6)} jobs (${(bytes / 1e6).toFixed(1)} MB): plan+check ${p.toFixed(0)} ms, JSON.parse ${j.toFixed(1)} ms, ` +
      `ratio ${(p / j).toFixed(1)}× — ${c.add} add, ${c.change} change, ${c.replace} replace, ${c.cancel} cancel, ${c.noop} unchanged; ` +
      `${last.findings.length} findings`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });
