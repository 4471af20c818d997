import { parseCustomJobName } from '../model/custom-job-terraform-mapping';
import { CUSTOM_JOB_RESOURCE_TYPE, RESOURCE_TYPE } from '../model/provider-schema';
import { hours } from './hours';
import { ACTIVE_CUSTOM_JOB_STATES, ACTIVE_JOB_STATES, priorJobField, ProjectJobs } from './plan-inputs';
import { JobChange } from './plan-result';
import { DEMAND_EXCEEDS_QUOTA, EmitPlanFinding, WAIT_EXCEEDS_MAX_WAIT } from './plan-rules';
import { ProjectQuotas } from './project-quotas';
import { ResourceEstimator } from './resource-estimator';
import { RunningHold, runningHolds, ScheduledJob, ScheduleEntry, simulateSchedule } from './schedule';

/** Quotas and the queue: the new jobs (create, replace) queue behind the jobs that stay active. */
export function simulateQueue(
  changes: readonly JobChange[],
  project: ProjectJobs,
  estimator: ResourceEstimator,
  quotas: ProjectQuotas,
  emit: EmitPlanFinding,
): { schedule: ScheduleEntry[]; running: RunningHold[] } {
  const running: ScheduledJob[] = [];
  // The jobs of the plan that the project list has too, so they are not counted twice: only with a project list.
  const managed = project.jobs.size ? new Set<string>() : undefined;
  const managedCustom = project.customJobs.size ? new Set<string>() : undefined;
  for (const change of changes) {
    if (managed && change.type === RESOURCE_TYPE && change.prior) managed.add(priorJobField(change.prior, 'jobId') as string);
    if (managedCustom && change.type === CUSTOM_JOB_RESOURCE_TYPE && typeof change.before?.name === 'string') managedCustom.add(change.before.name);
    const stays = change.action === 'no-op' || change.action === 'update';
    const active = change.type === RESOURCE_TYPE ? ACTIVE_JOB_STATES : ACTIVE_CUSTOM_JOB_STATES;
    const resources = stays && change.priorJobState && active.has(change.priorJobState) ? estimator.of(change, 'before') : undefined;
    if (resources) running.push({ resource: change.resource, resources });
  }
  for (const job of project.jobs.values()) {
    if (!managed?.has(job.jobId) && typeof job.state === 'string' && ACTIVE_JOB_STATES.has(job.state)) {
      running.push({ resource: `project job ${job.jobId}`, resources: estimator.ofJob(job) });
    }
  }
  for (const [name, job] of project.customJobs) {
    if (!managedCustom?.has(name) && typeof job.state === 'string' && ACTIVE_CUSTOM_JOB_STATES.has(job.state)) {
      running.push({ resource: `project custom job ${name}`, resources: estimator.ofCustomJob(job, parseCustomJobName(name)?.location) });
    }
  }
  const queued: ScheduledJob[] = [];
  // The queued changes by resource, to attribute the schedule's findings: only those, not every change of the plan.
  const changeOfResource = new Map<string, JobChange>();
  for (const change of changes) {
    if (change.action !== 'create' && change.action !== 'replace') continue;
    const resources = estimator.of(change, 'after');
    if (resources) {
      queued.push({ resource: change.resource, resources });
      changeOfResource.set(change.resource, change);
    }
  }
  const schedule = simulateSchedule(running, queued, quotas);
  for (const entry of schedule) {
    const change = changeOfResource.get(entry.resource);
    const desired = change?.desired;
    const custom = change?.type === CUSTOM_JOB_RESOURCE_TYPE;
    for (const excess of entry.exceeds) {
      const source = excess.fromUser ? 'your quota file' : "the catalog's default quota (unconfirmed)";
      emit(
        DEMAND_EXCEEDS_QUOTA,
        entry.resource,
        custom ? 'jobSpec.workerPoolSpecs' : 'trainingInput',
        `The job needs ${excess.demand} ${excess.quota} at once; ${source} allows ${excess.limit}, so it can never start.`,
        excess.fromUser
          ? custom ? 'Use fewer or smaller replicas, or request more quota.' : 'Use fewer or smaller replicas or fewer parallel trials, or request more quota.'
          : 'Pass your project\'s quotas with --quotas FILE, or make the job smaller.',
        excess.fromUser ? 'error' : 'warning',
        desired,
      );
    }
    if (entry.worstCaseStart !== undefined && entry.maxWaitSeconds !== undefined && entry.worstCaseStart > entry.maxWaitSeconds) {
      emit(
        WAIT_EXCEEDS_MAX_WAIT,
        entry.resource,
        'trainingInput.scheduling.maxWaitTime',
        `In the worst case the job starts after ${hours(entry.worstCaseStart)}, waiting behind ${entry.waitsBehind.join(', ') || 'earlier jobs'}; ` +
          `its maxWaitTime is ${hours(entry.maxWaitSeconds)}, so it may be cancelled unstarted.`,
        'Raise scheduling.maxWaitTime, raise the job\'s priority, lower earlier jobs\' maxRunningTime, or ask for more quota.',
        undefined,
        desired,
      );
    }
  }
  return { schedule, running: runningHolds(running, quotas) };
}
