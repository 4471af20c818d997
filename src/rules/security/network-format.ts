import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

const NETWORK = /^projects\/([^/\s]+)\/global\/networks\/[^/\s]+$/;

/** `network` is the full name of a VPC network. */
export const NETWORK_FORMAT: Rule = {
  id: 'MLJ-NET-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'trainingInput.network is projects/PROJECT_NUMBER/global/networks/NETWORK.',
  rationale: 'The service peers the job with the network by its full name; a short name or a subnetwork is rejected.',
  source: SOURCES.vpc,
  check(job) {
    const network = knownString(job.trainingInput?.network);
    if (network === undefined || NETWORK.test(network)) return [];
    return [{
      path: 'trainingInput.network',
      message: `trainingInput.network is ${show(network)}; it must be projects/PROJECT_NUMBER/global/networks/NETWORK.`,
      fix: /^[a-z][-a-z0-9]*$/.test(network) ? `Use "projects/<project number>/global/networks/${network}".` : undefined,
    }];
  },
};
