#!/usr/bin/env node
/**
 * Synth benchmark (part of `npm run bench`): the same N training jobs synthesized through the L2
 * `MlEngineTrainingJob` (derived ids, rules at synth) and through the raw L1 `MlEngineJob`, in one run, with
 * validations on for both. Every sample runs in a fresh process (so no sample inherits another's heap) that warms up
 * with one synth of its own kind (modules, JIT, the rule engine's caches) and then times one; L1 and L2 samples
 * alternate, which one goes first flipping every round, and the medians of the rounds are reported with the spread of
 * the per-round ratios. The ratio is taken of CPU time (the sample process's, GC threads included), which other
 * processes on a shared machine do not inflate the way they inflate wall time; wall time is printed beside it.
 * Target: L2/L1 ≤ 1.3 at 1,000 jobs; the last line says PASS or FAIL (never the exit code: bench is not CI).
 * `BENCH_SIZES=1000:9` runs only the sizes given (jobs:rounds).
 */
'use strict';
require('./tool-env').quietToolEnv();
const { spawnSync } = require('child_process');
const path = require('path');
const { performance } = require('perf_hooks');
const { Testing, TerraformStack } = require('cdktf');
const { GoogleProvider } = require('@cdktf/provider-google/lib/provider');
const lib = require(path.join(__dirname, '..', 'lib'));

// [jobs, rounds]; BENCH_SIZES=1000:9 runs only those.
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map((size) => size.split(':').map(Number)).map(([n, rounds]) => [n, rounds || 9])
  : [[100, 9], [1000, 9], [5000, 3]];
const TARGET_JOBS = 1000;
const TARGET = 1.3;

function spec(i) {
  return {
    region: 'us-central1',
    packageUris: [`gs://bucket/trainer-${i % 10}.tar.gz`],
    pythonModule: 'trainer.task',
    runtimeVersion: '2.11',
    pythonVersion: '3.7',
    args: [`--epochs=${i % 50}`],
    masterType: 'n1-standard-8',
    workerCount: 1 + (i % 4),
    gpus: [1, 2, 4, 8][i % 4],
  };
}

function l2Stack(n) {
  const stack = new TerraformStack(Testing.app(), 'bench');
  new GoogleProvider(stack, 'google', { project: 'p' });
  for (let i = 0; i < n; i++) {
    const s = spec(i);
    new lib.MlEngineTrainingJob(stack, `job${i}`, {
      region: s.region,
      code: lib.TrainingCode.pythonPackage({ packageUris: s.packageUris, pythonModule: s.pythonModule, runtimeVersion: s.runtimeVersion, pythonVersion: s.pythonVersion, args: s.args }),
      master: { machineType: lib.MachineType.of(s.masterType), accelerator: lib.Accelerator.nvidiaTeslaV100(s.gpus) },
      workers: { machineType: lib.MachineType.of(s.masterType), count: s.workerCount, accelerator: lib.Accelerator.nvidiaTeslaV100(s.gpus) },
    });
  }
  return stack;
}

function l1Stack(n) {
  const stack = new TerraformStack(Testing.app(), 'bench');
  new GoogleProvider(stack, 'google', { project: 'p' });
  for (let i = 0; i < n; i++) {
    const s = spec(i);
    const accelerator = { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: s.gpus } };
    new lib.MlEngineJob(stack, `job${i}`, {
      jobId: `job${i}`,
      trainingInput: {
        scaleTier: 'CUSTOM', region: s.region, packageUris: s.packageUris, pythonModule: s.pythonModule, runtimeVersion: s.runtimeVersion,
        pythonVersion: s.pythonVersion, args: s.args, masterType: s.masterType, masterConfig: accelerator,
        workerType: s.masterType, workerCount: s.workerCount, workerConfig: accelerator,
      },
    });
  }
  return stack;
}

/** Build and synthesize (validations on) n jobs; CPU and wall milliseconds. */
function time(build, n) {
  if (global.gc) global.gc();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  Testing.synth(build(n), true);
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - start };
}

/** One sample, in a fresh process: warm up (modules, JIT, the rule engine's caches), then time one synth. */
function sample(kind, n) {
  const result = spawnSync(process.execPath, ['--expose-gc', __filename, '--sample', kind, String(n)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench-synth: the ${kind} sample of ${n} jobs failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (process.argv[2] === '--sample') {
  const build = process.argv[3] === 'l2' ? l2Stack : l1Stack;
  const n = Number(process.argv[4]);
  time(build, Math.min(n, 1000));
  process.stdout.write(JSON.stringify(time(build, n)));
} else {
  const results = [];
  for (const [n, rounds] of SIZES) {
    const l1 = [];
    const l2 = [];
    for (let round = 0; round < rounds; round++) {
      // Which goes first flips every round.
      if (round % 2 === 0) {
        l1.push(sample('l1', n));
        l2.push(sample('l2', n));
      } else {
        l2.push(sample('l2', n));
        l1.push(sample('l1', n));
      }
    }
    const of = (runs, kind) => median(runs.map((run) => run[kind]));
    const ratio = of(l2, 'cpu') / of(l1, 'cpu');
    const ratios = l2.map((run, i) => run.cpu / l1[i].cpu);
    console.log(`synth N=${n}: L1 ${of(l1, 'cpu').toFixed(0)} ms, L2 ${of(l2, 'cpu').toFixed(0)} ms CPU (medians of ${rounds}), L2/L1 = ${ratio.toFixed(2)}`
      + ` (rounds ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}; wall ${(of(l2, 'wall') / of(l1, 'wall')).toFixed(2)})`
      + `${n === TARGET_JOBS ? `, target ≤ ${TARGET}` : ''}`);
    if (n === TARGET_JOBS) results.push(`RESULT synth L2/L1 at ${n} jobs: ${ratio.toFixed(2)}, target ≤ ${TARGET}: ${ratio <= TARGET ? 'PASS' : 'FAIL'}`);
  }
  for (const line of results) console.log(line);
}
