// `mljob plan` and `terraform plan` with the mljobs provider agree, job by job, on the npm start scenario: the examples
// against examples/prior-state (create, update in place, replace, delete, no-op). Terraform plans without refreshing,
// from the same prior state mljob reads, so no API is involved. Skipped loudly without a terraform binary.
//
// The google provider cannot be installed offline. Its resources beside the jobs (a KMS key, a model) are new in every
// example (none is in the prior state), so at plan time each of their computed attributes is unknown, and every
// attribute set in their configuration is known. Terraform's built-in `terraform_data` has exactly that: its `id` is
// unknown until it is created. Each google resource becomes a `terraform_data`, a reference to one of its configured
// attributes becomes that value, and a reference to any other attribute becomes the `terraform_data`'s `id`: the jobs
// see what they would see beside the real resources. A google resource already in a prior state, or a data source,
// would need more than this and fails the test instead of being skipped.
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { addExampleStacks } from '../../examples/example-stacks';
import { PROVIDER_SOURCE } from '../../src/provider/provider-settings';
import { mljob } from '../plan/plan-test-helpers';
import { describeWithTerraform, TerraformWorkspace, openTerraformWorkspace } from './terraform-workspace';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
/** The resource types the mljobs provider serves: planned by terraform through it, the others stood in for. */
const SERVED = new Set(['google_ml_engine_job', 'google_vertex_ai_custom_job']);

/**
 * The stack with each google resource as a `terraform_data` (see the top of this file); fails for a google resource
 * that the prior state already holds.
 */
function withGoogleResourcesAsTerraformData(config: any, priorState: string | undefined): any {
  const resources = config.resource as { [type: string]: { [name: string]: any } };
  const substitutes: { [name: string]: object } = {};
  const values = new Map<string, unknown>();
  for (const [type, byName] of Object.entries(resources)) {
    if (SERVED.has(type)) continue;
    for (const [name, body] of Object.entries(byName)) {
      if (priorState?.includes(`"type": "${type}"`) && priorState.includes(`"name": "${name}"`)) {
        throw new Error(`${type}.${name} is in the prior state: a terraform_data stand-in would plan it as new; extend the plan agreement test`);
      }
      const substitute = `${type}__${name}`;
      substitutes[substitute] = {};
      for (const [attribute, value] of Object.entries(body)) if (typeof value === 'string' && !value.includes('${')) values.set(`${type}.${name}.${attribute}`, value);
      values.set(`${type}.${name}`, `\${terraform_data.${substitute}.id}`);
    }
    delete resources[type];
  }
  resources.terraform_data = substitutes;
  const text = JSON.stringify(config).replace(/\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}/g, (reference: string, type: string, name: string, attribute: string) => {
    if (SERVED.has(type) || type === 'terraform_data') return reference;
    const known = values.get(`${type}.${name}.${attribute}`);
    if (known !== undefined) return JSON.stringify(known).slice(1, -1);
    const unknown = values.get(`${type}.${name}`);
    if (unknown === undefined) throw new Error(`${reference} names a resource the stack does not have`);
    return unknown as string;
  });
  return JSON.parse(text);
}

