import { customJobSchema } from '../../src/model/provider-schema';
import { planCustomJobChange } from '../../src/provider/plan-custom-job-change';
import { conformBlock, isUnknown, TerraformObject, UNKNOWN } from '../../src/provider/terraform-value';

const NAME = 'projects/p/locations/us-central1/customJobs/1000000000000000001';

function resource(fields: { [name: string]: unknown }): TerraformObject {
  return conformBlock(fields, customJobSchema()) as TerraformObject;
}

const SPEC = [{ worker_pool_specs: [{ machine_spec: [{ machine_type: 'n1-standard-4' }], replica_count: 1, container_spec: [{ image_uri: 'gcr.io/p/t:1' }] }] }];
const CONFIG = resource({ display_name: 'census', labels: { team: 'ml' }, job_spec: SPEC });
const PRIOR = resource({ display_name: 'census', labels: { team: 'ml' }, job_spec: SPEC, project: 'p', location: 'us-central1', id: NAME, name: NAME, state: 'JOB_STATE_RUNNING' });

describe('planCustomJobChange', () => {
  test('create: project and location from the provider, id, name and outputs unknown', () => {
    const { planned, requiresReplace, diagnostics } = planCustomJobChange({ prior: null, proposed: CONFIG, config: CONFIG, providerProject: 'p', providerRegion: 'us-central1' });
    expect(diagnostics).toEqual([]);
    expect(requiresReplace).toEqual([]);
    expect(planned).toMatchObject({ project: 'p', location: 'us-central1' });
    expect([planned!.id, planned!.name, planned!.state].every(isUnknown)).toBe(true);
  });

  test('no change: the prior state as it is', () => {
    const proposed = { ...CONFIG, project: 'p', location: 'us-central1', id: NAME, name: NAME, state: 'JOB_STATE_RUNNING' };
    const { planned, requiresReplace } = planCustomJobChange({ prior: PRIOR, proposed, config: CONFIG, providerProject: 'p', providerRegion: 'us-central1' });
    expect(requiresReplace).toEqual([]);
    expect(planned).toMatchObject({ id: NAME, state: 'JOB_STATE_RUNNING' });
  });

  test('a label change replaces (customJobs has no patch method); so does a spec change, a location change and an unknown value', () => {
    const plan = (change: TerraformObject) => {
      const proposed = { ...PRIOR, ...change };
      return planCustomJobChange({ prior: PRIOR, proposed, config: { ...CONFIG, ...change }, providerProject: 'p', providerRegion: 'us-central1' });
    };
    const labels = plan({ labels: { team: 'ml', stage: 'prod' } });
    expect(labels.requiresReplace).toEqual([[{ attribute_name: 'labels' }]]);
    expect(isUnknown(labels.planned!.name)).toBe(true);
    expect(plan({ display_name: 'census-2' }).requiresReplace).toEqual([[{ attribute_name: 'display_name' }]]);
    expect(plan({ location: 'europe-west4' }).requiresReplace).toEqual([[{ attribute_name: 'location' }]]);
    expect(plan({ display_name: UNKNOWN }).requiresReplace).toEqual([[{ attribute_name: 'display_name' }]]);
  });

  test('no location anywhere is an error on location; destroy is a null plan', () => {
    const { diagnostics } = planCustomJobChange({ prior: null, proposed: CONFIG, config: CONFIG, providerProject: 'p', providerRegion: undefined });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'ERROR', summary: 'No location for the custom job', attribute: { steps: [{ attribute_name: 'location' }] } })]);
    expect(planCustomJobChange({ prior: PRIOR, proposed: null, config: null, providerProject: 'p', providerRegion: 'l' }).planned).toBeNull();
  });
});
