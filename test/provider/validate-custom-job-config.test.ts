import { customJobSchema } from '../../src/model/provider-schema';
import { conformBlock, TerraformObject, UNKNOWN } from '../../src/provider/terraform-value';
import { validateCustomJobConfig } from '../../src/provider/validate-custom-job-config';

function config(replicaCount: unknown): TerraformObject {
  return conformBlock({
    display_name: 'census',
    location: 'us-central1',
    job_spec: [{ worker_pool_specs: [{ machine_spec: [{ machine_type: 'n1-standard-4' }], replica_count: replicaCount, container_spec: [{ image_uri: 'gcr.io/p/t:1' }] }] }],
  }, customJobSchema()) as TerraformObject;
}

describe('validateCustomJobConfig', () => {
  test('a Vertex rule error is a diagnostic on the attribute it names', () => {
    const diagnostics = validateCustomJobConfig(config(2), '2026-11-24');
    const error = diagnostics.find((d) => d.severity === 'ERROR' && d.summary.startsWith('MLJ-VERTEX-002: '));
    expect(error).toBeDefined();
    expect(error!.attribute).toEqual({ steps: [
      { attribute_name: 'job_spec' }, { element_key_int: 0 }, { attribute_name: 'worker_pool_specs' }, { element_key_int: 0 }, { attribute_name: 'replica_count' },
    ] });
    expect(error!.detail).toMatch(/mljob explain MLJ-VERTEX-002/);
  });

  test('a valid job has no errors; a value unknown until apply is no violation', () => {
    expect(validateCustomJobConfig(config(1), '2026-11-24').filter((d) => d.severity === 'ERROR')).toEqual([]);
    expect(validateCustomJobConfig(config(UNKNOWN), '2026-11-24').filter((d) => d.severity === 'ERROR')).toEqual([]);
    expect(validateCustomJobConfig(null)).toEqual([]);
  });
});
