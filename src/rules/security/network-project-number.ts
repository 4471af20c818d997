import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

const NETWORK = /^projects\/([^/\s]+)\/global\/networks\/[^/\s]+$/;

/** The network's project is given by number, as the API asks. */
export const NETWORK_PROJECT_NUMBER: Rule = {
  id: 'MLJ-NET-002',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'trainingInput.network names its project by number, not by id.',
  rationale: 'The API documents the project number in the network name; an id in its place fails the peering lookup.',
  source: SOURCES.vpc,
  check(job) {
    const network = knownString(job.trainingInput?.network);
    const project = network ? NETWORK.exec(network)?.[1] : undefined;
    if (project === undefined || /^\d+$/.test(project)) return [];
    return [{ path: 'trainingInput.network', message: `trainingInput.network names project ${show(project)}; use the project number (e.g. projects/123456789012/global/networks/...).` }];
  },
};
