import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, show } from '../values';

/** A job runs either a runtime version (package) or a custom container, not both. */
export const RUNTIME_OR_IMAGE: Rule = {
  id: 'MLJ-CODE-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'At most one of trainingInput.runtimeVersion and trainingInput.masterConfig.imageUri is set.',
  rationale: 'A custom container brings its own runtime; gcloud refuses both ("Only one of --master-image-uri, --runtime-version can be set") and the API says to set exactly one.',
  source: SOURCES.containers,
  check(job) {
    const input = job.trainingInput;
    const image = input?.masterConfig?.imageUri;
    if (!input || isUnknown(input.masterConfig) || input.runtimeVersion === undefined || input.runtimeVersion === null || image === undefined || image === null) return [];
    return [{
      path: 'trainingInput.runtimeVersion',
      message: `trainingInput.runtimeVersion is ${show(input.runtimeVersion)} and masterConfig.imageUri is ${show(image)}; set only one: a runtime version for a Python package, or an image for a custom container.`,
      fix: 'Remove runtimeVersion (the container brings its runtime), or remove masterConfig.imageUri.',
    }];
  },
};
