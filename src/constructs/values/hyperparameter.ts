/** How values of a numeric hyperparameter are spread over their range. */
export enum ScaleType {
  /** No scaling. */
  NONE = 'NONE',
  /** Linear over the range. */
  LINEAR = 'UNIT_LINEAR_SCALE',
  /** Logarithmic: the range must be strictly positive. */
  LOG = 'UNIT_LOG_SCALE',
  /** Reverse logarithmic: the range must be strictly positive. */
  REVERSE_LOG = 'UNIT_REVERSE_LOG_SCALE',
}

/**
 * One hyperparameter to tune.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#ParameterSpec
 */
export class Hyperparameter {
  /** A real-valued parameter between `min` and `max`. */
  public static double(name: string, min: number, max: number, scale?: ScaleType): Hyperparameter {
    return new Hyperparameter(name, 'DOUBLE', min, max, undefined, undefined, scale);
  }

  /** A whole-number parameter between `min` and `max`. */
  public static integer(name: string, min: number, max: number, scale?: ScaleType): Hyperparameter {
    return new Hyperparameter(name, 'INTEGER', min, max, undefined, undefined, scale);
  }

  /** A parameter that takes one of the given strings. */
  public static categorical(name: string, values: string[]): Hyperparameter {
    return new Hyperparameter(name, 'CATEGORICAL', undefined, undefined, values, undefined, undefined);
  }

  /** A parameter that takes one of the given numbers (in increasing order). */
  public static discrete(name: string, values: number[], scale?: ScaleType): Hyperparameter {
    return new Hyperparameter(name, 'DISCRETE', undefined, undefined, undefined, values, scale);
  }

  private constructor(
    /** The name the program receives it as (`--name=value`). */
    public readonly name: string,
    /** `DOUBLE`, `INTEGER`, `CATEGORICAL` or `DISCRETE`. */
    public readonly type: string,
    /** Lower bound (DOUBLE, INTEGER). */
    public readonly minValue: number | undefined,
    /** Upper bound (DOUBLE, INTEGER). */
    public readonly maxValue: number | undefined,
    /** Values (CATEGORICAL). */
    public readonly categoricalValues: string[] | undefined,
    /** Values (DISCRETE). */
    public readonly discreteValues: number[] | undefined,
    /** Scaling (DOUBLE, INTEGER, DISCRETE). */
    public readonly scaleType: ScaleType | undefined,
  ) {}
}

/** Whether the tuning maximizes or minimizes the metric. */
export enum TuningGoal {
  /** Larger is better. */
  MAXIMIZE = 'MAXIMIZE',
  /** Smaller is better. */
  MINIMIZE = 'MINIMIZE',
}

/** The search algorithm of a tuning job. */
export enum TuningAlgorithm {
  /** Bayesian optimization (the service's default). */
  BAYESIAN = 'ALGORITHM_UNSPECIFIED',
  /** Every combination: only INTEGER, CATEGORICAL and DISCRETE parameters. */
  GRID_SEARCH = 'GRID_SEARCH',
  /** Random points of the space. */
  RANDOM_SEARCH = 'RANDOM_SEARCH',
}

/** Hyperparameter tuning of a training job. */
export interface HyperparameterTuning {
  /** Whether to maximize or minimize the metric. */
  readonly goal: TuningGoal;
  /** The parameters to tune. */
  readonly params: Hyperparameter[];
  /**
   * The metric to optimize.
   *
   * @default 'training/hptuning/metric'
   */
  readonly metricTag?: string;
  /**
   * How many trials to run.
   *
   * @default 1
   */
  readonly maxTrials?: number;
  /**
   * How many trials run at once.
   *
   * @default 1
   */
  readonly maxParallelTrials?: number;
  /**
   * How many trials may fail before the job fails.
   *
   * @default - the service decides
   */
  readonly maxFailedTrials?: number;
  /**
   * The search algorithm.
   *
   * @default TuningAlgorithm.BAYESIAN
   */
  readonly algorithm?: TuningAlgorithm;
  /**
   * Whether trials may stop early.
   *
   * @default false
   */
  readonly enableEarlyStopping?: boolean;
  /**
   * The id of an earlier tuning job to continue.
   *
   * @default - a new study
   */
  readonly resumePreviousJobId?: string;
}
