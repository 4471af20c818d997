import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { CustomJobRule } from './custom-job-rule';

/** `disableRetries: true` overrides `restartJobOnWorkerRestart: true`. */
export const DISABLE_RETRIES: CustomJobRule = {
  id: 'MLJ-VERTEX-028',
  severity: 'warning',
  kind: 'api',
  summary: 'jobSpec.scheduling does not set both disableRetries and restartJobOnWorkerRestart to true (disableRetries turns the restart off).',
  rationale: 'The reference says that disableRetries, when true, overrides Scheduling.restart_job_on_worker_restart to false: the job is accepted but does not restart when a worker restarts, as the configuration seems to ask.',
  source: VERTEX_SOURCES.scheduling,
  check(job) {
    const scheduling = (job as { jobSpec?: { scheduling?: { disableRetries?: unknown; restartJobOnWorkerRestart?: unknown } | null } }).jobSpec?.scheduling;
    if (scheduling?.disableRetries !== true || scheduling.restartJobOnWorkerRestart !== true) return [];
    return [{
      path: 'jobSpec.scheduling.restartJobOnWorkerRestart',
      message: 'jobSpec.scheduling.restartJobOnWorkerRestart is true with disableRetries true; disableRetries overrides it to false, so the job is not restarted when a worker restarts.',
      fix: 'Remove restartJobOnWorkerRestart, or set disableRetries to false to keep the restarts.',
    }];
  },
};
