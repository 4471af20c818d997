import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { CustomJobRule } from './custom-job-rule';
import { normalizeCustomJob } from './normalize-custom-job';

/** Fields written in another form than the API's JSON: snake_case proto names, and gcloud's one-value lists. */
export const FIELD_FORMS: CustomJobRule = {
  id: 'MLJ-VERTEX-019',
  severity: 'warning',
  kind: 'api',
  summary: 'Field names are the camelCase JSON names (a snake_case proto name is read by the REST API but rejected by gcloud --config); in a gcloud --config file a list field written as one value is read as a one-item list.',
  rationale: 'The proto3 JSON mapping accepts both spellings of a field name, so REST bodies and SDK dicts in snake_case are valid; gcloud\'s --config reader knows only the camelCase names. gcloud wraps a single value of a repeated field in a list, as Google\'s own config.yaml examples rely on. The other rules read the job in the form the service reads it.',
  source: VERTEX_SOURCES.protoJsonMapping,
  readsAsWritten: true,
  check(job, ctx) {
    return normalizeCustomJob(job, ctx.completeness).notes;
  },
};
