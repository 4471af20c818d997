import { CustomJob } from '../../src/model/custom-job';
import { Job } from '../../src/model/job';
import { buildPlan, PlanInputs } from '../../src/plan/build-plan';
import { desiredCustomJob, desiredJob, priorCustomJob, priorJob } from './plan-test-helpers';

const TODAY = '2026-11-24';

/** A valid custom-container training job. */
function training(jobId: string, extra: Partial<NonNullable<Job['trainingInput']>> = {}, labels: Record<string, string> = { team: 'vision' }): Job {
  return {
    jobId,
    labels,
    trainingInput: {
      region: 'us-central1',
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'gcr.io/my-ml-project/trainer:1.4.2' },
      scheduling: { maxRunningTime: '7200s' },
      ...extra,
    },
  };
}

function plan(inputs: Partial<PlanInputs>) {
  return buildPlan({ desired: [], stacks: ['vision'], today: TODAY, ...inputs });
}

const byResource = (result: ReturnType<typeof plan>) => Object.fromEntries(result.changes.map((change) => [change.resource.replace('vision/google_ml_engine_job.', ''), change]));

describe('buildPlan: the action of each job', () => {
  test('create, update (labels), replace, no-op and delete, sorted by resource, counted by the blocks shown', () => {
    // GIVEN
    const result = plan({
      desired: [
        desiredJob('a_new', training('a_1')),
        desiredJob('b_labels', training('b_1', {}, { team: 'nlp' })),
        desiredJob('c_spec', training('c_2', { masterType: 'n1-standard-16' })),
        desiredJob('d_same', training('d_1')),
      ],
      prior: [
        priorJob('b_labels', training('b_1'), 'RUNNING'),
        priorJob('c_spec', training('c_1'), 'RUNNING'),
        priorJob('d_same', training('d_1'), 'SUCCEEDED'),
        priorJob('e_gone', training('e_1'), 'SUCCEEDED'),
      ],
    });

    // THEN
    const changes = byResource(result);
    expect(Object.entries(changes).map(([name, change]) => [name, change.action])).toEqual([
      ['a_new', 'create'], ['b_labels', 'update'], ['c_spec', 'replace'], ['d_same', 'no-op'], ['e_gone', 'delete'],
    ]);
    expect(changes.c_spec.replacePaths).toEqual(['jobId', 'trainingInput.masterType']);
    expect(changes.c_spec).toMatchObject({ cancels: true, cancelsIfActive: false, priorJobState: 'RUNNING' });
    expect(changes.b_labels.cancels).toBe(false);
    // The cancel inside the replace is not counted as a cancel
    expect(result.counts).toEqual({ import: 0, add: 1, change: 1, replace: 1, cancel: 0, cancelIfActive: 0, forget: 1, destroy: 0, noop: 1 });
  });

  test('a changed project forces a replacement', () => {
    const result = plan({ desired: [desiredJob('j', training('j_1'), { project: 'new-project' })], prior: [priorJob('j', training('j_1'), 'SUCCEEDED', { project: 'old-project' })] });
    expect(result.changes[0]).toMatchObject({ action: 'replace', replacePaths: ['project'] });
  });
});

describe('buildPlan: cancelling the old job', () => {
  test.each([
    ['RUNNING', { cancels: true, cancelsIfActive: false }, { cancel: 1, cancelIfActive: 0, forget: 0 }],
    ['QUEUED', { cancels: true, cancelsIfActive: false }, { cancel: 1, cancelIfActive: 0, forget: 0 }],
    ['SUCCEEDED', { cancels: false, cancelsIfActive: false }, { cancel: 0, cancelIfActive: 0, forget: 1 }],
    ['CANCELLING', { cancels: false, cancelsIfActive: false }, { cancel: 0, cancelIfActive: 0, forget: 1 }],
    ['', { cancels: false, cancelsIfActive: true }, { cancel: 0, cancelIfActive: 1, forget: 0 }],
    [undefined, { cancels: false, cancelsIfActive: true }, { cancel: 0, cancelIfActive: 1, forget: 0 }],
    ['STATE_UNSPECIFIED', { cancels: false, cancelsIfActive: true }, { cancel: 0, cancelIfActive: 1, forget: 0 }],
  ])('a removed job in state %j', (state, flags, counts) => {
    const result = plan({ prior: [priorJob('gone', training('gone_1'), state)] });
    expect(result.changes[0]).toMatchObject({ action: 'delete', ...flags });
    expect(result.counts).toMatchObject(counts);
  });

  test('the project\'s job list is newer than the state and settles an unknown state', () => {
    const projectJobs = [{ ...training('gone_1'), state: 'FAILED' }, { ...training('other_1'), state: 'RUNNING' }];
    const result = plan({ prior: [priorJob('gone', training('gone_1'), 'RUNNING'), priorJob('other', training('other_1'), '')], projectJobs });
    expect(byResource(result).gone).toMatchObject({ priorJobState: 'FAILED', cancels: false, cancelsIfActive: false });
    expect(byResource(result).other).toMatchObject({ priorJobState: 'RUNNING', cancels: true });
    expect(result.counts).toMatchObject({ cancel: 1, forget: 1, cancelIfActive: 0 });
  });
});

