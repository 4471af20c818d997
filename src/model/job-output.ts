/**
 * The output of a built-in algorithm job.
 */
export interface BuiltInAlgorithmOutput {
  /** The framework used, e.g. `TENSORFLOW`. */
  readonly framework?: string;
  /** The runtime version used. */
  readonly runtimeVersion?: string;
  /** The Python version used. */
  readonly pythonVersion?: string;
  /** The `gs://` path of the exported model. */
  readonly modelPath?: string;
}

/**
 * One value of the objective metric reported by a trial.
 */
export interface HyperparameterMetric {
  /** The global training step of the value (int64). */
  readonly trainingStep?: number;
  /** The value of the objective. */
  readonly objectiveValue?: number;
}

/**
 * The result of one hyperparameter tuning trial.
 */
export interface HyperparameterOutput {
  /** The trial id. */
  readonly trialId?: string;
  /** The hyperparameter values of the trial. */
  readonly hyperparameters?: { [name: string]: string };
  /** When the trial started. */
  readonly startTime?: string;
  /** When the trial ended. */
  readonly endTime?: string;
  /** The state of the trial. */
  readonly state?: string;
  /** Whether the trial was stopped early. */
  readonly isTrialStoppedEarly?: boolean;
  /** The final objective value. */
  readonly finalMetric?: HyperparameterMetric;
  /** Every reported objective value. */
  readonly allMetrics?: HyperparameterMetric[];
  /** The output of a built-in algorithm trial. */
  readonly builtInAlgorithmOutput?: BuiltInAlgorithmOutput;
  /** Web access URIs of the trial. */
  readonly webAccessUris?: { [name: string]: string };
}

/**
 * The result of a training job (output only).
 */
export interface TrainingOutput {
  /** How many trials completed (int64). */
  readonly completedTrialCount?: number;
  /** The ML units consumed. */
  readonly consumedMLUnits?: number;
  /** Whether the job tuned hyperparameters. */
  readonly isHyperparameterTuningJob?: boolean;
  /** Whether the job used a built-in algorithm. */
  readonly isBuiltInAlgorithmJob?: boolean;
  /** The tuned metric. */
  readonly hyperparameterMetricTag?: string;
  /** The trials of a tuning job. */
  readonly trials?: HyperparameterOutput[];
  /** The output of a built-in algorithm job. */
  readonly builtInAlgorithmOutput?: BuiltInAlgorithmOutput;
  /** Web access URIs of the job. */
  readonly webAccessUris?: { [name: string]: string };
}

/**
 * The result of a batch prediction job (output only).
 */
export interface PredictionOutput {
  /** The output directory. */
  readonly outputPath?: string;
  /** How many instances were predicted (int64). */
  readonly predictionCount?: number;
  /** How many instances failed (int64). */
  readonly errorCount?: number;
  /** The node hours used. */
  readonly nodeHours?: number;
}
