import { CustomJob } from '../../../src/model/custom-job';
import { Job } from '../../../src/model/job';
import { buildPlan, PlanInputs } from '../../../src/plan/build-plan';
import { renderPlanText } from '../../../src/plan/render/plan-text';
import { desiredCustomJob, desiredJob, priorCustomJob, priorJob } from '../plan-test-helpers';

function training(jobId: string, extra: Partial<NonNullable<Job['trainingInput']>> = {}, labels: Record<string, string> = { team: 'vision' }): Job {
  return {
    jobId,
    labels,
    trainingInput: {
      region: 'us-central1',
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'gcr.io/my-ml-project/trainer:1.4.2', acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } },
      scheduling: { maxRunningTime: '7200s' },
      ...extra,
    },
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

function text(inputs: Partial<PlanInputs>): string {
  return renderPlanText(buildPlan({ desired: [], stacks: ['vision'], today: '2026-11-24', ...inputs }));
}

describe('renderPlanText', () => {
  test('a created job: every attribute, nested blocks as blocks, references as (known after apply)', () => {
    const out = text({ desired: [desiredJob('census', training('census_1', { args: ['--out=$${AIP_MODEL_DIR}', '${var.data}'] }))] });
    expect(out).toContain([
      '  # vision/google_ml_engine_job.census will be created',
      '  + resource "google_ml_engine_job" "census" {',
      '      + job_id = "census_1"',
      '      + labels = {',
      '          + "team" = "vision"',
      '        }',
      '      + training_input {',
      '          + args        = ["--out=${AIP_MODEL_DIR}", (known after apply)]',
      '          + master_type = "n1-standard-8"',
      '          + region      = "us-central1"',
      '          + scale_tier  = "CUSTOM"',
      '          + master_config {',
    ].join('\n'));
    expect(out).toMatch(/Plan: 1 to add, 0 to change, 0 to replace, 0 to cancel\. \d+ errors?, \d+ warnings?, \d+ infos?\.\n$/);
  });

  test('labels updated in place: added, removed and changed keys', () => {
    const out = text({
      desired: [desiredJob('census', training('census_1', {}, { team: 'nlp', owner: 'ana' }))],
      prior: [priorJob('census', training('census_1', {}, { team: 'vision', cost: 'c1' }), 'RUNNING')],
    });
    expect(out).toContain([
      '  # vision/google_ml_engine_job.census will be updated in place (labels only)',
      '  ~ resource "google_ml_engine_job" "census" {',
      '        job_id = "census_1"',
      '      ~ labels = {',
      '          - "cost" = "c1"',
      '          + "owner" = "ana"',
      '          ~ "team" = "vision" -> "nlp"',
      '        }',
      '    }',
    ].join('\n'));
  });

  test('a replacement lists jobId and each forcing field, old -> new', () => {
    const out = text({
      desired: [desiredJob('census', training('census_2', { runtimeVersion: '2.10' }))],
      prior: [priorJob('census', training('census_1', { runtimeVersion: '2.1' }), 'SUCCEEDED')],
    });
    expect(out).toContain([
      '  # vision/google_ml_engine_job.census must be replaced (the old job is SUCCEEDED)',
      '-/+ resource "google_ml_engine_job" "census" {',
      '      ~ job_id = "census_1" -> "census_2" # forces replacement',
      '      ~ training_input.runtime_version = "2.1" -> "2.10" # forces replacement',
      '    }',
    ].join('\n'));
  });

  test('removed jobs: cancelled, cancelled if still active, or forgotten', () => {
    const out = text({ prior: [priorJob('a', training('a_1'), 'RUNNING'), priorJob('b', training('b_1'), undefined), priorJob('c', training('c_1'), 'FAILED')] });
    expect(out).toContain('# vision/google_ml_engine_job.a will be cancelled (it is RUNNING) and removed from the state');
    expect(out).toContain('# vision/google_ml_engine_job.b will be cancelled if still active and removed from the state (its state is unknown; pass --jobs with the project\'s job list to know)');
    expect(out).toContain('# vision/google_ml_engine_job.c will be removed from the state (it is FAILED; nothing to cancel)');
    expect(out).toContain('      - job_id = "a_1"');
    expect(out).toMatch(/Plan: 0 to add, 0 to change, 0 to replace, 1 to cancel, 1 to cancel if still active, 1 to forget\./);
  });

  test('no changes: said once, with the count of unchanged jobs; findings, schedule and cost sections', () => {
    const same = training('census_1');
    const unchanged = text({ desired: [desiredJob('census', same)], prior: [priorJob('census', same, 'SUCCEEDED')] });
    expect(unchanged).toContain('No changes. The jobs match the prior state.\n\n1 job unchanged.\n');
    expect(text({ desired: [] })).toContain('No changes: no job in the code or in the prior state.\n');
    expect(unchanged).toContain('Cost (worst case, USD, catalog prices read ');
    expect(unchanged).not.toContain('Schedule (worst case');

    const created = text({ desired: [desiredJob('census', training('census_1', { masterConfig: { imageUri: 'gcr.io/p/t:1', acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 3 } } }))] });
    expect(created).toMatch(/Findings:\n {2}error {3}MLJ-ACCEL-003 {2}vision\/google_ml_engine_job\.census trainingInput\.masterConfig\.acceleratorConfig\.count: /);
    expect(created).toContain('Schedule (worst case: every earlier job runs its full maxRunningTime; quotas: catalog defaults, unconfirmed):');
    expect(created).toMatch(/vision \(new jobs\) +total/);
  });

  test('Vertex AI custom jobs: created with their location; replaced with the new name known after apply; removed and deleted', () => {
    const out = text({
      desiredCustomJobs: [desiredCustomJob('a', vertexJob('train-a')), desiredCustomJob('b', vertexJob('train-b', 'n1-standard-8'))],
      priorCustomJobs: [priorCustomJob('b', vertexJob('train-b'), undefined), priorCustomJob('c', vertexJob('train-c'), 'JOB_STATE_QUEUED')],
    });
    expect(out).toContain([
      '  # vision/google_vertex_ai_custom_job.a will be created',
      '  + resource "google_vertex_ai_custom_job" "a" {',
      '      + display_name = "train-a"',
    ].join('\n'));
    expect(out).toContain('      + location     = "us-central1"');
    expect(out).toContain([
      "  # vision/google_vertex_ai_custom_job.b must be replaced (the old job's state is unknown: it is cancelled if still active, then deleted; pass --jobs with the project's custom job list to know)",
      '-/+ resource "google_vertex_ai_custom_job" "b" {',
      '      ~ name = "projects/my-ml-project/locations/us-central1/customJobs/1234567890" -> (known after apply)',
      '      ~ job_spec.worker_pool_specs.0.machine_spec.machine_type = "n1-standard-4" -> "n1-standard-8" # forces replacement',
      '    }',
    ].join('\n'));
    expect(out).toContain('  # vision/google_vertex_ai_custom_job.c will be cancelled (it is JOB_STATE_QUEUED), then deleted');
    expect(out).toContain('Plan: 1 to add, 0 to change, 1 to replace, 1 to cancel.');
    expect(out).toContain('  note: Vertex AI custom jobs are priced with the same AI Platform Training units');
  });

  test('no pricing note for a plan without custom jobs', () => {
    expect(text({ desired: [desiredJob('census', training('census_1'))] })).not.toContain('Vertex AI custom jobs are priced');
  });
});
