import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

/** `serviceAccount` is a service account email address. */
export const SERVICE_ACCOUNT: CustomJobRule = {
  id: 'MLJ-VERTEX-018',
  severity: 'error',
  kind: 'api',
  summary: 'jobSpec.serviceAccount, when set, is an email address such as trainer@my-project.iam.gserviceaccount.com (unset runs as the Custom Code Service Agent).',
  rationale: 'The workload runs as that account; anything that is not an email is rejected. Leaving it unset is valid.',
  source: VERTEX_SOURCES.customJobSpec,
  check(job) {
    const account = knownString((job as { jobSpec?: { serviceAccount?: unknown } }).jobSpec?.serviceAccount);
    if (account === undefined || account === '' || /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(account)) return [];
    return [{
      path: 'jobSpec.serviceAccount',
      message: `jobSpec.serviceAccount is ${show(account)}; it must be a service account email such as trainer@my-project.iam.gserviceaccount.com.`,
      ...(account.startsWith('projects/') ? { fix: `Use only the email: ${show(account.split('/').pop())}.` } : {}),
    }];
  },
};
