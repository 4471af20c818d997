import { jobSchema } from '../../src/model/provider-schema';
import { formatAttributePath } from '../../src/provider/attribute-paths';
import { planJobChange } from '../../src/provider/plan-job-change';
import { conformBlock, isUnknown, TerraformObject, UNKNOWN } from '../../src/provider/terraform-value';

const value = (fields: object): TerraformObject => conformBlock(fields, jobSchema()) as TerraformObject;
const INPUT = [{ region: 'us-central1', scale_tier: 'BASIC', python_module: 'trainer.task', package_uris: ['gs://b/p.tar.gz'] }];
const prior = value({ id: 'projects/p/jobs/j1', project: 'p', job_id: 'j1', labels: { a: '1' }, etag: 'e1', state: 'RUNNING', training_input: INPUT });

/** Terraform's proposed new state: the config with the computed values it leaves null taken from the prior state. */
function proposed(config: TerraformObject): TerraformObject {
  const out = { ...config };
  for (const [name, attribute] of Object.entries(jobSchema().attributes ?? {})) if (attribute.computed && out[name] === null) out[name] = prior[name];
  return out;
}

function plan(config: TerraformObject, withPrior = true): ReturnType<typeof planJobChange> {
  return planJobChange({ prior: withPrior ? prior : null, proposed: withPrior ? proposed(config) : config, config, providerProject: 'p' });
}

describe('planJobChange', () => {
  test('create: outputs unknown, project from the provider, id computed', () => {
    const result = plan(value({ job_id: 'j1', training_input: INPUT }), false);
    expect(result.planned).toMatchObject({ project: 'p', id: 'projects/p/jobs/j1' });
    expect(isUnknown(result.planned!.etag) && isUnknown(result.planned!.state)).toBe(true);
  });

  test('no project anywhere is an error on project; an unknown provider project plans an unknown id', () => {
    const config = value({ job_id: 'j1', training_input: INPUT });
    expect(planJobChange({ prior: null, proposed: config, config, providerProject: undefined }).diagnostics[0]).toMatchObject({ summary: 'No project for the job', attribute: { steps: [{ attribute_name: 'project' }] } });
    const unknown = planJobChange({ prior: null, proposed: config, config, providerProject: UNKNOWN }).planned!;
    expect(isUnknown(unknown.project) && isUnknown(unknown.id)).toBe(true);
  });

  test('labels only: no replacement, the etag unknown, the other outputs kept', () => {
    const result = plan(value({ job_id: 'j1', labels: { a: '2' }, training_input: INPUT }));
    expect(result.requiresReplace).toEqual([]);
    expect(isUnknown(result.planned!.etag)).toBe(true);
    expect(result.planned!.state).toBe('RUNNING');
  });

  test('unchanged: the plan is the prior state', () => {
    expect(plan(value({ job_id: 'j1', labels: { a: '1' }, training_input: INPUT })).planned).toEqual(prior);
  });

  test('a spec change or a project change requires replacement on that path, and outputs become unknown', () => {
    const result = plan(value({ job_id: 'j1', labels: { a: '1' }, training_input: [{ ...INPUT[0], scale_tier: 'STANDARD_1' }] }));
    expect(result.requiresReplace.map(formatAttributePath)).toEqual(['training_input[0].scale_tier']);
    expect(isUnknown(result.planned!.state)).toBe(true);
    expect(plan(value({ job_id: 'j1', project: 'q', labels: { a: '1' }, training_input: INPUT })).requiresReplace.map(formatAttributePath)).toEqual(['project']);
  });

  test('a value unknown until apply where the job has one requires replacement (as mljob plan plans), unknown labels only update', () => {
    // GIVEN a config whose service account refers to another resource, and one whose labels do
    const unknownField = value({ job_id: 'j1', labels: { a: '1' }, training_input: [{ ...INPUT[0], service_account: UNKNOWN }] });
    const unknownLabels = value({ job_id: 'j1', labels: UNKNOWN, training_input: INPUT });
    // WHEN planned, THEN the unknown field forces a replacement; the unknown labels are an update in place
    const replaced = plan(unknownField);
    expect(replaced.requiresReplace.map(formatAttributePath)).toEqual(['training_input[0].service_account']);
    expect(isUnknown(replaced.planned!.state)).toBe(true);
    const updated = plan(unknownLabels);
    expect(updated.requiresReplace).toEqual([]);
    expect(isUnknown(updated.planned!.etag)).toBe(true);
    // AND a project set to a value unknown until apply replaces too
    const config = value({ job_id: 'j1', project: UNKNOWN, labels: { a: '1' }, training_input: INPUT });
    const project = planJobChange({ prior, proposed: proposed(config), config, providerProject: 'p' });
    expect(project.requiresReplace.map(formatAttributePath)).toEqual(['project']);
  });

  test('zero values equal absence (the schema-typed diff): 0 workers where the state has none is no replacement', () => {
    expect(plan(value({ job_id: 'j1', labels: { a: '1' }, training_input: [{ ...INPUT[0], worker_count: 0, args: [] }] })).requiresReplace).toEqual([]);
  });

  test('a literal ${ in a value (an escaped $${ in the configuration) is text, not an unknown', () => {
    const withDollar = value({ job_id: 'j1', labels: { a: '1' }, training_input: [{ ...INPUT[0], args: ['--tmpl=${x}'] }] });
    const prior2 = { ...prior, training_input: withDollar.training_input };
    const result = planJobChange({ prior: prior2, proposed: { ...withDollar, id: prior.id, project: 'p', etag: 'e1', state: 'RUNNING' }, config: withDollar, providerProject: 'p' });
    expect(result.requiresReplace.map(formatAttributePath)).toEqual([]);
  });

  test('destroy plans null', () => {
    expect(planJobChange({ prior, proposed: null, config: null, providerProject: 'p' }).planned).toBeNull();
  });
});
