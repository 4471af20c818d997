import { CustomJob } from '../model/custom-job';
import { ApiError } from './api-error';
import { EmulatorClock, timestamp } from './emulator-clock';
import { DEFAULT_DURATIONS, JobState, JobTimeline, PhaseDurations, jobStatusAt } from './job-lifecycle';
import { ListQuery, listPage, PageSizes } from './list-page';
import { validateNewCustomJob } from './validate-custom-job';

/** Options of {@link createCustomJobStore}. */
export interface CustomJobStoreOptions {
  /** The clock every time and state change is read from. */
  readonly clock: EmulatorClock;
  /**
   * Phase durations, shared with the ML Engine jobs: `queuedMs` in JOB_STATE_QUEUED, `preparingMs` in
   * JOB_STATE_PENDING, `runningMs` in JOB_STATE_RUNNING, `cancellingMs` in JOB_STATE_CANCELLING.
   * @default DEFAULT_DURATIONS
   */
  readonly durations?: Partial<PhaseDurations>;
}

/**
 * The query of `projects.locations.customJobs.list`: `pageSize` 1 to 1000, default 100; `filter` terms on the job's
 * fields (`state=JOB_STATE_RUNNING`, `labels.team=ml`, `display_name="x"`), see `parseJobFilter`.
 */
export interface ListCustomJobsQuery extends ListQuery {}

/** The answer of `projects.locations.customJobs.list`: `{}` when no job matches. */
export interface ListCustomJobsResponse {
  readonly customJobs?: CustomJob[];
  readonly nextPageToken?: string;
}

/** The long-running operation `projects.locations.customJobs.delete` answers with, already done. */
export interface DeleteOperation {
  readonly name: string;
  readonly metadata: { readonly '@type': string; readonly genericMetadata: { readonly createTime: string; readonly updateTime: string } };
  readonly done: true;
  readonly response: { readonly '@type': string };
}

/**
 * The emulator's Vertex AI custom jobs, without HTTP: each method is one `projects.locations.customJobs` call and
 * throws an `ApiError` where the service answers with an error. Ids are assigned by the server (numbers, unique
 * forever); a job cannot be modified (the API has no patch). States: JOB_STATE_QUEUED → JOB_STATE_PENDING →
 * JOB_STATE_RUNNING → JOB_STATE_SUCCEEDED on the clock; cancel → JOB_STATE_CANCELLING → JOB_STATE_CANCELLED with
 * `error.code` 1 (CANCELLED); delete only once the job has ended.
 *
 * The name carries the project as the request named it (the service writes the project number there).
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs
 */
export interface CustomJobStore {
  /** `create`: the job as stored (JOB_STATE_QUEUED), its `name` holding the new id. */
  create(project: string, location: string, body: unknown): CustomJob;
  /** `get`. */
  get(project: string, location: string, id: string): CustomJob;
  /** `list`: newest first. */
  list(project: string, location: string, query?: ListCustomJobsQuery): ListCustomJobsResponse;
  /** `cancel`: only while QUEUED, PENDING or RUNNING; answers `{}`. */
  cancel(project: string, location: string, id: string): Record<string, never>;
  /** `delete`: only a job that has ended (succeeded, failed or cancelled). */
  delete(project: string, location: string, id: string): DeleteOperation;
  /** Fault injection: the job fails now with `message` (only while it has not ended). */
  fail(project: string, location: string, id: string, message: string): CustomJob;
  /** Forgets every job and restarts the counters. */
  reset(): void;
}

/** A custom job's state by the ML Engine lifecycle's state (the same clock, Vertex's names). */
const VERTEX_STATE: { readonly [state in JobState]: string } = {
  QUEUED: 'JOB_STATE_QUEUED',
  PREPARING: 'JOB_STATE_PENDING',
  RUNNING: 'JOB_STATE_RUNNING',
  SUCCEEDED: 'JOB_STATE_SUCCEEDED',
  FAILED: 'JOB_STATE_FAILED',
  CANCELLING: 'JOB_STATE_CANCELLING',
  CANCELLED: 'JOB_STATE_CANCELLED',
};

