import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

const NETWORK = /^projects\/([^/\s]+)\/global\/networks\/[^/\s]+$/;

/** `network` is `projects/{project number}/global/networks/{name}`. */
export const NETWORK_FORMAT: CustomJobRule = {
  id: 'MLJ-VERTEX-016',
  severity: 'error',
  kind: 'api',
  summary: 'jobSpec.network is projects/PROJECT_NUMBER/global/networks/NETWORK (a project id instead of its number warns).',
  rationale: 'The job is peered with the network by its full name, whose project part is documented as the project number; a short name or a subnetwork is rejected.',
  source: VERTEX_SOURCES.customJobSpec,
  check(job) {
    const network = knownString((job as { jobSpec?: { network?: unknown } }).jobSpec?.network);
    if (network === undefined || network === '') return [];
    const path = 'jobSpec.network';
    const match = NETWORK.exec(network);
    if (!match) {
      return [{
        path,
        message: `${path} is ${show(network)}; it must be projects/PROJECT_NUMBER/global/networks/NETWORK.`,
        ...(/^[a-z][-a-z0-9]*$/.test(network) ? { fix: `Use "projects/<project number>/global/networks/${network}".` } : {}),
      }];
    }
    if (!/^\d+$/.test(match[1])) {
      return [{ path, severity: 'warning', message: `${path} names the project ${show(match[1])}; the API documents the project number here.`, fix: 'Use the project number (gcloud projects describe PROJECT --format="value(projectNumber)").' }];
    }
    return [];
  },
};
