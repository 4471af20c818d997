#!/usr/bin/env node
/**
 * `npm run bench:provider`: wall time of `terraform plan` with no changes, for 1 and 200 `google_ml_engine_job`
 * resources served by the mljobs provider (against the API emulator, in this process), as a ratio to the same plan
 * of as many Terraform built-in `terraform_data` resources. The kinds alternate for ROUNDS rounds and the median is
 * reported, so load on the machine hits all alike. Target (issue 14): under 3x at 200 jobs.
 *
 * A third kind is the floor: the same jobs served by a provider that does nothing (scripts/bench-null-provider.js:
 * the same schema, gRPC, TLS and msgpack code, no rules, no diff, no API), run through `dev_overrides`. Its ratio is
 * what Terraform itself spends on resources of this schema plus the starts of a Node.js provider; the mljobs
 * provider's own work is the difference between the two. A fourth kind, `null data`, is terraform_data's shape served
 * by that null provider: the cost of a plugin process alone, without the schema.
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
const NULL_SOURCE = 'terraform.local/bench/nullml';
const KINDS = ['mljobs', 'null provider', 'null data', 'terraform_data'];

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

/** The jobs of `jobConfig`, served by the null provider (bench-null-provider.js) instead. */
function nullConfig(n) {
  const config = jobConfig(n, '');
  for (const job of Object.values(config.resource.google_ml_engine_job)) job.provider = 'nullml';
  return { terraform: { required_providers: { nullml: { source: NULL_SOURCE } } }, resource: config.resource };
}

/** `dataConfig` served by the null provider (`nullml_data`: terraform_data's shape, in a plugin process). */
function nullDataConfig(n) {
  const resources = {};
  for (let i = 0; i < n; i++) resources[`job_${i}`] = { provider: 'nullml', input: { job_id: `bench_job_${i}`, team: 'ml', index: String(i) } };
  return { terraform: { required_providers: { nullml: { source: NULL_SOURCE } } }, resource: { nullml_data: resources } };
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
  // The null provider: a plugin binary as `dev_overrides` expects it (terraform-provider-NAME in a directory).
  const nullDir = path.join(base, 'null-provider');
  fs.mkdirSync(nullDir);
  const nullBinary = path.join(nullDir, 'terraform-provider-nullml');
  const nullEntry = await require('./bundle-provider').bundleNullProvider(path.join(base, 'null-provider-bundle'));
  fs.writeFileSync(nullBinary, `#!/bin/sh\nexec ${JSON.stringify(env.MLJOB_NODE)} ${JSON.stringify(nullEntry)} "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(base, 'null.tfrc'), `provider_installation {\n  dev_overrides {\n    ${JSON.stringify(NULL_SOURCE)} = ${JSON.stringify(nullDir)}\n  }\n  direct {}\n}\n`);
  const nullEnv = { ...env, TF_CLI_CONFIG_FILE: path.join(base, 'null.tfrc') };
  const envOf = { mljobs: env, 'null provider': nullEnv, 'null data': nullEnv, terraform_data: env };
  console.log(`terraform plan with no changes (median of ${ROUNDS}; ${os.cpus().length} cores; ${terraform})`);
  const rows = [];
  try {
    for (const n of SIZES) {
      const dirs = {};
      for (const [kind, config] of [['mljobs', jobConfig(n, emulator.endpoint)], ['null provider', nullConfig(n)], ['null data', nullDataConfig(n)], ['terraform_data', dataConfig(n)]]) {
        const dir = path.join(base, `${kind.replace(' ', '-')}-${n}`);
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config));
        // A provider under dev_overrides needs no init (and init would look it up).
        if (envOf[kind] !== nullEnv) await run(terraform, dir, envOf[kind], ['init', '-input=false', '-no-color']);
        await run(terraform, dir, envOf[kind], ['apply', '-input=false', '-auto-approve', '-no-color']);
        dirs[kind] = dir;
      }
      const times = Object.fromEntries(KINDS.map((kind) => [kind, []]));
      const cpu = Object.fromEntries(KINDS.map((kind) => [kind, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const kind of KINDS) {
          const started = performance.now();
          const seconds = await run(terraform, dirs[kind], envOf[kind], ['plan', '-input=false', '-no-color', '-detailed-exitcode']);
          times[kind].push(performance.now() - started);
          if (seconds !== undefined) cpu[kind].push(seconds);
        }
      }
      const wall = Object.fromEntries(KINDS.map((kind) => [kind, median(times[kind])]));
      const cpuSeconds = cpu.mljobs.length ? Object.fromEntries(KINDS.map((kind) => [kind, median(cpu[kind])])) : undefined;
      rows.push({ n, wall, cpuSeconds });
      console.log(`  ${String(n).padStart(4)} job(s):`);
      for (const kind of KINDS) {
        const cpuText = cpuSeconds ? `; CPU ${cpuSeconds[kind].toFixed(2)} s, ${(cpuSeconds[kind] / cpuSeconds.terraform_data).toFixed(2)}x` : '';
        console.log(`      ${kind.padEnd(15)} ${(wall[kind] / 1000).toFixed(2)} s, ${(wall[kind] / wall.terraform_data).toFixed(2)}x${cpuText}`);
      }
    }
  } finally {
    await emulator.close();
    fs.rmSync(base, { recursive: true, force: true });
  }
  const last = rows[rows.length - 1];
  if (last && last.n >= 200) {
    const ratio = last.wall.mljobs / last.wall.terraform_data;
    const floor = last.wall['null provider'] / last.wall.terraform_data;
    console.log(`RESULT terraform plan mljobs/terraform_data at ${last.n} jobs: ${ratio.toFixed(2)}x, target < 3x: ${ratio < 3 ? 'PASS' : 'FAIL'} ` +
      `(a provider that does nothing with this schema: ${floor.toFixed(2)}x; see docs/PROVIDER.md)`);
    if (last.cpuSeconds) {
      const cpu = last.cpuSeconds;
      console.log(`RESULT CPU at ${last.n} jobs: mljobs ${(cpu.mljobs / cpu.terraform_data).toFixed(2)}x, null provider ${(cpu['null provider'] / cpu.terraform_data).toFixed(2)}x, ` +
        `null data ${(cpu['null data'] / cpu.terraform_data).toFixed(2)}x of terraform_data; the mljobs provider's own work: ` +
        `${(cpu.mljobs - cpu['null provider']).toFixed(2)} s of ${cpu.mljobs.toFixed(2)} s`);
    }
  }
}

main().catch((error) => {
  console.error(`bench-provider: ${error.message}`);
  process.exit(1);
});
