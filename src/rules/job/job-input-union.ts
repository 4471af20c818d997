import { Rule } from '../rule';
import { SOURCES } from '../sources';

/** A job has exactly one of `trainingInput` and `predictionInput`. */
export const JOB_INPUT_UNION: Rule = {
  id: 'MLJ-JOB-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'any',
  summary: 'A job sets exactly one of trainingInput and predictionInput.',
  rationale: 'The input is a union in the API: a job is either a training job or a batch prediction job.',
  source: SOURCES.jobsApi,
  check(job) {
    if (job.trainingInput && job.predictionInput) {
      return [{ path: 'predictionInput', message: 'Both trainingInput and predictionInput are set; a job is either a training or a prediction job.', fix: 'Split it into two jobs.' }];
    }
    if (!job.trainingInput && !job.predictionInput) {
      return [{ path: 'trainingInput', message: 'Neither trainingInput nor predictionInput is set; a job needs one of them.' }];
    }
    return [];
  },
};
