import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';
import { ApiError } from './api-error';
import { EmulatorClock } from './emulator-clock';
import { int64AsStrings } from './int64-fields';
import { CANCELLABLE_STATES, DEFAULT_DURATIONS, PhaseDurations, isActiveState, jobStatusAt } from './job-lifecycle';
import { ListQuery, listPage, PageSizes } from './list-page';
import { renderJob } from './render-job';
import { StoredJob, etagOf } from './stored-job';
import { ValidationLevel, validateLabels, validateNewJob } from './validate-job';

/** Options of {@link createJobStore}. */
export interface JobStoreOptions {
  /** The clock every time and state change is read from. */
  readonly clock: EmulatorClock;
  /** Phase durations; the ones not given keep their defaults. @default DEFAULT_DURATIONS */
  readonly durations?: Partial<PhaseDurations>;
  /** How much of a new job is checked. @default 'rules' */
  readonly validation?: ValidationLevel;
  /** The catalog of the rules and of the ML units reported. @default the built-in catalog */
  readonly catalog?: Catalog;
  /**
   * The status of a patch with a stale etag. The reference does not say which the service answers; google.rpc.Code
   * asks for FAILED_PRECONDITION (400) when a conditional update does not match and ABORTED (409) when the client
   * should redo its read-modify-write, and Google APIs answer either. Clients should handle both: test them with both.
   * @default 'FAILED_PRECONDITION'
   * @see https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto
   */
  readonly staleEtag?: 'FAILED_PRECONDITION' | 'ABORTED';
}

/** The query of `projects.jobs.list`: `pageSize` 1 to 100, default 20, more than 100 read as 100 (as the reference says). */
export interface ListJobsQuery extends ListQuery {}

/** The answer of `projects.jobs.list`: `{}` when no job matches. */
export interface ListJobsResponse {
  readonly jobs?: Job[];
  readonly nextPageToken?: string;
}

/**
 * The emulator's jobs, without HTTP: each method is one `projects.jobs` call and throws an `ApiError` where the
 * service answers with an error. Job ids are unique in a project forever: a finished or cancelled job keeps its id.
 */
export interface JobStore {
  /** The phase durations in force. */
  readonly durations: PhaseDurations;
  /** `projects.jobs.create`: the job as stored (QUEUED). */
  create(project: string, body: unknown): Job;
  /** `projects.jobs.get`. */
  get(project: string, jobId: string): Job;
  /** `projects.jobs.list`: newest first. */
  list(project: string, query?: ListJobsQuery): ListJobsResponse;
  /** `projects.jobs.patch`: labels only (`updateMask=labels` or `labels,etag`), guarded by the etag when the body has one. */
  patch(project: string, jobId: string, body: unknown, updateMask: string | undefined): Job;
  /** `projects.jobs.cancel`: only while QUEUED, PREPARING or RUNNING; answers `{}`. */
  cancel(project: string, jobId: string): Record<string, never>;
  /** Fault injection: the job fails now with `message` (only while it has not ended). */
  fail(project: string, jobId: string, message: string): Job;
  /** Forgets every job and restarts the counters. */
  reset(): void;
}

/** `projects.jobs.list`: 20 jobs a page unless asked, at most 100. */
const PAGE_SIZES: PageSizes = { default: 20, max: 100 };

