/**
 * How Vertex AI provisions the machines of a custom job (the API's `Scheduling.Strategy`).
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#Strategy
 */
export class SchedulingStrategy {
  /** Regular on-demand resources (what an unset strategy means). */
  public static readonly STANDARD = new SchedulingStrategy('STANDARD');
  /** Spot VMs: cheaper, and the job can be preempted. */
  public static readonly SPOT = new SchedulingStrategy('SPOT');
  /** Dynamic Workload Scheduler: the job queues until its resources are free, up to `maxWaitDuration`. */
  public static readonly FLEX_START = new SchedulingStrategy('FLEX_START');
  /** Deprecated by the API in favour of `STANDARD`: regular on-demand provisioning. */
  public static readonly ON_DEMAND = new SchedulingStrategy('ON_DEMAND');
  /** Deprecated by the API in favour of `SPOT`: low cost by potentially using spot resources. */
  public static readonly LOW_COST = new SchedulingStrategy('LOW_COST');
  /** The API's unset value; Vertex reads it as `STANDARD`. */
  public static readonly STRATEGY_UNSPECIFIED = new SchedulingStrategy('STRATEGY_UNSPECIFIED');

  /** Any strategy by its API name; a name the API does not document warns at synth. */
  public static of(name: string): SchedulingStrategy {
    return new SchedulingStrategy(name);
  }

  private constructor(
    /** The name the API takes, e.g. `SPOT`. */
    public readonly name: string,
  ) {}
}
