import { PredictionOutput, TrainingOutput } from './job-output';
import { PredictionInput } from './prediction-input';
import { TrainingInput } from './training-input';

/**
 * A training or batch prediction job, as the ML Engine v1 REST API represents it (`projects.jobs`).
 *
 * This is the one shape the rules, the plan simulator, import and export all speak. Exactly one of
 * `trainingInput` and `predictionInput` is set.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs
 */
export interface Job {
  /** The user-specified id of the job. */
  readonly jobId: string;
  /** Labels to organize jobs; the only field that can change after creation. */
  readonly labels?: { [key: string]: string };
  /** The input of a training job. */
  readonly trainingInput?: TrainingInput;
  /** The input of a batch prediction job. */
  readonly predictionInput?: PredictionInput;
  /** Output only: the etag for optimistic concurrency on label updates. */
  readonly etag?: string;
  /** Output only: when the job was created. */
  readonly createTime?: string;
  /** Output only: when the job started. */
  readonly startTime?: string;
  /** Output only: when the job ended. */
  readonly endTime?: string;
  /** Output only: `QUEUED`, `PREPARING`, `RUNNING`, `SUCCEEDED`, `FAILED`, `CANCELLING` or `CANCELLED`. */
  readonly state?: string;
  /** Output only: the details of a failure or cancellation. */
  readonly errorMessage?: string;
  /** Output only: the job's position in the queue. */
  readonly jobPosition?: number;
  /** Output only: the result of a training job. */
  readonly trainingOutput?: TrainingOutput;
  /** Output only: the result of a batch prediction job. */
  readonly predictionOutput?: PredictionOutput;
}
