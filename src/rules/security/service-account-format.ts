import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

/** `serviceAccount` is a service account email address. */
export const SERVICE_ACCOUNT_FORMAT: Rule = {
  id: 'MLJ-IAM-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'trainingInput.serviceAccount is an email address such as trainer@my-project.iam.gserviceaccount.com.',
  rationale: 'The job runs as that account; anything that is not an email is rejected as INVALID_ARGUMENT.',
  source: SOURCES.serviceAccount,
  check(job) {
    const account = knownString(job.trainingInput?.serviceAccount);
    if (account === undefined || /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(account)) return [];
    return [{
      path: 'trainingInput.serviceAccount',
      message: `trainingInput.serviceAccount is ${show(account)}; it must be a service account email such as trainer@my-project.iam.gserviceaccount.com.`,
      fix: account.startsWith('projects/') ? `Use only the email: ${show(account.split('/').pop())}.` : undefined,
    }];
  },
};
