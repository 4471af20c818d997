import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { CustomJobRule } from './custom-job-rule';
import { normalizeCustomJob } from './normalize-custom-job';

/** Fields that are not fields of the Vertex AI v1 CustomJob messages, in either spelling: typos, other APIs' names. */
export const UNKNOWN_FIELDS: CustomJobRule = {
  id: 'MLJ-VERTEX-020',
  severity: 'warning',
  kind: 'api',
  summary: 'Every field is a field of its CustomJob message (CustomJob, CustomJobSpec, WorkerPoolSpec, MachineSpec, …) in its camelCase or snake_case name; an unknown one is named with the field it most likely meant.',
  rationale: 'The REST API answers an unknown JSON field with INVALID_ARGUMENT ("Unknown name") and gcloud --config refuses the file, while Terraform import and the L2 would leave it out: a misspelled acceleratorType or imageURI is lost. A warning, because a field newer than the reference read for this catalog is not a mistake.',
  source: VERTEX_SOURCES.customJob,
  readsAsWritten: true,
  check(job, ctx) {
    return normalizeCustomJob(job, ctx.completeness).unknownFields;
  },
};
