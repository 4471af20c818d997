import { PolicyRule } from '../../policy-rule';
import { isGiven } from '../pack-values';
import { POLICY_SOURCES } from '../policy-sources';
import { knownString, show } from '../../../rules/values';

// Google-managed or project-default identities: the AI Platform service agent, the Compute Engine and App Engine
// default service accounts. Jobs running as them get broad project access instead of a least-privilege identity.
const DEFAULT_ACCOUNTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/@cloud-ml\.google\.com\.iam\.gserviceaccount\.com$/, 'the AI Platform service agent'],
  [/-compute@developer\.gserviceaccount\.com$/, 'the Compute Engine default service account'],
  [/@appspot\.gserviceaccount\.com$/, 'the App Engine default service account'],
];

/** Training jobs run as a dedicated service account, not a Google-managed or default one. */
export const SERVICE_ACCOUNT_SET: PolicyRule = {
  id: 'MLJ-SEC-002',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job sets trainingInput.serviceAccount to a dedicated service account (not the AI Platform service agent or a default account).',
  rationale: 'Without serviceAccount the job runs as the Google-managed AI Platform service agent, whose access is project-wide; a dedicated account limits what the training code can reach.',
  source: POLICY_SOURCES.serviceAccount,
  check(job) {
    const input = job.trainingInput;
    if (!input) return [];
    const path = 'trainingInput.serviceAccount';
    if (!isGiven(input.serviceAccount)) {
      return [{ path, message: `${path} is not set, so the job runs as the AI Platform service agent; this policy requires a dedicated service account.`, fix: 'Create a service account for the job with only the roles it needs and set serviceAccount to its email.' }];
    }
    const account = knownString(input.serviceAccount);
    if (account === undefined) return [];
    const match = DEFAULT_ACCOUNTS.find(([pattern]) => pattern.test(account.toLowerCase()));
    if (!match) return [];
    return [{ path, message: `${path} is ${show(account)}, ${match[1]}; this policy requires a dedicated service account.`, fix: 'Create a service account for the job with only the roles it needs.' }];
  },
};
