import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, show } from '../values';

/** Cloud Storage fields hold `gs://bucket/…` URIs. */
export const STORAGE_URIS: Rule = {
  id: 'MLJ-PATH-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'any',
  summary: 'jobDir, packageUris, predictionInput.inputPaths, outputPath and uri are gs://bucket/... URIs.',
  rationale: 'The service reads and writes only Cloud Storage; local paths and other schemes are rejected.',
  source: SOURCES.jobsApi,
  check(job) {
    const violations: Violation[] = [];
    const check = (path: string, value: unknown) => {
      if (typeof value !== 'string' || isUnknown(value)) return;
      if (!/^gs:\/\/[a-z0-9][a-z0-9._-]*(\/.*)?$/.test(value)) {
        violations.push({ path, message: `${path} is ${show(value)}; it must be a Cloud Storage URI such as gs://my-bucket/path.` });
      }
    };
    const training = job.trainingInput;
    if (training) {
      check('trainingInput.jobDir', training.jobDir);
      if (Array.isArray(training.packageUris)) training.packageUris.forEach((uri, i) => check(`trainingInput.packageUris[${i}]`, uri));
    }
    const prediction = job.predictionInput;
    if (prediction) {
      if (Array.isArray(prediction.inputPaths)) prediction.inputPaths.forEach((uri, i) => check(`predictionInput.inputPaths[${i}]`, uri));
      check('predictionInput.outputPath', prediction.outputPath);
      check('predictionInput.uri', prediction.uri);
    }
    return violations;
  },
};
