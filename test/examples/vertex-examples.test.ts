import { Testing } from 'cdktf';
import { VertexCustomJobStack } from '../../examples/vertex-custom-job';
import { VertexMigrationStack } from '../../examples/vertex-migration';

/** The google_vertex_ai_custom_job resources of a stack, synthesized with validations on (the Vertex rules ran). */
function vertexJobs(stack: VertexCustomJobStack | VertexMigrationStack): Record<string, any>[] {
  return Object.values(JSON.parse(Testing.synth(stack, true)).resource.google_vertex_ai_custom_job) as Record<string, any>[];
}

describe('the Vertex AI examples synthesize and pass every rule', () => {
  test('a distributed custom job with a Reduction Server', () => {
    const [job] = vertexJobs(new VertexCustomJobStack(Testing.app(), 'vertex-custom-job'));
    expect(job.display_name).toBe('census-distributed');
    expect(job.job_spec.worker_pool_specs.map((p: any) => p.machine_spec.machine_type)).toEqual(['n1-standard-8', 'n1-standard-8', 'n1-highcpu-16']);
    expect(job.job_spec.scheduling).toEqual({ timeout: '21600s' });
  });

  test('a job migrated from ML Engine: legacy types become N1 shapes, the K80s T4s, the runtime a prebuilt container', () => {
    const stack = new VertexMigrationStack(Testing.app(), 'vertex-migration');
    const [job] = vertexJobs(stack);
    expect(job.display_name).toBe('criteo-migrated');
    expect(job.job_spec.worker_pool_specs.map((p: any) => [p.machine_spec.machine_type, p.machine_spec.accelerator_type, p.machine_spec.accelerator_count, p.replica_count])).toEqual([
      ['n1-standard-4', 'NVIDIA_TESLA_T4', 1, 1],
      ['n1-highcpu-16', 'NVIDIA_TESLA_T4', 4, 2],
      ['n1-highmem-8', undefined, undefined, 1],
    ]);
    expect(job.job_spec.worker_pool_specs[0].python_package_spec.executor_image_uri).toBe('us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-8:latest');
    expect(job.job_spec.scheduling).toEqual({ timeout: '28800s' });
  });
});
