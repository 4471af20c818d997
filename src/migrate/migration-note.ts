/**
 * One thing the migration of an ML Engine training job to a Vertex AI custom job had to say: a field carried over
 * with a change, a field with no Vertex equivalent (dropped, by name, never silently), or a value the input did not
 * hold and the Vertex job needs.
 */
export interface MigrationNote {
  /** `changed`, `dropped` or `missing`. */
  readonly outcome: string;
  /** The ML Engine field, in API camelCase, e.g. `trainingInput.scheduling.maxWaitTime`. */
  readonly field: string;
  /**
   * The Vertex field it maps to, e.g. `jobSpec.workerPoolSpecs[0].machineSpec`.
   *
   * @default - none (dropped fields)
   */
  readonly vertexField?: string;
  /** What happened and what to do, one sentence. */
  readonly message: string;
}
