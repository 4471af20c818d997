#!/usr/bin/env node
/**
 * Synth benchmark (part of `npm run bench`): the same N training jobs synthesized through the L2
 * `MlEngineTrainingJob` (derived ids, rules at synth) and through the raw L1 `MlEngineJob`, in one run, with
 * validations on for both. Prints the time ratio L2/L1 for N = 100, 1,000 and 5,000 (target ≤ 1.3 at 1,000).
 */
'use strict';
require('./tool-env').quietToolEnv();
const path = require('path');
const { performance } = require('perf_hooks');
const { Testing, TerraformStack } = require('cdktf');
const { GoogleProvider } = require('@cdktf/provider-google/lib/provider');
const lib = require(path.join(__dirname, '..', 'lib'));

const SIZES = [100, 1000, 5000];

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

function time(build, n) {
  const start = performance.now();
  Testing.synth(build(n), true);
  return performance.now() - start;
}

time(l2Stack, 50); // warm up module loading and caches
time(l1Stack, 50);
for (const n of SIZES) {
  const l1 = Math.min(time(l1Stack, n), time(l1Stack, n));
  const l2 = Math.min(time(l2Stack, n), time(l2Stack, n));
  console.log(`synth N=${n}: L1 ${l1.toFixed(0)} ms, L2 ${l2.toFixed(0)} ms, L2/L1 = ${(l2 / l1).toFixed(2)}${n === 1000 ? ' (target ≤ 1.3)' : ''}`);
}