/** Creates an empty job store. */
export function createJobStore(options: JobStoreOptions): JobStore {
  const { clock } = options;
  const durations: PhaseDurations = { ...DEFAULT_DURATIONS, ...definedOnly(options.durations ?? {}) };
  for (const [name, ms] of Object.entries(durations)) {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new RangeError(`${name} is ${String(ms)}; give 0 or more milliseconds`);
  }
  const catalog = options.catalog ?? Catalog.default();
  let jobs = new Map<string, StoredJob>();
  let sequence = 0;
  let version = 0;
  const nextEtag = (): string => etagOf(++version);

  const find = (project: string, jobId: string): StoredJob => {
    const job = jobs.get(key(project, jobId));
    if (!job) throw new ApiError('NOT_FOUND', `Field: name Error: The specified job projects/${project}/jobs/${jobId} was not found.`);
    return job;
  };
  const render = (job: StoredJob): Job => renderJob(job, durations, clock.now(), catalog);

  return {
    durations,
    create(project, body) {
      const job = validateNewJob(body, { today: new Date(clock.now()).toISOString().slice(0, 10), level: options.validation ?? 'rules', catalog });
      if (jobs.has(key(project, job.jobId))) {
        throw new ApiError('ALREADY_EXISTS', `Field: job.jobId Error: A job with the id "${job.jobId}" already exists in project ${project}; job ids are never reused, even after the job ends.`, [
          { field: 'jobId', description: 'a job with this id already exists' },
        ]);
      }
      const { labels, ...input } = job;
      const stored: StoredJob = {
        project,
        sequence: ++sequence,
        input: int64AsStrings(input) as Job,
        labels: { ...(labels ?? {}) },
        etag: nextEtag(),
        timeline: { createdAt: clock.now() },
      };
      jobs.set(key(project, job.jobId), stored);
      return render(stored);
    },
    get(project, jobId) {
      return render(find(project, jobId));
    },
    list(project, query = {}) {
      const projectJobs = [...jobs.values()].filter((job) => job.project === project);
      const { items, nextPageToken } = listPage(projectJobs, query, { sizes: PAGE_SIZES, tokenKind: 'jobs', render });
      if (items.length === 0) return {};
      return { jobs: items, ...(nextPageToken ? { nextPageToken } : {}) };
    },
    patch(project, jobId, body, updateMask) {
      const job = find(project, jobId);
      const paths = (updateMask ?? '').split(',').map((path) => path.trim()).filter((path) => path !== '');
      if (paths.length === 0) {
        throw new ApiError('INVALID_ARGUMENT', 'Field: update_mask Error: updateMask is required; set it to labels (or labels,etag).', [{ field: 'updateMask', description: 'required' }]);
      }
      const other = paths.filter((path) => path !== 'labels' && path !== 'etag');
      if (other.length > 0 || !paths.includes('labels')) {
        throw new ApiError('INVALID_ARGUMENT', `Field: update_mask Error: updateMask is "${paths.join(',')}"; only labels can be updated (with etag for a conditional update).`, [
          { field: 'updateMask', description: 'only labels and etag are supported' },
        ]);
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError('INVALID_ARGUMENT', 'Invalid JSON payload received. Expected a Job object.');
      const { labels, etag } = body as { labels?: unknown; etag?: unknown };
      if (etag !== undefined && etag !== null && etag !== '' && etag !== job.etag) {
        throw new ApiError(options.staleEtag ?? 'FAILED_PRECONDITION', `The etag "${String(etag)}" does not match the job's current etag "${job.etag}": the job changed since it was read. Read it again and retry.`, [
          { field: 'etag', description: 'does not match the current etag' },
        ]);
      }
      job.labels = { ...validateLabels(labels) };
      job.etag = nextEtag();
      return render(job);
    },
    cancel(project, jobId) {
      const job = find(project, jobId);
      const { state } = jobStatusAt(job.timeline, durations, clock.now());
      if (!CANCELLABLE_STATES.includes(state)) {
        throw new ApiError('FAILED_PRECONDITION', `Cannot cancel job projects/${project}/jobs/${jobId}: it is ${state}; only QUEUED, PREPARING and RUNNING jobs can be cancelled.`);
      }
      job.timeline = { ...job.timeline, cancelledAt: clock.now() };
      job.etag = nextEtag();
      return {};
    },
    fail(project, jobId, message) {
      const job = find(project, jobId);
      const { state } = jobStatusAt(job.timeline, durations, clock.now());
      if (!isActiveState(state)) throw new ApiError('FAILED_PRECONDITION', `Cannot fail job projects/${project}/jobs/${jobId}: it is ${state} already.`);
      job.timeline = { ...job.timeline, failed: { at: clock.now(), message } };
      job.etag = nextEtag();
      return render(job);
    },
    reset() {
      jobs = new Map();
      sequence = 0;
      version = 0;
    },
  };
}

function key(project: string, jobId: string): string {
  return `${project}\u0000${jobId}`;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
