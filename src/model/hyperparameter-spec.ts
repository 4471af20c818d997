/**
 * One hyperparameter to tune.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#ParameterSpec
 */
export interface ParameterSpec {
  /** The name the training application receives the value as, e.g. `learning_rate`. */
  readonly parameterName: string;
  /** `DOUBLE`, `INTEGER`, `CATEGORICAL` or `DISCRETE`. */
  readonly type: string;
  /** Lower bound, required for `DOUBLE` and `INTEGER`. */
  readonly minValue?: number;
  /** Upper bound, required for `DOUBLE` and `INTEGER`. */
  readonly maxValue?: number;
  /** The values of a `CATEGORICAL` parameter. */
  readonly categoricalValues?: string[];
  /** The values of a `DISCRETE` parameter, in increasing order. */
  readonly discreteValues?: number[];
  /** `NONE`, `UNIT_LINEAR_SCALE`, `UNIT_LOG_SCALE` or `UNIT_REVERSE_LOG_SCALE`. */
  readonly scaleType?: string;
}

/**
 * The hyperparameter tuning of a training job.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#HyperparameterSpec
 */
export interface HyperparameterSpec {
  /** `MAXIMIZE` or `MINIMIZE` the metric. */
  readonly goal: string;
  /** The parameters to tune. */
  readonly params: ParameterSpec[];
  /** How many trials to run in all (default 1). */
  readonly maxTrials?: number;
  /** How many trials may run at once (default 1). */
  readonly maxParallelTrials?: number;
  /** How many trials may fail before the job fails (0: the service decides). */
  readonly maxFailedTrials?: number;
  /** The metric to optimize (default `training/hptuning/metric`). */
  readonly hyperparameterMetricTag?: string;
  /** The id of an earlier tuning job to continue. */
  readonly resumePreviousJobId?: string;
  /** Whether trials may be stopped early. */
  readonly enableTrialEarlyStopping?: boolean;
  /** `ALGORITHM_UNSPECIFIED` (Bayesian optimization), `GRID_SEARCH` or `RANDOM_SEARCH`. */
  readonly algorithm?: string;
}