describe('buildPlan: ids across jobs', () => {
  const ruleIds = (result: ReturnType<typeof plan>) => result.findings.filter((f) => f.ruleId.startsWith('MLJ-PLAN')).map((f) => [f.ruleId, f.resource.split('/')[0]]);

  test('MLJ-PLAN-001: the same id twice in one project, on both jobs; other projects and ids known only at apply are not compared', () => {
    const result = plan({
      stacks: ['a', 'b', 'c', 'd', 'e'],
      desired: [
        desiredJob('j', training('shared_1'), { stack: 'a' }),
        desiredJob('j', training('shared_1'), { stack: 'b' }),
        desiredJob('j', training('shared_1'), { stack: 'c', project: 'elsewhere' }),
        desiredJob('j', training('${var.id}'), { stack: 'd' }),
        desiredJob('j', training('${var.id}'), { stack: 'e' }),
      ],
    });
    expect(ruleIds(result)).toEqual([['MLJ-PLAN-001', 'a'], ['MLJ-PLAN-001', 'b']]);
    expect(result.findings.find((f) => f.resource.startsWith('a/'))?.message).toBe('jobId "shared_1" is also the id of b/google_ml_engine_job.j.');
  });

  test('an escaped id is compared as the id the service receives', () => {
    const result = plan({
      stacks: ['a', 'b'],
      desired: [desiredJob('j', training('x_$${y}'), { stack: 'a' }), desiredJob('j', training('x_${y}'), { stack: 'b', strings: 'literal' })],
    });
    expect(ruleIds(result).filter(([id]) => id === 'MLJ-PLAN-001')).toEqual([['MLJ-PLAN-001', 'a'], ['MLJ-PLAN-001', 'b']]);
  });

  test('MLJ-PLAN-002: a new job whose id exists in the project; MLJ-PLAN-003: a replacement that keeps its id', () => {
    const result = plan({
      desired: [desiredJob('taken', training('old_1')), desiredJob('kept', training('kept_1', { masterType: 'n1-standard-16' }))],
      prior: [priorJob('kept', training('kept_1'), 'SUCCEEDED')],
      projectJobs: [{ ...training('old_1'), state: 'SUCCEEDED' }],
    });
    const messages = Object.fromEntries(result.findings.filter((f) => f.ruleId.startsWith('MLJ-PLAN')).map((f) => [f.ruleId, f.message]));
    expect(messages['MLJ-PLAN-002']).toBe('jobId "old_1" already exists in the project (SUCCEEDED); ids are never reusable.');
    expect(messages['MLJ-PLAN-003']).toBe('The spec changes (trainingInput.masterType) but jobId stays "kept_1"; the service never reuses a job id.');
  });
});

