import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';
import { PredictionOutput, TrainingOutput } from '../model/job-output';
import { trainingMlUnits } from '../rules/ml-units';
import { timestamp } from './emulator-clock';
import { JobStatus, PhaseDurations, jobStatusAt } from './job-lifecycle';
import { StoredJob } from './stored-job';

const HOUR_MS = 3_600_000;

/**
 * The job as `projects.jobs.get` answers at `now`: the input as created, labels (left out when empty, as proto3 JSON
 * does), `createTime`, `startTime`, `endTime`, `state`, `errorMessage`, a minimal `trainingOutput` or
 * `predictionOutput` once the job has run, and the `etag`.
 */
export function renderJob(job: StoredJob, durations: PhaseDurations, now: number, catalog: Catalog): Job {
  const status = jobStatusAt(job.timeline, durations, now);
  const { jobId, ...inputs } = job.input;
  return {
    jobId,
    ...(Object.keys(job.labels).length > 0 ? { labels: { ...job.labels } } : {}),
    ...inputs,
    createTime: timestamp(job.timeline.createdAt),
    ...(status.startedAt !== undefined ? { startTime: timestamp(status.startedAt) } : {}),
    ...(status.endedAt !== undefined ? { endTime: timestamp(status.endedAt) } : {}),
    state: status.state,
    ...(status.errorMessage !== undefined ? { errorMessage: status.errorMessage } : {}),
    ...outputOf(job.input, status, now, catalog),
    etag: job.etag,
  };
}

function outputOf(input: Job, status: JobStatus, now: number, catalog: Catalog): Pick<Job, 'trainingOutput' | 'predictionOutput'> {
  if (status.runningSince === undefined) return {};
  const hours = (Math.min(now, status.endedAt ?? now) - status.runningSince) / HOUR_MS;
  if (input.trainingInput) {
    const perHour = trainingMlUnits(input.trainingInput, catalog).perHour;
    const tuning = input.trainingInput.hyperparameters;
    const trainingOutput: TrainingOutput = {
      consumedMLUnits: round(perHour * hours),
      ...(tuning ? { isHyperparameterTuningJob: true } : {}),
      ...(tuning?.hyperparameterMetricTag ? { hyperparameterMetricTag: tuning.hyperparameterMetricTag } : {}),
      // int64, written as a string like every int64 of the API.
      ...(tuning && status.state === 'SUCCEEDED' ? { completedTrialCount: String(tuning.maxTrials ?? 1) as unknown as number } : {}),
    };
    return { trainingOutput };
  }
  if (input.predictionInput) {
    const workers = Number(input.predictionInput.maxWorkerCount ?? 10);
    const predictionOutput: PredictionOutput = {
      ...(typeof input.predictionInput.outputPath === 'string' ? { outputPath: input.predictionInput.outputPath } : {}),
      nodeHours: round(hours * (Number.isFinite(workers) && workers > 0 ? workers : 1)),
    };
    return { predictionOutput };
  }
  return {};
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
