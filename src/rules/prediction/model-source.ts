import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, missingField, show } from '../values';

const MODEL_NAME = /^projects\/[^/\s]+\/models\/[^/\s]+$/;
const VERSION_NAME = /^projects\/[^/\s]+\/models\/[^/\s]+\/versions\/[^/\s]+$/;

/** A batch prediction job names its model in exactly one way, in the right format. */
export const MODEL_SOURCE: Rule = {
  id: 'MLJ-PRED-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'prediction',
  summary: 'Exactly one of predictionInput.modelName (projects/P/models/M), versionName (projects/P/models/M/versions/V) and uri (gs://…) is set.',
  rationale: 'The model is a union in the API; a short name like "my_model" or a leading slash is rejected.',
  source: SOURCES.predictionInput,
  check(job, ctx) {
    const input = job.predictionInput;
    if (!input) return [];
    const set = (['modelName', 'versionName', 'uri'] as const).filter((field) => input[field] !== undefined && input[field] !== null && input[field] !== '');
    if (set.length === 0) {
      return [missingField(ctx, 'predictionInput.modelName', 'predictionInput has no model; set one of modelName, versionName or uri.', '--model, --version or --model-dir')];
    }
    if (set.length > 1) {
      return [{ path: `predictionInput.${set[1]}`, message: `predictionInput sets ${set.join(' and ')}; set exactly one of modelName, versionName and uri.` }];
    }
    const model = knownString(input.modelName);
    if (model !== undefined && !MODEL_NAME.test(model)) {
      return [{ path: 'predictionInput.modelName', message: `predictionInput.modelName is ${show(model)}; it must be projects/PROJECT/models/MODEL.`, fix: VERSION_NAME.test(model) ? 'This is a version name: set it as versionName.' : undefined }];
    }
    const version = knownString(input.versionName);
    if (version !== undefined && !VERSION_NAME.test(version)) {
      return [{ path: 'predictionInput.versionName', message: `predictionInput.versionName is ${show(version)}; it must be projects/PROJECT/models/MODEL/versions/VERSION.`, fix: MODEL_NAME.test(version) ? 'This is a model name: set it as modelName.' : undefined }];
    }
    return [];
  },
};
