#!/usr/bin/env node
/**
 * `npm run bench:provider`: wall time of `terraform plan` with no changes, for 1 and 200 `google_ml_engine_job`
 * resources served by the mljobs provider (against the API emulator, in this process), as a ratio to the same plan
 * of as many Terraform built-in `terraform_data` resources. The two kinds alternate for ROUNDS rounds and the median is
 * reported, so load on the machine hits both alike. Target (issue 14): under 3x at 200 jobs.
 *
 * With GNU time at /usr/bin/time, the CPU seconds of each plan (terraform and the provider processes it waits for)
 * are reported too: on a shared machine they move far less with the load than wall time does.
 *
 * Needs the terraform binary (TERRAFORM_BINARY, PATH or /usr/local/bin/terraform) and `npm run build`.
 */
'use strict';
require('./tool-env').quietToolEnv();
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');

const ROOT = path.resolve(__dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1,200').split(',').map(Number);
const VERSION = require('../package.json').version;

function findTerraform() {
  const candidates = [process.env.TERRAFORM_BINARY, ...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'terraform')), '/usr/local/bin/terraform'];
  return candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs terraform; resolves with its CPU seconds (user + system, with the children it waited for) when GNU time is there. */
function run(terraform, cwd, env, args) {
  const cpuFile = path.join(cwd, '.bench-cpu');
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, terraform, ...args]] : [terraform, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { cwd, env, maxBuffer: 256 << 20, timeout: 600_000 }, (error, stdout, stderr) => {
      if (error && !(args.includes('-detailed-exitcode') && error.code === 0)) reject(new Error(`terraform ${args.join(' ')}: ${stderr || error.message}`));
      else resolve(GNU_TIME ? fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : undefined);
    });
  });
}

function jobConfig(n, endpoint) {
  const jobs = {};
  for (let i = 0; i < n; i++) {
    jobs[`job_${i}`] = {
      provider: 'mljobs',
      job_id: `bench_job_${i}`,
      labels: { team: 'ml', index: String(i) },
      training_input: [{
        scale_tier: 'CUSTOM', region: 'us-central1', master_type: 'n1-standard-8', runtime_version: '2.11', python_version: '3.7',
        python_module: 'trainer.task', package_uris: ['gs://my-bucket/trainer-0.1.tar.gz'], args: ['--epochs', String(i)],
      }],
    };
  }
  return {
    terraform: { required_providers: { mljobs: { source: 'terraform.local/cdktf-gcp-ml-jobs/mljobs', version: VERSION } } },
    provider: { mljobs: [{ project: 'bench', ml_engine_custom_endpoint: endpoint }] },
    resource: { google_ml_engine_job: jobs },
  };
}

function dataConfig(n) {
  const resources = {};
  for (let i = 0; i < n; i++) resources[`job_${i}`] = { input: { job_id: `bench_job_${i}`, labels: { team: 'ml', index: String(i) } } };
  return { resource: { terraform_data: resources } };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const terraform = findTerraform();
  if (!terraform) {
    console.error('bench-provider: NO TERRAFORM BINARY (set TERRAFORM_BINARY or put terraform on PATH); nothing measured');
    process.exit(2);
  }
  const { startEmulator } = require(path.join(ROOT, 'lib', 'emulator', 'emulator-server'));
  const { installProvider } = require(path.join(ROOT, 'lib', 'provider', 'install-provider'));
  const emulator = await startEmulator({ port: 0, clock: 'manual', validation: 'basic' });
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-bench-provider-'));
  const { cliConfig } = installProvider({ dir: path.join(base, 'mirror'), version: VERSION });
  fs.writeFileSync(path.join(base, 'cli.tfrc'), cliConfig);
  const env = { ...process.env, TF_CLI_CONFIG_FILE: path.join(base, 'cli.tfrc'), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', MLJOB_NODE: process.execPath };
  delete env.TF_LOG;
  if (process.env.BENCH_MLJOB_NODE) env.MLJOB_NODE = process.env.BENCH_MLJOB_NODE;
  console.log(`terraform plan with no changes (median of ${ROUNDS}; ${os.cpus().length} cores; ${terraform})`);
  const rows = [];
  try {
    for (const n of SIZES) {
      const dirs = {};
      for (const [kind, config] of [['mljobs', jobConfig(n, emulator.endpoint)], ['terraform_data', dataConfig(n)]]) {
        const dir = path.join(base, `${kind}-${n}`);
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config));
        await run(terraform, dir, env, ['init', '-input=false', '-no-color']);
        await run(terraform, dir, env, ['apply', '-input=false', '-auto-approve', '-no-color']);
        dirs[kind] = dir;
      }
      const times = { mljobs: [], terraform_data: [] };
      const cpu = { mljobs: [], terraform_data: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const kind of ['mljobs', 'terraform_data']) {
          const started = performance.now();
          const seconds = await run(terraform, dirs[kind], env, ['plan', '-input=false', '-no-color', '-detailed-exitcode']);
          times[kind].push(performance.now() - started);
          if (seconds !== undefined) cpu[kind].push(seconds);
        }
      }
      const ours = median(times.mljobs);
      const builtin = median(times.terraform_data);
      rows.push({ n, ours, builtin });
      const cpuText = cpu.mljobs.length
        ? `; CPU mljobs ${median(cpu.mljobs).toFixed(2)} s, terraform_data ${median(cpu.terraform_data).toFixed(2)} s, ratio ${(median(cpu.mljobs) / median(cpu.terraform_data)).toFixed(2)}x`
        : '';
      console.log(`  ${String(n).padStart(4)} job(s): mljobs ${(ours / 1000).toFixed(2)} s, terraform_data ${(builtin / 1000).toFixed(2)} s, ratio ${(ours / builtin).toFixed(2)}x${cpuText}`);
    }
  } finally {
    await emulator.close();
    fs.rmSync(base, { recursive: true, force: true });
  }
  const last = rows[rows.length - 1];
  if (last && last.n >= 200) console.log(`target: under 3x at 200 jobs: ${last.ours / last.builtin < 3 ? 'met' : 'NOT met'}`);
}

main().catch((error) => {
  console.error(`bench-provider: ${error.message}`);
  process.exit(1);
});