describe('buildPlan: values known only at apply (MLJ-PLAN-004)', () => {
  test('a job that keeps its id: Terraform replaces it (it cannot prove the value unchanged), and the kept id is MLJ-PLAN-003', () => {
    const result = plan({
      desired: [desiredJob('j', training('j_1', { serviceAccount: '${google_service_account.sa.email}' }))],
      prior: [priorJob('j', training('j_1', { serviceAccount: 'sa@p.iam.gserviceaccount.com' }), 'SUCCEEDED')],
    });
    expect(result.changes[0]).toMatchObject({ action: 'replace', replacePaths: ['trainingInput.serviceAccount'], unknownPaths: ['trainingInput.serviceAccount'] });
    expect(result.counts).toMatchObject({ replace: 1, noop: 0 });
    const [finding] = result.findings.filter((f) => f.ruleId === 'MLJ-PLAN-004');
    expect(finding).toMatchObject({ severity: 'info', path: 'trainingInput.serviceAccount' });
    expect(finding.message).toBe('trainingInput.serviceAccount is known only at apply; Terraform will replace the job (it cannot tell whether the value changes).');
    const [kept] = result.findings.filter((f) => f.ruleId === 'MLJ-PLAN-003');
    expect(kept).toMatchObject({ severity: 'error', path: 'jobId' });
    expect(kept.message).toBe(
      'Terraform will replace the job (trainingInput.serviceAccount is known only at apply) but jobId stays "j_1" (a derived id hashes a reference as ' +
        'written, not its value); the service never reuses a job id, so the create fails with ALREADY_EXISTS.',
    );
    expect(kept.fix).toMatch(/jobIdSalt/);
  });

  test('a job replaced under a new id: MLJ-PLAN-004 for the unknown value, no MLJ-PLAN-003; a new job: none', () => {
    const result = plan({
      desired: [
        desiredJob('j', training('j_2', { masterType: 'n1-standard-16', serviceAccount: '${google_service_account.sa.email}' })),
        desiredJob('k', training('k_1', { serviceAccount: '${google_service_account.sa.email}' })),
      ],
      prior: [priorJob('j', training('j_1', { serviceAccount: 'sa@p.iam.gserviceaccount.com' }), 'SUCCEEDED')],
    });
    expect(result.changes.find((c) => c.resource.endsWith('.j'))?.replacePaths).toEqual(['jobId', 'trainingInput.masterType', 'trainingInput.serviceAccount']);
    const findings = result.findings.filter((f) => f.ruleId.startsWith('MLJ-PLAN'));
    expect(findings.map((f) => [f.ruleId, f.resource, f.message])).toEqual([
      ['MLJ-PLAN-004', 'vision/google_ml_engine_job.j', 'trainingInput.serviceAccount is known only at apply; Terraform will replace the job (it cannot tell whether the value changes).'],
    ]);
  });

  test('a kept id with a changed spec and an unknown value: MLJ-PLAN-003 names the changed fields', () => {
    const result = plan({
      desired: [desiredJob('j', training('j_1', { masterType: 'n1-standard-16', serviceAccount: '${google_service_account.sa.email}' }))],
      prior: [priorJob('j', training('j_1', { serviceAccount: 'sa@p.iam.gserviceaccount.com' }), 'SUCCEEDED')],
    });
    const [kept] = result.findings.filter((f) => f.ruleId === 'MLJ-PLAN-003');
    expect(kept.message).toBe('The spec changes (trainingInput.masterType) but jobId stays "j_1"; the service never reuses a job id.');
  });

  test('a project known only at apply replaces the job, as the provider marks it', () => {
    const result = plan({
      desired: [desiredJob('j', training('j_2'), { project: '${var.project}' })],
      prior: [priorJob('j', training('j_2'), 'SUCCEEDED', { project: 'p' })],
    });
    expect(result.changes[0]).toMatchObject({ action: 'replace', replacePaths: ['project'], unknownPaths: ['project'] });
  });

  test('labels known only at apply are an update in place, not a replacement', () => {
    const result = plan({
      desired: [desiredJob('j', training('j_1', {}, { team: '${var.team}' }))],
      prior: [priorJob('j', training('j_1', {}, { team: 'a' }), 'SUCCEEDED')],
    });
    expect(result.changes[0]).toMatchObject({ action: 'update', replacePaths: [], unknownPaths: [] });
    expect(result.findings.filter((f) => f.ruleId.startsWith('MLJ-PLAN'))).toEqual([]);
  });
});

