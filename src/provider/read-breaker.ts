/** What a read that gave up had last been answered: the status, the API's code and the message of its last attempt. */
export interface ReadFailure {
  /** The HTTP status; 0 for a network failure or a timeout. */
  readonly status: number;
  /** The API's `error.status`, when it sent one. */
  readonly code: string | undefined;
  /** The last attempt's message (`GET projects/p/jobs/j: HTTP 503 UNAVAILABLE: …`). */
  readonly message: string;
}

/** Why the breaker of an endpoint is open: the refresh read that kept failing for its whole timeout. */
export interface BreakerTrip {
  /** The last failure of that read. */
  readonly failure: ReadFailure;
  /** How many attempts it made. */
  readonly attempts: number;
  /** How long it retried, in milliseconds. */
  readonly elapsedMs: number;
}

/** What the breaker lets a refresh read do. */
export type BreakerVerdict =
  /** Retry as usual, until the read's timeout. */
  | { readonly kind: 'closed' }
  /** One attempt, no retries: the endpoint has been failing; its answer closes the breaker or keeps it open. */
  | { readonly kind: 'probe'; readonly trip: BreakerTrip }
  /** No request at all: fail at once with the trip's failure. */
  | { readonly kind: 'open'; readonly trip: BreakerTrip };

/** How long an open breaker fails reads at once before one read may probe the endpoint again (default 10 s). */
export const DEFAULT_PROBE_INTERVAL_MS = 10_000;

interface OpenBreaker {
  readonly trip: BreakerTrip;
  lastProbe: number;
  probing: boolean;
}

/**
 * A circuit breaker per API endpoint for the refresh reads of one provider process (one Terraform graph walk).
 *
 * Each read retries 429, 5xx and network failures until its own `read` timeout. Without a breaker, an API that is down
 * costs that timeout once per job: 200 jobs at 4 minutes, ten at a time, keep `terraform plan` waiting for 80 minutes
 * before it fails. So once one read has kept failing for its whole timeout, the breaker of its endpoint opens: the
 * reads still retrying stop at their next attempt, and later reads fail at once with that read's failure, one
 * diagnostic per job; every `probeIntervalMs` one read sends a single request, and any answer of the endpoint that is
 * not 429/5xx (a success, a 404) closes the breaker again. The google provider has no such thing (each read retries
 * for its own timeout, `DefaultRequestTimeout` of 5 minutes in google/transport/transport.go); Terraform itself stops
 * a plan only when all reads have returned.
 */
export class ReadBreaker {
  private readonly open = new Map<string, OpenBreaker>();

  constructor(
    private readonly probeIntervalMs: number = DEFAULT_PROBE_INTERVAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** What a refresh read of `endpoint` may do now (a `probe` verdict must be ended with `probeEnded`). */
  public verdict(endpoint: string): BreakerVerdict {
    const open = this.open.get(endpoint);
    if (!open) return { kind: 'closed' };
    if (open.probing || this.now() - open.lastProbe < this.probeIntervalMs) return { kind: 'open', trip: open.trip };
    open.probing = true;
    open.lastProbe = this.now();
    return { kind: 'probe', trip: open.trip };
  }

  /** The trip of the endpoint's breaker while it is open. */
  public tripOf(endpoint: string): BreakerTrip | undefined {
    return this.open.get(endpoint)?.trip;
  }

  /** A refresh read of `endpoint` kept failing for its whole timeout: opens the breaker (the first trip is kept). */
  public trip(endpoint: string, trip: BreakerTrip): void {
    if (!this.open.has(endpoint)) this.open.set(endpoint, { trip, lastProbe: this.now(), probing: false });
  }

  /** The endpoint answered something other than 429/5xx: it works, so its breaker closes. */
  public answered(endpoint: string): void {
    this.open.delete(endpoint);
  }

  /** The probe that `verdict` allowed has ended (whatever its answer). */
  public probeEnded(endpoint: string): void {
    const open = this.open.get(endpoint);
    if (open) open.probing = false;
  }
}

/** The trip in words: `GET projects/p/jobs/a: HTTP 503 UNAVAILABLE: … (kept failing for 4m0s, 9 attempts)`. */
export function describeTrip(trip: BreakerTrip): string {
  return `${trip.failure.message} (kept failing for ${formatDuration(trip.elapsedMs)}, ${trip.attempts} attempt${trip.attempts === 1 ? '' : 's'})`;
}

/** `4m0s`, `2.1s`, `350ms`: a duration as Terraform's timeouts spell them. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const tenths = Math.round(ms / 100) / 10;
  if (tenths < 60) return `${tenths}s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m${seconds % 60}s`;
}
