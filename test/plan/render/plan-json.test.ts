import { Catalog } from '../../../src/catalog/catalog';
import { CustomJob } from '../../../src/model/custom-job';
import { Job } from '../../../src/model/job';
import { buildPlan, PlanInputs } from '../../../src/plan/build-plan';
import { ProjectQuotas } from '../../../src/plan/project-quotas';
import { renderPlanJson } from '../../../src/plan/render/plan-json';
import { renderPlanMarkdown } from '../../../src/plan/render/plan-markdown';
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
    expect(plan.summary).toEqual({ import: 0, add: 1, change: 0, replace: 0, cancel: 0, cancel_if_active: 0, forget: 1, destroy: 0, no_op: 0, errors: expect.any(Number), warnings: expect.any(Number), infos: expect.any(Number) });
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

describe('renderPlanJson: quota_use, the quota table of the markdown and HTML reports', () => {
  /** A custom training job with `gpus` V100 on an n1-standard-8 master for `hours`. */
  function gpuJob(jobId: string, gpus: number, hours: number): Job {
    return training(jobId, {
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'gcr.io/p/t:1', acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: gpus } },
      scheduling: { maxRunningTime: `${hours * 3600}s` },
    });
  }
  const catalog = Catalog.default();
  const quotas: ProjectQuotas = { defaults: catalog.quotas, user: { acceleratorsPerRegion: { 'us-central1': { NVIDIA_TESLA_V100: 8 } } }, file: 'quotas.yaml' };

  test('each quota with its limit, where the limit came from, the peak and when, who holds it, who never starts, and the use over time', () => {
    // GIVEN a running job with 8 V100 for 4 hours, a new one with 4 for 2 hours and one with 16 that can never start
    const inputs: PlanInputs = {
      desired: [desiredJob('running', gpuJob('running_1', 8, 4)), desiredJob('next', gpuJob('next_1', 4, 2)), desiredJob('huge', gpuJob('huge_1', 16, 1))],
      prior: [priorJob('running', gpuJob('running_1', 8, 4), 'RUNNING')],
      stacks: ['vision'],
      today: '2026-11-24',
      quotas,
    };

    // WHEN
    const plan = JSON.parse(renderPlanJson(buildPlan(inputs)));

    // THEN
    expect(plan.quota_use.limits_from).toBe('quotas.yaml');
    expect(plan.quota_use.quotas.map((q: any) => q.quota)).toEqual(['NVIDIA_TESLA_V100 in us-central1', 'vCPUs in the project', 'vCPUs in us-central1']);
    const [v100, project] = plan.quota_use.quotas;
    expect(v100).toEqual({
      key: 'accelerators/us-central1/NVIDIA_TESLA_V100',
      quota: 'NVIDIA_TESLA_V100 in us-central1',
      limit: 8,
      from_quota_file: true,
      peak: 8,
      peak_at_seconds: 0,
      jobs: ['vision/google_ml_engine_job.next', 'vision/google_ml_engine_job.running'],
      never_start: ['vision/google_ml_engine_job.huge'],
      // the new job waits for the running one: 8 held until 4h, then its 4 until 6h
      steps: [{ at_seconds: 0, used: 8 }, { at_seconds: 4 * 3600, used: 4 }, { at_seconds: 6 * 3600, used: 0 }],
    });
    expect(project).toMatchObject({ key: 'vcpus', limit: catalog.quotas.vcpusPerProject, from_quota_file: false, peak: 8, peak_at_seconds: 0, never_start: [] });
    expect(project.steps).toEqual([{ at_seconds: 0, used: 8 }, { at_seconds: 6 * 3600, used: 0 }]);
    expect(Object.keys(plan)).toEqual(['format_version', 'applyable', 'complete', 'errored', 'resource_changes', 'diagnostics', 'schedule', 'quota_use', 'cost', 'summary']);
  });

  test('says what the markdown quota table says, row for row', () => {
    const inputs: PlanInputs = { desired: [desiredJob('a', gpuJob('a_1', 4, 3)), desiredJob('b', gpuJob('b_1', 8, 1))], stacks: ['vision'], today: '2026-11-24', quotas };
    const result = buildPlan(inputs);
    const json = JSON.parse(renderPlanJson(result));
    const markdown = renderPlanMarkdown(result);
    const table = markdown.slice(markdown.indexOf('### Quota use')).split('\n').slice(4).filter((line) => line.startsWith('| ')).slice(0, json.quota_use.quotas.length);
    expect(table.map((row) => row.split(' | ').slice(0, 3).join(' | '))).toEqual(json.quota_use.quotas.map((q: any) => `| ${q.quota} | ${q.limit}${q.from_quota_file ? '' : ' (default)'} | ${q.peak}`));
  });

  test('the catalog defaults: limits_from is null; no job with known resources: no quotas; the same plan gives the same bytes', () => {
    const noQuotaFile: PlanInputs = { desired: [desiredJob('a', training('a_1'))], stacks: ['vision'], today: '2026-11-24' };
    const plan = JSON.parse(renderPlanJson(buildPlan(noQuotaFile)));
    expect(plan.quota_use.limits_from).toBeNull();
    expect(plan.quota_use.quotas.every((q: any) => q.from_quota_file === false)).toBe(true);
    expect(json({}).quota_use).toEqual({ limits_from: null, quotas: [] });
    expect(renderPlanJson(buildPlan(noQuotaFile))).toBe(renderPlanJson(buildPlan(noQuotaFile)));
  });
});
