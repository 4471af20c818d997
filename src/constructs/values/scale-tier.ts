/**
 * A predefined cluster shape, or `CUSTOM` for one described by machine types.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/machine-types#scale_tiers
 */
export class ScaleTier {
  /** One worker machine. */
  public static readonly BASIC = new ScaleTier('BASIC');
  /** Many workers and a few parameter servers. */
  public static readonly STANDARD_1 = new ScaleTier('STANDARD_1');
  /** A large number of workers with many parameter servers. */
  public static readonly PREMIUM_1 = new ScaleTier('PREMIUM_1');
  /** One worker with a GPU. */
  public static readonly BASIC_GPU = new ScaleTier('BASIC_GPU');
  /** One master and a Cloud TPU. */
  public static readonly BASIC_TPU = new ScaleTier('BASIC_TPU');
  /** A cluster described by master, worker, parameter server and evaluator machine types. */
  public static readonly CUSTOM = new ScaleTier('CUSTOM');

  /** Any tier by name. */
  public static of(name: string): ScaleTier {
    return new ScaleTier(name);
  }

  private constructor(
    /** The API name, e.g. `BASIC`. */
    public readonly name: string,
  ) {}
}
