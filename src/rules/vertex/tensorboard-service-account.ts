import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { isUnknown, knownString } from '../values';
import { CustomJobRule } from './custom-job-rule';

/** A job that uploads to a Tensorboard names the service account it runs as. */
export const TENSORBOARD_SERVICE_ACCOUNT: CustomJobRule = {
  id: 'MLJ-VERTEX-024',
  severity: 'warning',
  kind: 'api',
  summary: 'A job with jobSpec.tensorboard sets jobSpec.serviceAccount.',
  rationale: 'Users report the create failing with "custom_job.job_spec.service_account must be specified when uploading to TensorBoard" when the default service agent would run the job. The reference does not state the requirement, so this warns.',
  source: VERTEX_SOURCES.tensorboardServiceAccountError,
  check(job) {
    const spec = (job as { jobSpec?: { tensorboard?: unknown; serviceAccount?: unknown } }).jobSpec;
    if (!spec || typeof spec !== 'object' || knownString(spec.tensorboard) === undefined || spec.tensorboard === '') return [];
    if (isUnknown(spec.serviceAccount) || (typeof spec.serviceAccount === 'string' && spec.serviceAccount !== '')) return [];
    return [{
      path: 'jobSpec.serviceAccount',
      message: 'jobSpec.tensorboard is set without jobSpec.serviceAccount; uploading to a Tensorboard has been refused without one.',
      fix: 'Set serviceAccount to a service account with access to the Tensorboard.',
    }];
  },
};
