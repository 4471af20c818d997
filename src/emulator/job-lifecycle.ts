/**
 * A job's state, as `projects.jobs` reports it.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#State
 */
export type JobState = 'QUEUED' | 'PREPARING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLING' | 'CANCELLED';

/** The states a job can be cancelled from (`projects.jobs.cancel`); the provider's delete cancels only these too. */
export const CANCELLABLE_STATES: readonly JobState[] = ['QUEUED', 'PREPARING', 'RUNNING'];

/** How long each phase of a job lasts on the emulator's clock, in milliseconds. */
export interface PhaseDurations {
  /** QUEUED → PREPARING. @default 5000 */
  readonly queuedMs: number;
  /** PREPARING → RUNNING. @default 60000 */
  readonly preparingMs: number;
  /** RUNNING → SUCCEEDED. @default 300000 */
  readonly runningMs: number;
  /** CANCELLING → CANCELLED. @default 10000 */
  readonly cancellingMs: number;
}

/** The phase durations unless told otherwise: a 5 s queue, 1 min of provisioning, 5 min of running, 10 s to cancel. */
export const DEFAULT_DURATIONS: PhaseDurations = { queuedMs: 5_000, preparingMs: 60_000, runningMs: 300_000, cancellingMs: 10_000 };

/** What happened to a job, in clock time: everything its state is computed from. */
export interface JobTimeline {
  /** When it was created. */
  readonly createdAt: number;
  /** When a cancel was accepted (only ever while it was QUEUED, PREPARING or RUNNING). */
  readonly cancelledAt?: number;
  /** When it was made to fail (fault injection), with the message it reports. */
  readonly failed?: { readonly at: number; readonly message: string };
}

/** A job's state at one instant, with the times the API reports. */
export interface JobStatus {
  readonly state: JobState;
  /** When processing started (the job entered PREPARING); absent while QUEUED or when it ended before. */
  readonly startedAt?: number;
  /** When the job entered RUNNING, if it did (for the ML units consumed). */
  readonly runningSince?: number;
  /** When it reached SUCCEEDED, FAILED or CANCELLED. */
  readonly endedAt?: number;
  /** Why it failed. */
  readonly errorMessage?: string;
}

/**
 * The state of a job at `now`: QUEUED → PREPARING → RUNNING → SUCCEEDED after the phase durations; a cancel makes it
 * CANCELLING, then CANCELLED after `cancellingMs`; an injected failure makes it FAILED at once. A pure function of the
 * timeline and the clock, so the same inputs always give the same answer.
 */
export function jobStatusAt(timeline: JobTimeline, durations: PhaseDurations, now: number): JobStatus {
  const preparingAt = timeline.createdAt + durations.queuedMs;
  const runningAt = preparingAt + durations.preparingMs;
  const succeededAt = runningAt + durations.runningMs;
  const startedBy = (at: number): Partial<JobStatus> => ({
    ...(preparingAt <= at ? { startedAt: preparingAt } : {}),
    ...(runningAt <= at ? { runningSince: runningAt } : {}),
  });
  const failed = timeline.failed;
  if (failed && failed.at <= now) {
    return { state: 'FAILED', ...startedBy(Math.min(failed.at, timeline.cancelledAt ?? failed.at)), endedAt: failed.at, errorMessage: failed.message };
  }
  const cancelledAt = timeline.cancelledAt;
  if (cancelledAt !== undefined && cancelledAt <= now) {
    const doneAt = cancelledAt + durations.cancellingMs;
    if (now < doneAt) return { state: 'CANCELLING', ...startedBy(cancelledAt) };
    return { state: 'CANCELLED', ...startedBy(cancelledAt), endedAt: doneAt };
  }
  if (now < preparingAt) return { state: 'QUEUED' };
  if (now < runningAt) return { state: 'PREPARING', startedAt: preparingAt };
  if (now < succeededAt) return { state: 'RUNNING', startedAt: preparingAt, runningSince: runningAt };
  return { state: 'SUCCEEDED', startedAt: preparingAt, runningSince: runningAt, endedAt: succeededAt };
}

/** True for a state the job can still leave by itself (QUEUED, PREPARING, RUNNING, CANCELLING). */
export function isActiveState(state: JobState): boolean {
  return state !== 'SUCCEEDED' && state !== 'FAILED' && state !== 'CANCELLED';
}
