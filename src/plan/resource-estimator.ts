import { Catalog } from '../catalog/catalog';
import { CustomJob } from '../model/custom-job';
import { Job } from '../model/job';
import { RESOURCE_TYPE } from '../model/provider-schema';
import { customJobResources } from './custom-job-resources';
import { jobResources, JobResources } from './job-resources';
import { JobChange } from './plan-result';

/** The resources jobs of either type take, each worked out once per job object and kept for one plan. */
export interface ResourceEstimator {
  /** The resources of one side of a change (`before` or `after`), if that side has a job. */
  of(change: JobChange, side: 'before' | 'after'): JobResources | undefined;
  /** The resources of an ML Engine job. */
  ofJob(job: Job): JobResources;
  /** The resources of a custom job in `region`. */
  ofCustomJob(job: CustomJob, region: string | undefined): JobResources;
}

/** A `ResourceEstimator` for one plan, with the catalog's facts. */
export function resourceEstimator(catalog: Catalog): ResourceEstimator {
  // The queue and the cost both ask for a job's resources: worked out once, kept in a map that dies with the plan
  // (a weak map's entry per job is one more ephemeron for every garbage collection to trace).
  const jobs = new Map<Job, JobResources>();
  const ofJob = (job: Job): JobResources => {
    let resources = jobs.get(job);
    if (!resources) {
      resources = jobResources(job, catalog);
      jobs.set(job, resources);
    }
    return resources;
  };
  const custom = new Map<CustomJob, JobResources>();
  const ofCustomJob = (job: CustomJob, region: string | undefined): JobResources => {
    let resources = custom.get(job);
    if (!resources) {
      resources = customJobResources(job, region, catalog);
      custom.set(job, resources);
    }
    return resources;
  };
  return {
    of: (change, side) => {
      if (change.type === RESOURCE_TYPE) {
        const job = side === 'before' ? change.prior?.job : change.after;
        return job ? ofJob(job) : undefined;
      }
      const job = change[side];
      return job ? ofCustomJob(job, change.region) : undefined;
    },
    ofJob,
    ofCustomJob,
  };
}
