/**
 * Inputs of jobs whose constructor makes the L1 itself, right after `super` (this library's `MlEngineTrainingJob` and
 * `BatchPredictionJob`). Every token the L1 makes records a stack trace of the code that made it (about 21 per job):
 * made in the subclass's constructor rather than in `MlJobBase`'s, each trace holds one frame fewer, which costs less
 * to record and to keep. Subclasses outside the library keep the base constructor's contract: it makes the L1.
 *
 * Internal: not exported from the package.
 */
const INPUTS = new WeakSet<object>();

/**
 * Marks `input` as one whose job's constructor makes the L1 itself: pass the result to `super`, then call
 * `this._attachResource(new MlEngineJob(this, 'Resource', this._resourceConfig()), new.target)` in the constructor's
 * own body (a helper around it would add the frame back).
 */
export function subclassMakesResource<T extends object>(input: T): T {
  INPUTS.add(input);
  return input;
}

/** True when `input` was marked by `subclassMakesResource`. */
export function subclassMakesResourceOf(input: object): boolean {
  return INPUTS.has(input);
}