describe('buildPlan: findings, schedule and cost', () => {
  test('the rules run on every desired job (as the service receives it); unknown fields are MLJ-PLAN-005', () => {
    const bad = { ...desiredJob('bad', training('bad_1', { masterConfig: { imageUri: 'gcr.io/p/t:1', acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 3 } } })), unknownFields: ['training_input.scale_teir'] };
    const result = plan({ desired: [bad] });
    expect(result.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['MLJ-ACCEL-003', 'MLJ-PLAN-005']));
    expect(result.findings.find((f) => f.ruleId === 'MLJ-PLAN-005')).toMatchObject({ path: 'training_input.scale_teir', severity: 'warning', location: bad.location });
    expect(result.summary.errors).toBeGreaterThan(0);
  });

  test('new and replacing jobs are scheduled; every job in code has a cost line with the price date', () => {
    const result = plan({
      desired: [desiredJob('a', training('a_1')), desiredJob('b', training('b_1'))],
      prior: [priorJob('b', training('b_1'), 'RUNNING')],
    });
    expect(result.schedule.map((entry) => entry.resource)).toEqual(['vision/google_ml_engine_job.a']);
    expect(result.costs.map((line) => [line.resource, line.action, line.cost.hours])).toEqual([
      ['vision/google_ml_engine_job.a', 'create', 2],
      ['vision/google_ml_engine_job.b', 'no-op', 2],
    ]);
    expect(result.priceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the same inputs give the same plan', () => {
    const inputs = { desired: [desiredJob('b', training('b_1')), desiredJob('a', training('a_1'))], prior: [priorJob('c', training('c_1'), 'RUNNING')] };
    expect(JSON.stringify(plan(inputs))).toBe(JSON.stringify(plan(inputs)));
  });
});

