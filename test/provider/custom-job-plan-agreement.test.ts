// `mljob plan` and `terraform plan` with the mljobs provider agree on google_vertex_ai_custom_job: custom jobs applied
// through the provider against the emulator (so the state is the one Terraform wrote), then a changed configuration
// planned by both, from the same state and without refreshing. Skipped loudly without a terraform binary.
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_SOURCE } from '../../src/provider/provider-settings';
import { mljob } from '../plan/plan-test-helpers';
import { describeWithTerraform, PACKAGE_VERSION, TerraformWorkspace, openTerraformWorkspace } from './terraform-workspace';

function customJob(displayName: string, imageUri: string, labels: { [key: string]: string }): object {
  return {
    provider: 'mljobs',
    display_name: displayName,
    location: 'us-central1',
    labels,
    job_spec: [{ worker_pool_specs: [{ machine_spec: [{ machine_type: 'n1-standard-4' }], replica_count: 1, container_spec: [{ image_uri: imageUri }] }] }],
  };
}

describeWithTerraform('mljob plan and terraform plan agree on custom jobs', () => {
  let ws: TerraformWorkspace | undefined;

  afterAll(async () => {
    await ws?.close();
  });

  test('no-op, replace for a label change and for a spec change, delete, create', async () => {
    // GIVEN four custom jobs applied through the provider
    ws = await openTerraformWorkspace({ prefix: 'mljob-vertex-agree-' });
    const { api, ok: run } = ws;
    const work = ws.dir;
    const write = (jobs: { [name: string]: object }): void => {
      fs.writeFileSync(path.join(work, 'cdk.tf.json'), JSON.stringify({
        terraform: { required_providers: { mljobs: { source: PROVIDER_SOURCE, version: PACKAGE_VERSION } } },
        provider: { mljobs: [{ project: 'p1', access_token: 't', vertex_ai_custom_endpoint: api.endpoint }] },
        resource: { google_vertex_ai_custom_job: jobs },
      }, null, 2));
    };
    const image = 'us-docker.pkg.dev/p1/trainers/census:1';
    write({
      keep: customJob('keep', image, { team: 'ml' }),
      relabel: customJob('relabel', image, { team: 'ml' }),
      respec: customJob('respec', image, { team: 'ml' }),
      remove: customJob('remove', image, { team: 'ml' }),
    });
    await run('init', '-input=false', '-no-color');
    await run('apply', '-input=false', '-auto-approve', '-no-color');

    // WHEN the configuration changes and both plan it from the state Terraform wrote
    write({
      keep: customJob('keep', image, { team: 'ml' }),
      relabel: customJob('relabel', image, { team: 'ml', stage: 'prod' }),
      respec: customJob('respec', 'us-docker.pkg.dev/p1/trainers/census:2', { team: 'ml' }),
      add: customJob('add', image, {}),
    });
    await run('plan', '-refresh=false', '-input=false', '-no-color', '-out=tfplan');
    const terraformPlan = JSON.parse(await run('show', '-json', 'tfplan'));
    const mljobPlan = JSON.parse((await mljob('plan', path.join(work, 'cdk.tf.json'), '--state', path.join(work, 'terraform.tfstate'), '--format', 'json', '--fail-on', 'never')).stdout);

    // THEN
    const actions = (changes: any[]): { [address: string]: string[] } => Object.fromEntries(changes
      .filter((c) => c.type === 'google_vertex_ai_custom_job')
      .map((c) => [c.address, c.change.actions]));
    const expected = {
      'google_vertex_ai_custom_job.keep': ['no-op'],
      'google_vertex_ai_custom_job.relabel': ['delete', 'create'],
      'google_vertex_ai_custom_job.respec': ['delete', 'create'],
      'google_vertex_ai_custom_job.remove': ['delete'],
      'google_vertex_ai_custom_job.add': ['create'],
    };
    expect(actions(terraformPlan.resource_changes)).toEqual(expected);
    expect(actions(mljobPlan.resource_changes)).toEqual(expected);
  }, 300_000);
});
