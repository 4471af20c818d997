import { Job } from '../model/job';
import type { JobApi } from './apply-job-change';
import { CallOptions, JobPage, MlApiError } from './ml-api-client';

/** An API that can also list a project's jobs (`MlApiClient`). */
export interface ListingJobApi extends JobApi {
  listJobs(project: string, pageToken: string | undefined, options: CallOptions): Promise<JobPage>;
}

/** Statuses of a failure that may pass: 0 (no answer), 429 and 5xx. */
const PASSING_STATUSES = new Set([0, 429, 500, 502, 503, 504]);

/** Pages of 100 jobs (the API's largest page) read at most per project: a project with more jobs falls back to GET. */
export const LIST_PAGE_LIMIT = 10;

/**
 * Reads jobs for ReadResource, for the life of one provider process (one Terraform graph walk). The first job of a
 * project is read by GET, so a stack of one job costs one request. From the second job of the same project on, the
 * reads share one listing of the project (`projects.jobs.list`, pages of 100, at most `LIST_PAGE_LIMIT` pages), made
 * once: refreshing 200 jobs costs 3 requests instead of 200. A job the listing does not hold (a project with more
 * jobs than that, a job created after the listing), a listing that failed (the caller may have `ml.jobs.get` without
 * `ml.jobs.list`) and a job this process has changed are read by GET, so a read is never staler than a GET would be
 * at the time the listing was made.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs/list
 */
export class JobReader {
  private readonly readsByProject = new Map<string, number>();
  private readonly listings = new Map<string, Promise<Map<string, Job> | undefined>>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly api: JobApi,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** The job as the API has it now (or as this process's listing of its project had it). */
  public async getJob(project: string, jobId: string, options: CallOptions): Promise<Job> {
    const reads = (this.readsByProject.get(project) ?? 0) + 1;
    this.readsByProject.set(project, reads);
    if (reads > 1 && isListing(this.api) && !this.changed.has(key(project, jobId))) {
      const job = (await this.listing(this.api, project, options))?.get(jobId);
      if (job && !this.changed.has(key(project, jobId))) return job;
    }
    return this.api.getJob(project, jobId, options);
  }

  /** Marks a job this process created, patched or cancelled: later reads of it GET it. */
  public changedJob(project: string, jobId: string): void {
    this.changed.add(key(project, jobId));
  }

  private listing(api: ListingJobApi, project: string, options: CallOptions): Promise<Map<string, Job> | undefined> {
    let listing = this.listings.get(project);
    if (!listing) {
      listing = listAll(api, project, options).catch((error: Error) => {
        this.log(`[WARN] mljobs: listing the jobs of project ${project} failed (${error.message}); reading each job by GET`);
        // A refusal (403: no ml.jobs.list) stands for the process; an API that is failing (429, 5xx, no answer) may
        // recover, so the next read lists again (at once refused while the endpoint's read breaker is open).
        if (error instanceof MlApiError && PASSING_STATUSES.has(error.status)) this.listings.delete(project);
        return undefined;
      });
      this.listings.set(project, listing);
    }
    return listing;
  }
}

async function listAll(api: ListingJobApi, project: string, options: CallOptions): Promise<Map<string, Job>> {
  const jobs = new Map<string, Job>();
  let pageToken: string | undefined;
  for (let page = 0; page < LIST_PAGE_LIMIT; page++) {
    const result = await api.listJobs(project, pageToken, options);
    for (const job of result.jobs ?? []) if (typeof job.jobId === 'string') jobs.set(job.jobId, job);
    pageToken = result.nextPageToken || undefined;
    if (!pageToken) break;
  }
  return jobs;
}

function isListing(api: JobApi): api is ListingJobApi {
  return typeof (api as Partial<ListingJobApi>).listJobs === 'function';
}

function key(project: string, jobId: string): string {
  return `${project}/${jobId}`;
}