/** A Vertex AI custom job: a primary pool with a V100, two workers, a 2-hour timeout. */
function customJob(displayName = 'train-resnet', labels: Record<string, string> = { team: 'vision' }, primaryMachine = 'n1-standard-8'): CustomJob {
  return {
    displayName,
    labels,
    jobSpec: {
      workerPoolSpecs: [
        {
          replicaCount: 1,
          machineSpec: { machineType: primaryMachine, acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 1 },
          containerSpec: { imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:1' },
        },
        { replicaCount: 2, machineSpec: { machineType: 'n1-standard-8' }, containerSpec: { imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:1' } },
      ],
      scheduling: { timeout: '7200s' },
    },
  };
}

const byCustomJob = (result: ReturnType<typeof plan>) =>
  Object.fromEntries(result.changes.map((change) => [change.resource.replace('vision/google_vertex_ai_custom_job.', ''), change]));

describe('buildPlan: Vertex AI custom jobs', () => {
  test('a new job is created; the same job is no change; any change replaces, labels too (customJobs has no patch method)', () => {
    // GIVEN
    const result = plan({
      desiredCustomJobs: [
        desiredCustomJob('a_new', customJob()),
        desiredCustomJob('b_labels', customJob('train-resnet', { team: 'nlp' })),
        desiredCustomJob('c_spec', customJob('train-resnet', { team: 'vision' }, 'n1-standard-16')),
        desiredCustomJob('d_same', customJob()),
        desiredCustomJob('e_moved', customJob(), { region: 'europe-west4' }),
      ],
      priorCustomJobs: [
        priorCustomJob('b_labels', customJob(), 'JOB_STATE_SUCCEEDED'),
        priorCustomJob('c_spec', customJob(), 'JOB_STATE_RUNNING'),
        priorCustomJob('d_same', customJob(), 'JOB_STATE_SUCCEEDED'),
        priorCustomJob('e_moved', customJob(), 'JOB_STATE_FAILED'),
      ],
    });

    // THEN
    const changes = byCustomJob(result);
    expect(Object.entries(changes).map(([name, change]) => [name, change.type, change.action])).toEqual([
      ['a_new', 'google_vertex_ai_custom_job', 'create'],
      ['b_labels', 'google_vertex_ai_custom_job', 'replace'],
      ['c_spec', 'google_vertex_ai_custom_job', 'replace'],
      ['d_same', 'google_vertex_ai_custom_job', 'no-op'],
      ['e_moved', 'google_vertex_ai_custom_job', 'replace'],
    ]);
    expect(changes.b_labels.replacePaths).toEqual(['labels']);
    expect(changes.c_spec.replacePaths).toEqual(['jobSpec.workerPoolSpecs.0.machineSpec.machineType']);
    expect(changes.c_spec).toMatchObject({ cancels: true, cancelsIfActive: false, priorJobState: 'JOB_STATE_RUNNING' });
    expect(changes.e_moved).toMatchObject({ replacePaths: ['location'], region: 'europe-west4', priorRegion: 'us-central1', cancels: false });
    expect(result.counts).toEqual({ import: 0, add: 1, change: 0, replace: 3, cancel: 0, cancelIfActive: 0, forget: 0, destroy: 0, noop: 1 });
  });

  test('ids are server-assigned: the same display name twice, or a replacement, is no id finding', () => {
    const result = plan({
      stacks: ['a', 'b'],
      desiredCustomJobs: [desiredCustomJob('j', customJob(), { stack: 'a' }), desiredCustomJob('j', customJob(), { stack: 'b' }), desiredCustomJob('k', customJob('other'), { stack: 'a' })],
      priorCustomJobs: [priorCustomJob('k', customJob(), 'JOB_STATE_SUCCEEDED', { stack: 'a' })],
    });
    expect(result.findings.filter((f) => /^MLJ-PLAN-00[123]$/.test(f.ruleId))).toEqual([]);
  });

  test.each([
    ['JOB_STATE_RUNNING', { cancels: true, cancelsIfActive: false }, { cancel: 1, cancelIfActive: 0, destroy: 0, forget: 0 }],
    ['JOB_STATE_QUEUED', { cancels: true, cancelsIfActive: false }, { cancel: 1, cancelIfActive: 0, destroy: 0, forget: 0 }],
    ['JOB_STATE_PENDING', { cancels: true, cancelsIfActive: false }, { cancel: 1, cancelIfActive: 0, destroy: 0, forget: 0 }],
    ['JOB_STATE_PAUSED', { cancels: true, cancelsIfActive: false }, { cancel: 1, cancelIfActive: 0, destroy: 0, forget: 0 }],
    ['JOB_STATE_SUCCEEDED', { cancels: false, cancelsIfActive: false }, { cancel: 0, cancelIfActive: 0, destroy: 1, forget: 0 }],
    ['JOB_STATE_CANCELLING', { cancels: false, cancelsIfActive: false }, { cancel: 0, cancelIfActive: 0, destroy: 1, forget: 0 }],
    ['JOB_STATE_EXPIRED', { cancels: false, cancelsIfActive: false }, { cancel: 0, cancelIfActive: 0, destroy: 1, forget: 0 }],
    ['', { cancels: false, cancelsIfActive: true }, { cancel: 0, cancelIfActive: 1, destroy: 0, forget: 0 }],
    [undefined, { cancels: false, cancelsIfActive: true }, { cancel: 0, cancelIfActive: 1, destroy: 0, forget: 0 }],
    ['RUNNING', { cancels: false, cancelsIfActive: true }, { cancel: 0, cancelIfActive: 1, destroy: 0, forget: 0 }],
  ])('a removed custom job in state %j is cancelled if active, then deleted', (state, flags, counts) => {
    const result = plan({ priorCustomJobs: [priorCustomJob('gone', customJob(), state)] });
    expect(result.changes[0]).toMatchObject({ type: 'google_vertex_ai_custom_job', action: 'delete', ...flags });
    expect(result.counts).toMatchObject(counts);
  });

  test('the project\'s custom job list, matched by resource name, is newer than the state', () => {
    const name = 'projects/my-ml-project/locations/us-central1/customJobs/111';
    const result = plan({
      priorCustomJobs: [priorCustomJob('gone', customJob(), 'JOB_STATE_RUNNING', { id: '111' })],
      projectCustomJobs: [{ ...customJob(), name, state: 'JOB_STATE_FAILED' }],
    });
    expect(result.changes[0]).toMatchObject({ priorJobState: 'JOB_STATE_FAILED', cancels: false, cancelsIfActive: false });
    expect(result.counts).toMatchObject({ destroy: 1, cancel: 0 });
  });

  test('a value known only at apply replaces the custom job (MLJ-PLAN-004); an unknown field is MLJ-PLAN-005 naming the resource type', () => {
    const desired = desiredCustomJob('j', customJob('${var.name}'));
    const result = plan({
      desiredCustomJobs: [{ ...desired, unknownFields: ['job_spec.0.tensorboardx'] }],
      priorCustomJobs: [priorCustomJob('j', customJob(), 'JOB_STATE_SUCCEEDED')],
    });
    expect(result.changes[0]).toMatchObject({ action: 'replace', replacePaths: ['displayName'], unknownPaths: ['displayName'] });
    const byRule = Object.fromEntries(result.findings.map((f) => [f.ruleId, f]));
    expect(byRule['MLJ-PLAN-004']).toMatchObject({ path: 'displayName', message: 'displayName is known only at apply; Terraform will replace the job (it cannot tell whether the value changes).' });
    expect(byRule['MLJ-PLAN-005']).toMatchObject({ path: 'job_spec.0.tensorboardx', message: 'job_spec.0.tensorboardx is not a field of google_vertex_ai_custom_job.' });
  });

  test('cost from the catalog\'s ML units where it knows the machines (V100 estimated), schedule by timeout', () => {
    const result = plan({ desiredCustomJobs: [desiredCustomJob('j', customJob())] });
    const [cost] = result.costs;
    // 3 × n1-standard-8 (0.7755 units/h) + 1 V100 (5.4498, estimate) = 7.7763 units/h × $0.49 (Americas), 2 hours
    expect(cost).toMatchObject({ resource: 'vision/google_vertex_ai_custom_job.j', action: 'create', cost: { perHour: 3.81, hours: 2, worstCase: 7.62 } });
    expect(cost.cost.gaps).toEqual([expect.stringMatching(/^GPU prices are estimates/)]);
    expect(result.schedule).toEqual([expect.objectContaining({ resource: 'vision/google_vertex_ai_custom_job.j', maxRunningSeconds: 7200, worstCaseStart: 0 })]);
    const uses = Object.fromEntries(result.schedule[0].uses.map((use) => [use.key, use.amount]));
    expect(uses).toMatchObject({ 'accelerators/us-central1/NVIDIA_TESLA_V100': 1, 'vcpus/us-central1': 24 });
  });

  test('a machine type the catalog does not know leaves the cost and vCPUs unknown, never guessed; no timeout is 7 days', () => {
    const job = customJob('train', {}, 'e2-standard-8');
    const unpriced: CustomJob = { ...job, jobSpec: { workerPoolSpecs: [job.jobSpec.workerPoolSpecs[0]] } };
    const result = plan({ desiredCustomJobs: [desiredCustomJob('j', unpriced)] });
    const [cost] = result.costs;
    expect(cost.cost.perHour).toBeUndefined();
    expect(cost.cost.worstCase).toBeUndefined();
    expect(cost.cost.hours).toBe(168);
    expect(cost.cost.gaps).toEqual([
      'jobSpec.workerPoolSpecs[0].machineSpec.machineType "e2-standard-8" has no published ML units',
      'the vCPUs of e2-standard-8 are not in the catalog',
    ]);
  });

  test('a custom job that stays running holds its quota: a new job waits behind it', () => {
    const big = (name: string): CustomJob => ({
      displayName: name,
      jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 8 }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] },
    });
    const result = plan({
      desiredCustomJobs: [desiredCustomJob('old', big('old')), desiredCustomJob('new', big('new'))],
      priorCustomJobs: [priorCustomJob('old', big('old'), 'JOB_STATE_RUNNING')],
    });
    expect(result.running.map((hold) => hold.resource)).toEqual(['vision/google_vertex_ai_custom_job.old']);
    expect(result.schedule).toEqual([expect.objectContaining({ resource: 'vision/google_vertex_ai_custom_job.new', worstCaseStart: 7 * 24 * 3600, waitsBehind: ['vision/google_vertex_ai_custom_job.old'] })]);
  });

  test('the Vertex AI rules run on every desired custom job, in its region, as the service receives it', () => {
    const job = customJob();
    const twoPrimaries: CustomJob = { ...job, jobSpec: { ...job.jobSpec, workerPoolSpecs: [{ ...job.jobSpec.workerPoolSpecs[0], replicaCount: 2 }] } };
    const result = plan({ desiredCustomJobs: [desiredCustomJob('j', twoPrimaries), desiredCustomJob('ok', customJob())] });
    const vertex = result.findings.filter((f) => f.ruleId.startsWith('MLJ-VERTEX'));
    expect(vertex).toEqual([expect.objectContaining({
      ruleId: 'MLJ-VERTEX-002',
      severity: 'error',
      resource: 'vision/google_vertex_ai_custom_job.j',
      path: 'jobSpec.workerPoolSpecs[0].replicaCount',
      location: { file: 'cdktf.out/stacks/vision/cdk.tf.json', pointer: '/resource/google_vertex_ai_custom_job/j' },
    })]);
    expect(result.summary.errors).toBe(1);
  });

  test('ML Engine jobs and custom jobs in one plan, sorted by resource', () => {
    const result = plan({ desired: [desiredJob('m', training('m_1'))], desiredCustomJobs: [desiredCustomJob('v', customJob())] });
    expect(result.changes.map((change) => [change.type, change.resource])).toEqual([
      ['google_ml_engine_job', 'vision/google_ml_engine_job.m'],
      ['google_vertex_ai_custom_job', 'vision/google_vertex_ai_custom_job.v'],
    ]);
    expect(result.counts.add).toBe(2);
  });
});