describeWithTerraform('mljob plan and terraform plan agree on the npm start scenario', () => {
  let ws: TerraformWorkspace | undefined;

  afterAll(async () => {
    await ws?.close();
  });

  test('every job gets the same action from both, and each replacement the same forcing fields', async () => {
    // GIVEN the synthesized examples and their prior state
    ws = await openTerraformWorkspace({ prefix: 'mljob-agree-' });
    const work = ws.dir;
    const out = path.join(work, 'cdktf.out');
    const app = new App({ outdir: out, stackTraces: false });
    addExampleStacks(app);
    app.synth();

    // WHEN mljob plans them
    const mljobPlan = JSON.parse((await mljob('plan', out, '--state', path.join(EXAMPLES, 'prior-state'), '--format', 'json', '--today', '2026-11-24')).stdout);
    const expected = new Map<string, string[]>();
    const expectedPaths = new Map<string, unknown>();
    for (const change of mljobPlan.resource_changes) {
      expected.set(`${change.stack}/${change.address}`, change.change.actions);
      if (change.change.replace_paths) expectedPaths.set(`${change.stack}/${change.address}`, change.change.replace_paths);
    }

    // ...and terraform plans each stack with the same state, its google resources replaced as described above.
    const actual = new Map<string, string[]>();
    const actualPaths = new Map<string, unknown>();
    const refused: string[] = [];
    const substituted: string[] = [];
    for (const stack of fs.readdirSync(path.join(out, 'stacks')).sort()) {
      const dir = path.join(work, 'tf', stack);
      fs.mkdirSync(dir, { recursive: true });
      const stateFile = path.join(EXAMPLES, 'prior-state', `terraform.${stack}.tfstate`);
      const priorState = fs.existsSync(stateFile) ? fs.readFileSync(stateFile, 'utf8') : undefined;
      let config = JSON.parse(fs.readFileSync(path.join(out, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
      expect(config.data).toBeUndefined();
      if (Object.keys(config.resource ?? {}).some((type) => !SERVED.has(type))) {
        config = withGoogleResourcesAsTerraformData(config, priorState);
        substituted.push(stack);
      }
      delete config.terraform.backend;
      delete config.terraform.required_providers.google;
      delete config.provider.google;
      fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config));
      if (priorState) {
        const state = priorState.split('provider[\\"registry.terraform.io/hashicorp/google\\"]').join(`provider[\\"${PROVIDER_SOURCE}\\"]`);
        fs.writeFileSync(path.join(dir, 'terraform.tfstate'), state);
      }
      const tf = ws.runnerIn(dir);
      await tf.ok('init', '-input=false', '-no-color');
      try {
        await tf.ok('plan', '-refresh=false', '-input=false', '-no-color', '-out=tfplan');
      } catch (error) {
        // Terraform refuses a job the rules find errors in (the seed examples' end-of-life runtimes): so does mljob.
        expect((error as Error).message).toMatch(/Error: MLJ-[A-Z]+-\d{3}: /);
        const mljobErrors = mljobPlan.diagnostics.filter((d: any) => d.severity === 'error' && String(d.resource).startsWith(`${stack}/`));
        expect(mljobErrors.length).toBeGreaterThan(0);
        refused.push(stack);
        for (const key of [...expected.keys()]) if (key.startsWith(`${stack}/`)) expected.delete(key);
        continue;
      }
      const plan = JSON.parse(await tf.ok('show', '-json', 'tfplan'));
      for (const change of plan.resource_changes ?? []) {
        if (SERVED.has(change.type)) {
          actual.set(`${stack}/${change.address}`, change.change.actions);
          if (change.change.replace_paths) actualPaths.set(`${stack}/${change.address}`, change.change.replace_paths);
        }
      }
    }

    const planned = [...actual.keys()];
    // THEN: the same action for every job. The batch prediction job refers to its model, new in this apply, so its
    // model_name is known only at apply: both replace it (Terraform cannot prove the value unchanged), and mljob says why.
    expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
    // ...and the same fields force each replacement (Terraform lists them in no particular order).
    for (const key of [...expectedPaths.keys()]) if (!actual.has(key)) expectedPaths.delete(key);
    const pathSets = (paths: Map<string, unknown>): object => Object.fromEntries([...paths].sort().map(([key, list]) => [key, (list as unknown[]).map((p) => JSON.stringify(p)).sort()]));
    expect(pathSets(actualPaths)).toEqual(pathSets(expectedPaths));
    expect(actualPaths.size).toBe(2);
    expect(actual.get('batch-prediction/google_ml_engine_job.census_predict_8E79971C')).toEqual(['delete', 'create']);
    expect(mljobPlan.diagnostics).toContainEqual(expect.objectContaining({
      rule_id: 'MLJ-PLAN-004',
      resource: 'batch-prediction/google_ml_engine_job.census_predict_8E79971C',
      summary: expect.stringMatching(/^predictionInput\.modelName is known only at apply; Terraform will replace the job/),
    }));
    expect(new Set([...actual.values()].map((a) => a.join('+')))).toEqual(new Set(['create', 'update', 'delete+create', 'delete', 'no-op']));
    expect(substituted).toEqual(['batch-prediction', 'secure-container-training']);
    // The Vertex examples' custom jobs go through the mljobs provider too (MljobsProviderWiring).
    expect(planned.filter((key) => key.includes('/google_vertex_ai_custom_job.')).map((key) => key.split('/')[0]).sort()).toEqual(['vertex-custom-job', 'vertex-migration']);
    expect(planned.filter((key) => substituted.some((stack) => key.startsWith(`${stack}/`))).sort()).toEqual([
      'batch-prediction/google_ml_engine_job.census_predict_8E79971C',
      'secure-container-training/google_ml_engine_job.pytorch_secure_C2CDF720',
    ]);
  }, 600_000);
});
