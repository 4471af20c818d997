import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

const ID = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const NAME = /^projects\/[^/]+\/locations\/[^/]+\/persistentResources\/([^/]+)$/;

/** `persistentResourceId` is the id of a PersistentResource, not its resource name. */
export const PERSISTENT_RESOURCE_ID: CustomJobRule = {
  id: 'MLJ-VERTEX-026',
  severity: 'error',
  kind: 'api',
  summary: 'jobSpec.persistentResourceId is a PersistentResource id: 1 to 63 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.',
  rationale: 'The field is the id of a PersistentResource in the job\'s project and location, and persistentResources.create only accepts ids of the form ^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$; any other value names no PersistentResource, so the job is rejected.',
  source: VERTEX_SOURCES.persistentResourceCreate,
  check(job) {
    const id = knownString((job as { jobSpec?: { persistentResourceId?: unknown } }).jobSpec?.persistentResourceId);
    if (id === undefined || id === '' || ID.test(id)) return [];
    const path = 'jobSpec.persistentResourceId';
    const name = NAME.exec(id);
    if (name) {
      return [{ path, message: `${path} is ${show(id)}, a resource name; it takes the PersistentResource id alone, "${name[1]}".`, fix: `Use the id alone: "${name[1]}".` }];
    }
    return [{
      path,
      message: `${path} is ${show(id)}; it must be the id of a PersistentResource in the job's project and location (up to 63 lowercase letters, digits and hyphens, starting with a letter).`,
      fix: 'Use the id of the PersistentResource (gcloud ai persistent-resources list --region=REGION).',
    }];
  },
};
