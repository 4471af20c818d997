#!/usr/bin/env node
/**
 * `npm start` after the build: synthesizes the examples with `cdktf synth` (offline), prints a summary of every
 * `google_ml_engine_job` in the synthesized stacks, then runs the offline plan against the sample prior state and
 * quotas in examples/ and the checks, exactly as a pull-request pipeline would:
 *
 *   mljob plan cdktf.out --state examples/prior-state --quotas examples/quotas.yaml
 *   mljob check cdktf.out --config examples/mljob.config.yaml --format text,sarif,junit,markdown --output-dir cdktf.out/reports
 *
 * The reports land in cdktf.out/reports (replaced on every run: they are this script's output, like cdktf.out).
 * Findings are the point of the demo (the seed examples contain real mistakes), so exit code 1 of plan or check does
 * not fail `npm start`; exit code 2 (bad input) does.
 */
'use strict';
require('./tool-env').quietToolEnv();
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'cdktf.out');

function synthesizeExamples() {
  const result = spawnSync('npx', ['cdktf', 'synth'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`npm start: cdktf synth failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
}

function summarize() {
  const { jobFromTerraform } = require(path.join(ROOT, 'lib', 'model', 'terraform-mapping'));
  const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
  const lines = [];
  let jobs = 0;
  for (const stack of Object.values(manifest.stacks).sort((a, b) => a.name.localeCompare(b.name))) {
    const config = JSON.parse(fs.readFileSync(path.join(OUT, stack.synthesizedStackPath), 'utf8'));
    const resources = (config.resource && config.resource.google_ml_engine_job) || {};
    for (const [name, block] of Object.entries(resources).sort(([a], [b]) => a.localeCompare(b))) {
      const { job } = jobFromTerraform(block);
      const input = job.trainingInput || job.predictionInput || {};
      const kind = job.trainingInput ? 'training' : job.predictionInput ? 'batch prediction' : 'no input';
      const code = job.trainingInput
        ? job.trainingInput.masterConfig && job.trainingInput.masterConfig.imageUri
          ? `container ${job.trainingInput.masterConfig.imageUri}`
          : `package ${job.trainingInput.pythonModule || '?'} on runtime ${job.trainingInput.runtimeVersion || '(default)'}`
        : `model ${input.modelName || input.versionName || input.uri || '?'}`;
      const tier = job.trainingInput ? `, scale tier ${job.trainingInput.scaleTier || '(default)'}` : '';
      lines.push(`  ${stack.name}/google_ml_engine_job.${name}: ${kind} job ${job.jobId} in ${input.region}${tier}; ${code}`);
      jobs++;
    }
  }
  console.log(`Synthesized ${Object.keys(manifest.stacks).length} stacks with ${jobs} ML Engine jobs into ${path.relative(ROOT, OUT)}/:`);
  for (const line of lines) console.log(line);
}

function runMljob(args) {
  console.log(`\n$ mljob ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mljob'), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status === 2 || result.status === null) {
    console.error(`npm start: mljob ${args[0]} failed (exit ${result.status})`);
    process.exit(2);
  }
  console.log(`(mljob ${args[0]} exit code ${result.status}: ${result.status === 0 ? 'nothing at or above the fail threshold' : 'findings at or above the fail threshold'})`);
}

synthesizeExamples();
summarize();
runMljob(['plan', 'cdktf.out', '--state', 'examples/prior-state', '--quotas', 'examples/quotas.yaml']);
runMljob(['check', 'cdktf.out', '--config', 'examples/mljob.config.yaml', '--format', 'text,sarif,junit,markdown', '--output-dir', 'cdktf.out/reports', '--force']);
