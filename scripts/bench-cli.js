#!/usr/bin/env node
/**
 * `npm run bench` (CLI start): wall time of `mljob --version` and of `mljob check` of one job file, each as a ratio
 * to `node -e 0` measured in the same run (the three commands alternate, so load on the machine hits all of them
 * alike; the median of ROUNDS runs is reported). Also prints how many modules each command loads and whether cdktf
 * is among them. Targets: --version within 3x of `node -e 0`, check of one job file within 5x.
 */
'use strict';
require('./tool-env').quietToolEnv();
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');

const ROOT = path.resolve(__dirname, '..');
const MLJOB = path.join(ROOT, 'bin', 'mljob');
const HOOK = path.join(__dirname, 'module-list-hook.js');
const ROUNDS = 15;
const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: process.env.TF_CLI_CONFIG_FILE ?? '/dev/null' };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-bench-cli-'));
const jobFile = path.join(dir, 'job.json');
fs.writeFileSync(jobFile, JSON.stringify({
  jobId: 'census_training_1',
  labels: { team: 'ml' },
  trainingInput: {
    scaleTier: 'CUSTOM', region: 'us-central1', masterType: 'n1-standard-8',
    masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 2 } },
    workerType: 'n1-standard-8', workerCount: 2, workerConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 2 } },
    packageUris: ['gs://bucket/trainer-0.1.tar.gz'], pythonModule: 'trainer.task', runtimeVersion: '2.11', pythonVersion: '3.7',
    scheduling: { maxRunningTime: '7200s' },
  },
}, null, 2));

const COMMANDS = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'mljob --version', args: [MLJOB, '--version'] },
  { name: 'mljob check job.json', args: [MLJOB, 'check', jobFile, '--today', '2026-11-24'], cwd: dir },
];

function run(command, extraArgs = [], extraEnv = {}) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...extraArgs, ...command.args], { cwd: command.cwd ?? ROOT, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command.name} exited with ${result.status}: ${result.stderr}`);
  return ms;
}

function modules(command) {
  const list = path.join(dir, 'modules.txt');
  run(command, ['--require', HOOK], { MLJOB_MODULE_LIST: list });
  const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
  return { count: files.length, cdktf: files.some((file) => /[\\/]node_modules[\\/](cdktf|constructs)[\\/]/.test(file)) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** One line that says whether a ratio met its target; a miss is reported, never an exit code (bench is not CI). */
const verdict = (name, ratio, target) => `RESULT ${name}: ${ratio.toFixed(2)}x, target ≤ ${target}x: ${ratio <= target ? 'PASS' : 'FAIL'}`;
const results = [];

for (const command of COMMANDS) run(command); // warm the file system cache
const times = COMMANDS.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order so no command always runs first.
  const order = round % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
  for (const i of order) times[i].push(run(COMMANDS[i]));
}
const base = median(times[0]);
const TARGETS = { 'mljob --version': 3, 'mljob check job.json': 5 };
for (const [i, command] of COMMANDS.entries()) {
  const ms = median(times[i]);
  const loaded = i === 0 ? undefined : modules(command);
  const ratio = ms / base;
  const target = TARGETS[command.name];
  console.log(`cli: ${command.name.padEnd(22)} ${ms.toFixed(0).padStart(5)} ms (median of ${ROUNDS})`
    + (i === 0 ? ' = baseline' : `, ${ratio.toFixed(2)}x node -e 0 (target ≤ ${target}x), ${loaded.count} modules${loaded.cdktf ? ', cdktf loaded' : ', no cdktf'}`));
  if (i > 0) results.push(verdict(`${command.name} / node -e 0`, ratio, target));
}
for (const line of results) console.log(line);
fs.rmSync(dir, { recursive: true, force: true });
