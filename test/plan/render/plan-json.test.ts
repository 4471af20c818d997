import { CustomJob } from '../../../src/model/custom-job';
import { Job } from '../../../src/model/job';
import { buildPlan, PlanInputs } from '../../../src/plan/build-plan';
import { renderPlanJson } from '../../../src/plan/render/plan-json';
import { desiredCustomJob, desiredJob, priorCustomJob, priorJob } from '../plan-test-helpers';

function training(jobId: string, extra: Partial<NonNullable<Job['trainingInput']>> = {}): Job {
  return {
    jobId,
    labels: { team: 'vision' },
    trainingInput: { region: 'us-central1', scaleTier: 'BASIC', masterConfig: { imageUri: 'gcr.io/p/t:1' }, scheduling: { maxRunningTime: '7200s' }, ...extra },
  };
}

/** A Vertex AI custom job with one primary pool. */
function vertexJob(displayName: string, machineType = 'n1-standard-4'): CustomJob {
  return {
    displayName,
    labels: { team: 'vision' },
    jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }], scheduling: { timeout: '3600s' } },
  };
}

function json(inputs: Partial<PlanInputs>): any {
  return JSON.parse(renderPlanJson(buildPlan({ desired: [], stacks: ['vision'], today: '2026-11-24', ...inputs })));
}

describe('renderPlanJson', () => {
  test('the shape of terraform show -json: resource_changes with actions, before, after, after_unknown', () => {
    const plan = json({
      desired: [desiredJob('a', training('a_1', { args: ['$${HOME}', '${var.data}'] })), desiredJob('b', training('b_2', { runtimeVersion: '2.10' }))],
      prior: [priorJob('b', training('b_1', { runtimeVersion: '2.1' }), 'RUNNING'), priorJob('c', training('c_1'), undefined)],
    });
    expect(plan.format_version).toBe('1.2');
    expect(plan.applyable).toBe(true);
    const [a, b, c] = plan.resource_changes;
    expect(a).toMatchObject({ address: 'google_ml_engine_job.a', mode: 'managed', type: 'google_ml_engine_job', name: 'a', stack: 'vision', change: { actions: ['create'], before: null } });
    // Escaped strings are the literal; a reference is left out of after and marked in after_unknown
    expect(a.change.after.training_input[0].args).toEqual(['${HOME}', null]);
    expect(a.change.after_unknown).toEqual({ training_input: [{ args: [false, true] }] });
    expect(a.change.after.project).toBe('my-ml-project');
    expect(b.change.actions).toEqual(['delete', 'create']);
    expect(b.change.replace_paths).toEqual([['job_id'], ['training_input', 0, 'runtime_version']]);
    expect(b.action_reason).toBe('replace_because_cannot_update');
    expect(b.mljob_cancels_job).toBe('RUNNING');
    expect(b.change.before.training_input[0].runtime_version).toBe('2.1');
    expect(c).toMatchObject({ change: { actions: ['delete'], after: null, after_unknown: {} }, mljob_cancels_job_if_active: true });
  });

  test('summary, diagnostics, schedule and cost', () => {
    const plan = json({ desired: [desiredJob('a', training('a_1'))], prior: [priorJob('c', training('c_1'), 'SUCCEEDED')] });
    expect(plan.summary).toEqual({ add: 1, change: 0, replace: 0, cancel: 0, cancel_if_active: 0, forget: 1, destroy: 0, no_op: 0, errors: expect.any(Number), warnings: expect.any(Number), infos: expect.any(Number) });
    expect(plan.schedule.map((entry: any) => entry.resource)).toEqual(['vision/google_ml_engine_job.a']);
    expect(plan.cost).toMatchObject({ currency: 'USD', jobs: [{ resource: 'vision/google_ml_engine_job.a', action: 'create', hours: 2 }] });
    for (const diagnostic of plan.diagnostics) expect(Object.keys(diagnostic)).toEqual(expect.arrayContaining(['severity', 'rule_id', 'resource', 'path', 'summary', 'source']));
  });

  test('a job in a module keeps its module address; no changes is not applyable', () => {
    const moduleJob = { ...desiredJob('m', training('m_1')), address: 'module.ml.google_ml_engine_job.m', resource: 'vision/module.ml.google_ml_engine_job.m' };
    expect(json({ desired: [moduleJob] }).resource_changes[0]).toMatchObject({ address: 'module.ml.google_ml_engine_job.m', module_address: 'module.ml', name: 'm' });
    const same = training('s_1');
    expect(json({ desired: [desiredJob('s', same)], prior: [priorJob('s', same, 'SUCCEEDED')] }).applyable).toBe(false);
  });

  test('a Vertex AI custom job: its own type, location and project among the attributes, replace paths in its schema, the delete flagged', () => {
    const plan = json({
      desiredCustomJobs: [desiredCustomJob('v', vertexJob('train-v'), { region: 'europe-west4' }), desiredCustomJob('w', vertexJob('train-w', '${var.machine}'))],
      priorCustomJobs: [priorCustomJob('v', vertexJob('train-v', 'n1-standard-8'), 'JOB_STATE_RUNNING'), priorCustomJob('gone', vertexJob('old'), 'JOB_STATE_SUCCEEDED')],
    });
    const byName = Object.fromEntries(plan.resource_changes.map((c: any) => [c.name, c]));
    expect(byName.v).toMatchObject({ type: 'google_vertex_ai_custom_job', address: 'google_vertex_ai_custom_job.v', mljob_cancels_job: 'JOB_STATE_RUNNING', mljob_deletes_job: true });
    expect(byName.v.change.replace_paths).toEqual([['job_spec', 0, 'worker_pool_specs', 0, 'machine_spec', 0, 'machine_type'], ['location']]);
    expect(byName.v.change.before).toMatchObject({ location: 'us-central1', name: 'projects/my-ml-project/locations/us-central1/customJobs/1234567890' });
    expect(byName.v.change.after).toMatchObject({ location: 'europe-west4', project: 'my-ml-project', display_name: 'train-v' });
    expect(byName.w.change.after_unknown).toEqual({ job_spec: [{ worker_pool_specs: [{ machine_spec: [{ machine_type: true }] }] }] });
    expect(byName.gone).toMatchObject({ change: { actions: ['delete'], after: null }, mljob_deletes_job: true });
    expect(plan.summary).toMatchObject({ add: 1, replace: 1, destroy: 1, forget: 0 });
  });
});
