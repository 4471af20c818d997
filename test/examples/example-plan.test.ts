import * as path from 'path';
import { App } from 'cdktf';
import { addExampleStacks } from '../../examples/example-stacks';
import { mljob, tempDir } from '../plan/plan-test-helpers';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

/** The examples app of examples/main.ts, synthesized into a temporary directory. */
function synthExamples(): string {
  const outdir = tempDir('mljob-examples-');
  const app = new App({ outdir, stackTraces: false });
  addExampleStacks(app);
  app.synth();
  return outdir;
}

describe('the plan npm start prints: the examples against examples/prior-state and examples/quotas.yaml', () => {
  let plan: any;
  let text: string;

  beforeAll(async () => {
    const out = synthExamples();
    const args = ['plan', out, '--state', path.join(EXAMPLES, 'prior-state'), '--quotas', path.join(EXAMPLES, 'quotas.yaml'), '--today', '2026-11-24'];
    text = (await mljob(...args)).stdout;
    plan = JSON.parse((await mljob(...args, '--format', 'json')).stdout);
  });

  const actionOf = (stack: string): string[][] =>
    plan.resource_changes.filter((c: any) => c.stack === stack).map((c: any) => c.change.actions);

  test('jobs without state are created', () => {
    expect(actionOf('secure-container-training')).toEqual([['create']]);
    expect(actionOf('seed-examples-l2')).toEqual([['create'], ['create'], ['create']]);
    // The Vertex examples: one custom job; the migration stack's legacy ML Engine job and the custom job migrated from it.
    expect(actionOf('vertex-custom-job')).toEqual([['create']]);
    expect(actionOf('vertex-migration')).toEqual([['create'], ['create']]);
  });

  test('changed labels are updated in place', () => {
    expect(actionOf('distributed-gpu-training')).toEqual([['update']]);
    expect(text).toContain('~ "team" = "ml-research" -> "ml-platform"');
  });

  test('the running tuning job with a changed spec is cancelled and replaced under a new id', () => {
    const [change] = plan.resource_changes.filter((c: any) => c.stack === 'hyperparameter-tuning');
    expect(change.change.actions).toEqual(['delete', 'create']);
    expect(change.change.replace_paths).toEqual([['job_id'], ['training_input', 0, 'hyperparameters', 0, 'max_trials']]);
    expect(change.mljob_cancels_job).toBe('RUNNING');
    expect(change.change.before.job_id).toBe('census_tuning_1a2b3c4d');
  });

  test('the running TPU job gone from the code is cancelled; the unchanged one is left alone', () => {
    expect(actionOf('tpu-training').sort()).toEqual([['delete'], ['no-op']]);
    expect(text).toContain('# tpu-training/google_ml_engine_job.resnet_tpu_v1_0F3C2A11 will be cancelled (it is RUNNING) and removed from the state');
  });

  test('a reference known only at apply replaces the job, as Terraform does; the id it keeps is MLJ-PLAN-003', () => {
    // The model is new in this apply, so its name is unknown at plan: Terraform cannot prove it unchanged.
    const [change] = plan.resource_changes.filter((c: any) => c.stack === 'batch-prediction');
    expect(change.change.actions).toEqual(['delete', 'create']);
    expect(change.change.replace_paths).toEqual([['prediction_input', 0, 'model_name']]);
    expect(change.change.after_unknown.prediction_input[0].model_name).toBe(true);
    expect(text).toContain('~ prediction_input.model_name = "projects/my-ml-project/models/census" -> (known after apply) # forces replacement');
    const known = plan.diagnostics.find((d: any) => d.rule_id === 'MLJ-PLAN-004' && d.path === 'predictionInput.modelName');
    expect(known).toMatchObject({ severity: 'info', summary: 'predictionInput.modelName is known only at apply; Terraform will replace the job (it cannot tell whether the value changes).' });
  });

  test('MLJ-PLAN-003 says the replacement keeps the derived id, so the create fails with ALREADY_EXISTS, and offers jobIdSalt', () => {
    const kept = plan.diagnostics.find((d: any) => d.rule_id === 'MLJ-PLAN-003' && d.resource.startsWith('batch-prediction/'));
    expect(kept.severity).toBe('error');
    expect(kept.summary).toMatch(/^Terraform will replace the job \(predictionInput\.modelName is known only at apply\) but jobId stays "census_predict_\w+" \(a derived id hashes a reference as written, not its value\); .* ALREADY_EXISTS\.$/);
    expect(kept.fix).toMatch(/jobIdSalt/);
  });

  test('the summary line counts the blocks shown: the cancel inside the replace is not counted again', () => {
    expect(text).toMatch(/Plan: 10 to add, 1 to change, 2 to replace, 1 to cancel\. \d+ errors?, \d+ warnings?, \d+ infos?\.\n$/);
    expect(plan.diagnostics.filter((d: any) => d.rule_id === 'MLJ-PLAN-001')).toEqual([]);
  });
});