const CANCELLABLE: readonly JobState[] = ['QUEUED', 'PREPARING', 'RUNNING'];
const ENDED: readonly JobState[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
/** `customJobs.list`: 100 jobs a page unless asked, at most 1,000. */
const PAGE_SIZES: PageSizes = { default: 100, max: 1000 };
/** Ids are 19-digit numbers, like the service's; counted from here so every run assigns the same ones. */
const FIRST_ID = 1_000_000_000_000_000_000n;

interface StoredCustomJob {
  readonly project: string;
  readonly location: string;
  readonly id: string;
  readonly sequence: number;
  readonly input: CustomJob;
  timeline: JobTimeline;
}

/** Creates an empty custom job store. */
export function createCustomJobStore(options: CustomJobStoreOptions): CustomJobStore {
  const { clock } = options;
  const durations: PhaseDurations = { ...DEFAULT_DURATIONS, ...Object.fromEntries(Object.entries(options.durations ?? {}).filter(([, v]) => v !== undefined)) };
  let jobs = new Map<string, StoredCustomJob>();
  let sequence = 0;
  let operations = 0;

  const find = (project: string, location: string, id: string): StoredCustomJob => {
    const job = jobs.get(key(project, location, id));
    if (!job) throw new ApiError('NOT_FOUND', `The CustomJob does not exist: projects/${project}/locations/${location}/customJobs/${id}`);
    return job;
  };
  const stateOf = (job: StoredCustomJob): JobState => jobStatusAt(job.timeline, durations, clock.now()).state;
  const render = (job: StoredCustomJob): CustomJob => renderCustomJob(job, durations, clock.now());

  return {
    create(project, location, body) {
      const input = validateNewCustomJob(body);
      sequence += 1;
      const id = String(FIRST_ID + BigInt(sequence));
      const stored: StoredCustomJob = { project, location, id, sequence, input, timeline: { createdAt: clock.now() } };
      jobs.set(key(project, location, id), stored);
      return render(stored);
    },
    get(project, location, id) {
      return render(find(project, location, id));
    },
    list(project, location, query = {}) {
      const here = [...jobs.values()].filter((job) => job.project === project && job.location === location);
      const { items, nextPageToken } = listPage(here, query, { sizes: PAGE_SIZES, tokenKind: 'custom-jobs', render, filterText: camelCaseFilterNames });
      if (items.length === 0) return {};
      return { customJobs: items, ...(nextPageToken ? { nextPageToken } : {}) };
    },
    cancel(project, location, id) {
      const job = find(project, location, id);
      const state = stateOf(job);
      if (!CANCELLABLE.includes(state)) {
        throw new ApiError('FAILED_PRECONDITION', `Cannot cancel CustomJob projects/${project}/locations/${location}/customJobs/${id}: it is ${VERTEX_STATE[state]}; only a queued, pending or running job can be cancelled.`);
      }
      job.timeline = { ...job.timeline, cancelledAt: clock.now() };
      return {};
    },
    delete(project, location, id) {
      const job = find(project, location, id);
      const state = stateOf(job);
      if (!ENDED.includes(state)) {
        throw new ApiError('FAILED_PRECONDITION', `Cannot delete CustomJob projects/${project}/locations/${location}/customJobs/${id}: it is ${VERTEX_STATE[state]}; cancel it and delete it once it has ended.`);
      }
      jobs.delete(key(project, location, id));
      operations += 1;
      const now = timestamp(clock.now());
      return {
        name: `projects/${project}/locations/${location}/operations/${operations}`,
        metadata: { '@type': 'type.googleapis.com/google.cloud.aiplatform.v1.DeleteOperationMetadata', genericMetadata: { createTime: now, updateTime: now } },
        done: true,
        response: { '@type': 'type.googleapis.com/google.protobuf.Empty' },
      };
    },
    fail(project, location, id, message) {
      const job = find(project, location, id);
      if (ENDED.includes(stateOf(job)) || stateOf(job) === 'CANCELLING') {
        throw new ApiError('FAILED_PRECONDITION', `Cannot fail CustomJob ${id}: it is ${VERTEX_STATE[stateOf(job)]} already.`);
      }
      job.timeline = { ...job.timeline, failed: { at: clock.now(), message } };
      return render(job);
    },
    reset() {
      jobs = new Map();
      sequence = 0;
      operations = 0;
    },
  };
}

/**
 * The job as `get` answers at `now`: the input as created, `name`, `state`, `createTime`, `startTime` (first entered
 * RUNNING), `endTime`, `updateTime` (the last state change), `error` once it failed or was cancelled, and
 * `webAccessUris` while it runs with web access enabled.
 */
function renderCustomJob(job: StoredCustomJob, durations: PhaseDurations, now: number): CustomJob {
  const status = jobStatusAt(job.timeline, durations, now);
  const name = `projects/${job.project}/locations/${job.location}/customJobs/${job.id}`;
  const changes = [job.timeline.createdAt, status.startedAt, status.runningSince, status.endedAt, job.timeline.cancelledAt]
    .filter((at): at is number => at !== undefined && at <= now);
  const error = status.state === 'CANCELLED' ? { code: 1, message: 'CANCELED' } : status.state === 'FAILED' ? { code: 13, message: status.errorMessage ?? 'The job failed.' } : undefined;
  const pools = (job.input.jobSpec.workerPoolSpecs ?? []) as Array<{ replicaCount?: string | number }>;
  const webAccess = job.input.jobSpec.enableWebAccess === true && status.state === 'RUNNING'
    ? Object.fromEntries(pools.flatMap((pool, i) => Array.from({ length: Number(pool.replicaCount ?? (Object.keys(pool).length ? 1 : 0)) }, (_, r) => [
      `workerpool${i}-${r}`, `https://${job.id}-workerpool${i}-${r}.${job.location}.notebooks.googleusercontent.com/`,
    ])))
    : undefined;
  return {
    name,
    ...job.input,
    state: VERTEX_STATE[status.state],
    createTime: timestamp(job.timeline.createdAt),
    ...(status.runningSince !== undefined ? { startTime: timestamp(status.runningSince) } : {}),
    ...(status.endedAt !== undefined ? { endTime: timestamp(status.endedAt) } : {}),
    updateTime: timestamp(Math.max(...changes)),
    ...(error ? { error } : {}),
    ...(webAccess ? { webAccessUris: webAccess } : {}),
  };
}

function key(project: string, location: string, id: string): string {
  return `${project}\u0000${location}\u0000${id}`;
}

/** The filter with its snake_case field names (`display_name`) as the rendered job's camelCase ones (`displayName`). */
function camelCaseFilterNames(filter: string): string {
  return filter.replace(/\b([a-z]+(?:_[a-z]+)+)\b(?=\s*(?:!=|<=|>=|=|:|<|>))/g, (name) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));
}
