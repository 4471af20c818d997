import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { addExampleStacks } from '../../examples/example-stacks';
import { mljob, tempDir } from '../plan/plan-test-helpers';

const CONFIG = path.join(__dirname, '..', '..', 'examples', 'mljob.config.yaml');

interface Finding { ruleId: string; severity: string; resource: string }

describe('the checks npm start runs: the examples against examples/mljob.config.yaml', () => {
  let report: { findings: Finding[]; summary: { errors: number } };
  let code: number;
  let outdir: string;

  beforeAll(async () => {
    outdir = tempDir('mljob-examples-');
    const app = new App({ outdir, stackTraces: false });
    addExampleStacks(app);
    app.synth();
    const run = await mljob('check', outdir, '--config', CONFIG, '--today', '2026-11-24', '--format', 'json');
    code = run.code;
    report = JSON.parse(run.stdout);
  });

  test('the configuration is valid and every suppression in it matches a finding', () => {
    expect(report.findings.filter((f) => f.ruleId.startsWith('MLJ-POL-'))).toEqual([]);
  });

  test('the seed examples kept as published are suppressed for CMEK, VPC, service account and maxRunningTime', () => {
    const seeds = report.findings.filter((f) => /^(ml-job-|seed-examples-l2\/)/.test(f.resource));
    expect(seeds.map((f) => f.ruleId).filter((id) => /^MLJ-(SEC-00[123]|COST-004)$/.test(id))).toEqual([]);
  });

  test('the secure example meets the security pack; the others fail it, so the demo exits 1', () => {
    const secure = report.findings.filter((f) => f.resource.startsWith('secure-container-training/'));
    expect(secure.filter((f) => f.ruleId.startsWith('MLJ-SEC-'))).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'MLJ-SEC-001').map((f) => f.resource.split('/')[0]).sort()).toEqual(['distributed-gpu-training', 'hyperparameter-tuning', 'tpu-training', 'vertex-migration']);
    expect(code).toBe(1);
  });

  test('the Vertex AI examples (a custom job and one migrated from ML Engine) pass every Vertex rule: no error', () => {
    const customJobs = ['vertex-custom-job', 'vertex-migration'].flatMap((stack) => Object.keys(
      JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')).resource.google_vertex_ai_custom_job,
    ).map((name) => `${stack}/google_vertex_ai_custom_job.${name}`));
    expect(customJobs).toHaveLength(2);
    expect(report.findings.filter((f) => customJobs.includes(f.resource) && f.severity === 'error')).toEqual([]);
  });

  test('missing labels are warnings, as configured', () => {
    const labels = report.findings.filter((f) => f.ruleId === 'MLJ-HYG-001');
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels.map((f) => f.severity))).toEqual(new Set(['warning']));
  });
});
