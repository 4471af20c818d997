// The provider's create body for a VertexCustomJob with the fields ported after the first schema (scheduling strategy
// and max wait, reserved IP ranges, Tensorboard, Experiment and Experiment Run): synthesized by the L2, conformed as
// Terraform hands it to the provider, created through the Vertex client against the emulator, and read back.
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import { ComputeMachineType, Duration, SchedulingStrategy, VertexAccelerator, VertexCustomJob, VertexCustomJobProps, VertexTrainingCode } from '../../src';
import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';
import { customJobSchema } from '../../src/model/provider-schema';
import { applyCustomJobChange } from '../../src/provider/apply-custom-job-change';
import { createCustomJobBody } from '../../src/provider/custom-job-values';
import { conformBlock, TerraformObject } from '../../src/provider/terraform-value';
import { VertexApiClient } from '../../src/provider/vertex-api-client';

const TENSORBOARD = 'projects/123456789012/locations/us-central1/tensorboards/4455';
const EXPERIMENT = 'projects/123456789012/locations/us-central1/metadataStores/default/contexts/census';

/** The google_vertex_ai_custom_job of a one-job stack as Terraform gives it to the provider (every attribute, blocks as lists). */
function plannedValue(change: Partial<VertexCustomJobProps> = {}): TerraformObject {
  const stack = new TerraformStack(Testing.app(), 'test');
  new GoogleProvider(stack, 'google', { project: 'p' });
  new VertexCustomJob(stack, 'census', {
    location: 'us-central1',
    project: 'p',
    code: VertexTrainingCode.container({ imageUri: 'us-central1-docker.pkg.dev/p/train/census:1' }),
    primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaT4(1) },
    scheduling: { strategy: SchedulingStrategy.FLEX_START, maxWaitDuration: Duration.hours(1) },
    serviceAccount: 'trainer@p.iam.gserviceaccount.com',
    network: 'projects/123456789012/global/networks/ml-vpc',
    reservedIpRanges: ['vertex-ai-ip-range'],
    tensorboard: TENSORBOARD,
    experiment: EXPERIMENT,
    experimentRun: `${EXPERIMENT}-run-1`,
    ...change,
  });
  const config = JSON.parse(Testing.synth(stack, true));
  const [resource] = Object.values(config.resource.google_vertex_ai_custom_job) as Array<{ [name: string]: unknown }>;
  const { '//': _metadata, provider: _provider, lifecycle: _lifecycle, depends_on: _dependsOn, ...arguments_ } = resource;
  return conformBlock(arguments_, customJobSchema()) as TerraformObject;
}

const NEWER_FIELDS = {
  scheduling: { strategy: 'FLEX_START', maxWaitDuration: '3600s' },
  reservedIpRanges: ['vertex-ai-ip-range'],
  tensorboard: TENSORBOARD,
  experiment: EXPERIMENT,
  experimentRun: `${EXPERIMENT}-run-1`,
};

describe('the provider creates a custom job with strategy, reserved IP ranges, Tensorboard and Experiment', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual', durations: { cancellingMs: 0 } });
  });
  afterAll(() => emulator.close());

  test('the create body the emulator receives holds them in REST form; the new state reads them back', async () => {
    // GIVEN the planned value of a synthesized job
    const planned = plannedValue();
    expect(createCustomJobBody(planned).jobSpec).toMatchObject(NEWER_FIELDS);
    const client = new VertexApiClient(emulator.endpoint, async () => 'token', 5000, { baseDelayMs: 10, maxDelayMs: 50 });

    // WHEN the provider applies the create
    const result = await applyCustomJobChange(client, null, planned);

    // THEN the POST body and the stored job have the fields, and the state Terraform keeps has them in its names
    expect(result.diagnostics).toEqual([]);
    const post = emulator.requests().find((r) => r.method === 'POST' && r.url.includes('/customJobs'));
    expect((post?.body as { jobSpec: object }).jobSpec).toMatchObject(NEWER_FIELDS);
    const [stored] = emulator.customJobs.list('p', 'us-central1').customJobs!;
    expect(stored.jobSpec).toMatchObject(NEWER_FIELDS);
    const spec = ((result.state as TerraformObject).job_spec as TerraformObject[])[0];
    expect(spec).toMatchObject({ reserved_ip_ranges: ['vertex-ai-ip-range'], tensorboard: TENSORBOARD, experiment: EXPERIMENT, experiment_run: `${EXPERIMENT}-run-1` });
    expect((spec.scheduling as TerraformObject[])[0]).toMatchObject({ strategy: 'FLEX_START', max_wait_duration: '3600s' });
  });
});

/** The five fields ported from the v1 CustomJobSpec after the Tensorboard ones, in REST form. */
const PORTED_FIELDS = {
  workerPoolSpecs: [expect.objectContaining({ nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }] })],
  scheduling: { disableRetries: true },
  enableDashboardAccess: true,
  persistentResourceId: 't4-pool',
  pscInterfaceConfig: { networkAttachment: 'vertex-attach', dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }] },
};

describe('the provider creates a custom job with nfsMounts, disableRetries, enableDashboardAccess, persistentResourceId and pscInterfaceConfig', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual', durations: { cancellingMs: 0 } });
  });
  afterAll(() => emulator.close());

  test('the create body and the stored job hold them in REST form; the new state reads them back in Terraform names', async () => {
    // GIVEN the planned value of a synthesized job with the five fields
    const planned = plannedValue({
      primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaT4(1), nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }] },
      scheduling: { disableRetries: true },
      enableDashboardAccess: true,
      persistentResourceId: 't4-pool',
      pscInterfaceConfig: { networkAttachment: 'vertex-attach', dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }] },
    });
    expect(createCustomJobBody(planned).jobSpec).toMatchObject(PORTED_FIELDS);
    const client = new VertexApiClient(emulator.endpoint, async () => 'token', 5000, { baseDelayMs: 10, maxDelayMs: 50 });

    // WHEN the provider applies the create
    const result = await applyCustomJobChange(client, null, planned);

    // THEN
    expect(result.diagnostics).toEqual([]);
    const post = emulator.requests().find((r) => r.method === 'POST' && r.url.includes('/customJobs'));
    expect((post?.body as { jobSpec: object }).jobSpec).toMatchObject(PORTED_FIELDS);
    const [stored] = emulator.customJobs.list('p', 'us-central1').customJobs!;
    expect(stored.jobSpec).toMatchObject(PORTED_FIELDS);
    const spec = ((result.state as TerraformObject).job_spec as TerraformObject[])[0];
    expect(spec).toMatchObject({
      enable_dashboard_access: true,
      persistent_resource_id: 't4-pool',
      psc_interface_config: [{ network_attachment: 'vertex-attach', dns_peering_configs: [{ domain: 'corp.example.', target_project: 'host-project', target_network: 'shared-vpc' }] }],
    });
    expect((spec.scheduling as TerraformObject[])[0]).toMatchObject({ disable_retries: true });
    expect((spec.worker_pool_specs as TerraformObject[])[0].nfs_mounts).toEqual([{ server: '10.76.0.10', path: '/vol1', mount_point: 'data' }]);
  });
});
