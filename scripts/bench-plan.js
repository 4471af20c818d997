#!/usr/bin/env node
/**
 * `npm run bench` (plan): generates a synthesized stack (`cdk.tf.json`) with 1,000 and with 10,000 jobs, and a prior
 * Terraform state in which half of them differ (a quarter with other labels, a quarter with another spec and id), then
 * times plan + check over them — read the stack and the state, plan, simulate quotas and queue, cost, render the text
 * plan, run every rule — against a bare `JSON.parse` of the same cdk.tf.json (read from disk, as the plan reads it).
 *
 * Every sample runs in a fresh process that warms up first (one plan of the same input: modules, JIT, caches) and then
 * times the baseline and the plan, each after a full garbage collection, so neither inherits the other's garbage. The
 * ratio of each sample is taken of CPU time (the process's, GC threads included), which other processes on a shared
 * machine do not inflate the way they inflate wall time; the median ratio is reported with the spread of the samples
 * and the wall-time ratio beside it. The first (cold) plan of a process is printed too: what one `mljob plan` pays.
 * Target: plan + check of 10,000 jobs within 5× of JSON.parse; the last line says PASS or FAIL (never the exit
 * code). Beside it: the size of the text plan and what a JSON.parse of the state alone costs, work no plan skips.
 * Progress goes to stderr on a terminal.
 */
'use strict';
require('./tool-env').quietToolEnv();
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');
const { random } = require('./bench-random');

const lib = (p) => require(path.join(__dirname, '..', 'lib', p));
const { readSynthesized } = lib('plan/read-synthesized');
const { readPriorState } = lib('plan/read-prior-state');
const { buildPlan } = lib('plan/build-plan');
const { renderPlanText } = lib('plan/render/plan-text');
const { jobToTerraform } = lib('model/terraform-mapping');

const SIZES = [[1000, 7], [10000, 7]]; // [jobs, samples]
const TARGET = 5;
const TARGET_JOBS = 10000;
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
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` after a full garbage collection; its CPU and wall milliseconds, and its result. */
function time(fn) {
  global.gc();
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const result = fn();
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wallStart, result };
}

/** Plan + check, as `mljob plan` runs it: read the stack and the state, plan, render the text. */
function planAndCheck(stackFile, stateFile) {
  const synthesized = readSynthesized(stackFile);
  const prior = readPriorState(stateFile);
  const result = buildPlan({ desired: synthesized.jobs, stacks: synthesized.stacks, prior, today: '2026-11-24' });
  return { result, text: renderPlanText(result) };
}

/** One sample, in this fresh process: a cold plan (the warm-up), then JSON.parse and a warm plan. */
function runSample(stackFile, stateFile) {
  const cold = time(() => planAndCheck(stackFile, stateFile));
  const parse = time(() => JSON.parse(fs.readFileSync(stackFile, 'utf8')));
  // What no plan can skip: parsing the state too. Said beside the ratio, with the size of the text the plan writes.
  const parseState = time(() => JSON.parse(fs.readFileSync(stateFile, 'utf8')));
  const plan = time(() => planAndCheck(stackFile, stateFile));
  const { counts, findings } = plan.result.result;
  return {
    cold: cold.wall,
    parse: { cpu: parse.cpu, wall: parse.wall },
    parseState: parseState.cpu,
    plan: { cpu: plan.cpu, wall: plan.wall },
    counts,
    findings: findings.length,
    textBytes: Buffer.byteLength(plan.result.text),
  };
}

function sample(stackFile, stateFile) {
  const result = spawnSync(process.execPath, ['--expose-gc', __filename, '--sample', stackFile, stateFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`bench-plan: a sample failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

if (process.argv[2] === '--sample') {
  process.stdout.write(JSON.stringify(runSample(process.argv[3], process.argv[4])));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-bench-'));
  console.log(`plan + check benchmark (each sample a fresh, warmed-up process; baseline: JSON.parse of the same cdk.tf.json; ratio of CPU time; target ≤ ${TARGET}× at 10,000 jobs)`);
  const results = [];
  for (const [count, samples] of SIZES) {
    progress(`generating ${count} jobs…`);
    const { stackFile, stateFile } = writeInputs(dir, count);
    const bytes = fs.statSync(stackFile).size;
    const runs = [];
    for (let i = 0; i < samples; i++) {
      progress(`${count} jobs: sample ${i + 1}/${samples}`);
      runs.push(sample(stackFile, stateFile));
    }
    progress('');
    const ratios = runs.map((run) => run.plan.cpu / run.parse.cpu);
    const ratio = median(ratios);
    const of = (pick) => median(runs.map(pick));
    const c = runs[0].counts;
    console.log(
      `  ${String(count).padStart(6)} jobs (${(bytes / 1e6).toFixed(1)} MB): JSON.parse ${of((r) => r.parse.cpu).toFixed(1)} ms, plan+check ${of((r) => r.plan.cpu).toFixed(0)} ms ` +
        `CPU (medians of ${samples}); ratio ${ratio.toFixed(1)}× (samples ${Math.min(...ratios).toFixed(1)}-${Math.max(...ratios).toFixed(1)}; ` +
        `wall ${(of((r) => r.plan.wall) / of((r) => r.parse.wall)).toFixed(1)}×)` +
        `${count === TARGET_JOBS ? `, target ≤ ${TARGET}×` : ''}; cold first plan ${of((r) => r.cold).toFixed(0)} ms wall`,
    );
    if (count === TARGET_JOBS) results.push(`RESULT plan+check / JSON.parse at ${count} jobs: ${ratio.toFixed(1)}x, target ≤ ${TARGET}x: ${ratio <= TARGET ? 'PASS' : 'FAIL'}`);
    console.log(`         ${c.add} add, ${c.change} change, ${c.replace} replace, ${c.cancel} cancel, ${c.noop} unchanged; ${runs[0].findings} findings; ` +
      `text plan ${(runs[0].textBytes / 1e6).toFixed(1)} MB; JSON.parse of the state (${(fs.statSync(stateFile).size / 1e6).toFixed(1)} MB) alone ${median(runs.map((run) => run.parseState / run.parse.cpu)).toFixed(1)}×`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  for (const line of results) console.log(line);
}
