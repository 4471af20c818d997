import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

const TENSORBOARD = /^projects\/[^/\s]+\/locations\/[^/\s]+\/tensorboards\/[^/\s]+$/;
const CONTEXT = /^projects\/[^/\s]+\/locations\/[^/\s]+\/metadataStores\/[^/\s]+\/contexts\/[^/\s]+$/;

/** `tensorboard`, `experiment` and `experimentRun` are the full resource names the API documents. */
export const RESOURCE_NAMES: CustomJobRule = {
  id: 'MLJ-VERTEX-022',
  severity: 'error',
  kind: 'api',
  summary: 'jobSpec.tensorboard is projects/P/locations/L/tensorboards/T; jobSpec.experiment and experimentRun are projects/P/locations/L/metadataStores/S/contexts/C resource names (a short name for those two warns).',
  rationale: 'The job uploads its logs to the Tensorboard named by its full resource name, so a display name or a bare id does not name one. The reference documents the Experiment and Experiment Run by their metadata context names too; the SDKs take short names and expand them, and whether the REST API does is not documented, so those only warn.',
  source: VERTEX_SOURCES.customJobSpec,
  check(job) {
    const spec = (job as { jobSpec?: { tensorboard?: unknown; experiment?: unknown; experimentRun?: unknown } }).jobSpec;
    if (!spec || typeof spec !== 'object') return [];
    const violations: Violation[] = [];
    const tensorboard = knownString(spec.tensorboard);
    if (tensorboard !== undefined && !TENSORBOARD.test(tensorboard)) {
      violations.push({
        path: 'jobSpec.tensorboard',
        message: `jobSpec.tensorboard is ${show(tensorboard)}; it must be projects/PROJECT/locations/LOCATION/tensorboards/TENSORBOARD_ID.`,
        ...(/^\d+$/.test(tensorboard) ? { fix: `Use "projects/<project>/locations/<region>/tensorboards/${tensorboard}".` } : {}),
      });
    }
    for (const field of ['experiment', 'experimentRun'] as const) {
      const name = knownString(spec[field]);
      if (name === undefined || CONTEXT.test(name)) continue;
      violations.push({
        path: `jobSpec.${field}`,
        severity: 'warning',
        message: `jobSpec.${field} is ${show(name)}; the API documents projects/PROJECT/locations/LOCATION/metadataStores/default/contexts/${field === 'experiment' ? 'EXPERIMENT' : 'EXPERIMENT-RUN'}.`,
      });
    }
    return violations;
  },
};
