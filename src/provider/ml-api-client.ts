import { Job } from '../model/job';
import { isLoopbackEndpoint, ProviderSettings } from './provider-settings';
import { BreakerTrip, DEFAULT_PROBE_INTERVAL_MS, describeTrip, ReadBreaker } from './read-breaker';

/** An error answer of the API (or of the network), with what a diagnostic needs. */
export class MlApiError extends Error {
  constructor(
    /** The HTTP status; 0 for a network failure or a timeout. */
    public readonly status: number,
    /** The API's `error.status` (`ALREADY_EXISTS`, `FAILED_PRECONDITION`, …) when it sent one. */
    public readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'MlApiError';
  }
}

/** One page of `projects.jobs.list`. */
export interface JobPage {
  readonly jobs?: Job[];
  readonly nextPageToken?: string;
}

/** Supplies the bearer token of each request; undefined sends none. */
export type TokenSource = () => Promise<string | undefined>;

/** How the client retries 429, 5xx and network failures. */
export interface RetryOptions {
  /** The first wait, doubled per retry (default 1000 ms). */
  readonly baseDelayMs?: number;
  /** The longest wait (default 30 s). */
  readonly maxDelayMs?: number;
  /** How long the read breaker of a failing endpoint fails refresh reads at once before one probes it (default 10 s). */
  readonly probeIntervalMs?: number;
}

/** One call's limits: the operation's deadline (from the resource's timeouts) and a signal that stops it. */
export interface CallOptions {
  /** Epoch milliseconds after which no retry starts. */
  readonly deadline: number;
  /** Aborted when Terraform stops the provider. */
  readonly signal?: AbortSignal;
  /**
   * False for a call that must not run twice (a create whose id the server assigns): then only 429, which the server
   * answers before doing anything, is retried; a 5xx or a lost connection may have created the resource already.
   * @default true
   */
  readonly idempotent?: boolean;
  /**
   * True for a refresh read (ReadResource, or the listing it shares): it goes through the endpoint's `ReadBreaker`, so
   * once one refresh read has kept failing for its whole timeout, the others fail at once instead of each retrying
   * for its own.
   * @default false
   */
  readonly refresh?: boolean;
}

const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * The five calls of ML Engine v1 `projects.jobs` the provider makes, over `fetch`, with retries and backoff on
 * 429/5xx and network failures until the operation's deadline. Refresh reads share one `ReadBreaker` per endpoint for
 * the life of the client (one provider process).
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs
 */
export class MlApiClient {
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly breaker: ReadBreaker;

  constructor(
    private readonly endpoint: string,
    private readonly token: TokenSource,
    private readonly requestTimeoutMs: number,
    retry: RetryOptions = {},
    private readonly log: (line: string) => void = () => {},
  ) {
    this.baseDelayMs = retry.baseDelayMs ?? 1000;
    this.maxDelayMs = retry.maxDelayMs ?? 30_000;
    this.breaker = new ReadBreaker(retry.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS);
  }

  /** `projects.jobs.create`. */
  public createJob(project: string, job: Job, options: CallOptions): Promise<Job> {
    return this.call('POST', `projects/${enc(project)}/jobs`, job, options) as Promise<Job>;
  }

  /** `projects.jobs.get`. */
  public getJob(project: string, jobId: string, options: CallOptions): Promise<Job> {
    return this.call('GET', `projects/${enc(project)}/jobs/${enc(jobId)}`, undefined, options) as Promise<Job>;
  }

  /** One page (of up to 100 jobs, the API's largest) of `projects.jobs.list`. */
  public listJobs(project: string, pageToken: string | undefined, options: CallOptions): Promise<JobPage> {
    const query = `pageSize=100${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ''}`;
    return this.call('GET', `projects/${enc(project)}/jobs?${query}`, undefined, options) as Promise<JobPage>;
  }

  /** `projects.jobs.patch` of the labels, guarded by the etag. */
  public patchLabels(project: string, jobId: string, labels: { [key: string]: string }, etag: string | undefined, options: CallOptions): Promise<Job> {
    const body = { labels, ...(etag ? { etag } : {}) };
    const mask = etag ? 'labels,etag' : 'labels';
    return this.call('PATCH', `projects/${enc(project)}/jobs/${enc(jobId)}?updateMask=${encodeURIComponent(mask)}`, body, options) as Promise<Job>;
  }

  /** `projects.jobs.cancel`. */
  public async cancelJob(project: string, jobId: string, options: CallOptions): Promise<void> {
    await this.call('POST', `projects/${enc(project)}/jobs/${enc(jobId)}:cancel`, {}, options);
  }

  /** One call with retries: `relative` to `base` (default: the client's endpoint). */
  protected async call(method: string, relative: string, body: unknown, options: CallOptions, base: string = this.endpoint): Promise<unknown> {
    if (!options.refresh) return this.attempts(method, relative, body, options, base, false);
    const verdict = this.breaker.verdict(base);
    if (verdict.kind === 'open') throw notSent(method, relative, base, verdict.trip);
    if (verdict.kind === 'closed') return this.attempts(method, relative, body, options, base, false);
    try {
      return await this.attempts(method, relative, body, options, base, true);
    } finally {
      this.breaker.probeEnded(base);
    }
  }

  /** The attempts of one call: one for a `probe` of a failing endpoint, else as many as the deadline allows. */
  private async attempts(method: string, relative: string, body: unknown, options: CallOptions, base: string, probe: boolean): Promise<unknown> {
    const url = base + relative;
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      let retryAfterMs: number | undefined;
      let failure: MlApiError;
      try {
        const response = await this.send(method, url, body, options.signal);
        // Any answer but 429/5xx (a success, a 404) shows the endpoint works: refresh reads retry again.
        if (!RETRIED_STATUSES.has(response.status)) this.breaker.answered(base);
        const text = await response.text();
        if (response.ok) return text ? JSON.parse(text) : {};
        failure = apiError(response.status, text, method, relative);
        if (!RETRIED_STATUSES.has(response.status) || (options.idempotent === false && response.status !== 429)) throw failure;
        retryAfterMs = retryAfter(response.headers.get('retry-after'));
      } catch (error) {
        if (error instanceof MlApiError && !RETRIED_STATUSES.has(error.status) && error.status !== 0) throw error;
        if (error instanceof MlApiError && options.idempotent === false && error.status !== 429) throw error;
        if (!(error instanceof MlApiError) && options.idempotent === false) throw new MlApiError(0, undefined, `${method} ${relative}: ${networkMessage(error)} (not retried: the request may have been carried out)`);
        if (options.signal?.aborted) throw new MlApiError(0, 'CANCELLED', `${method} ${relative}: stopped by Terraform`);
        failure = error instanceof MlApiError ? error : new MlApiError(0, undefined, `${method} ${relative}: ${networkMessage(error)}`);
      }
      const attempts = `${attempt + 1} attempt${attempt ? 's' : ''}`;
      if (probe) {
        throw new MlApiError(failure.status, failure.code, `${failure.message} (one attempt, not retried: ${this.breakerNote(base, this.breaker.tripOf(base))})`);
      }
      // Another refresh read of this endpoint has kept failing for its whole timeout meanwhile: stop retrying this one.
      const trip = options.refresh ? this.breaker.tripOf(base) : undefined;
      if (trip) throw new MlApiError(failure.status, failure.code, `${failure.message} (gave up after ${attempts}: ${this.breakerNote(base, trip)})`);
      const wait = Math.min(this.maxDelayMs, retryAfterMs ?? this.baseDelayMs * 2 ** attempt) * (retryAfterMs ? 1 : 0.5 + Math.random() / 2);
      if (Date.now() + wait >= options.deadline) {
        if (options.refresh) {
          this.breaker.trip(base, { failure, attempts: attempt + 1, elapsedMs: Date.now() - started });
          this.log(`[WARN] mljobs: ${failure.message}, for the whole read timeout (${attempts}); the other refresh reads from ${base} now fail at once until it answers again`);
        }
        throw new MlApiError(failure.status, failure.code, `${failure.message} (gave up after ${attempts}: the operation's timeout ends)`);
      }
      this.log(`[WARN] ${failure.message}; retry ${attempt + 1} in ${Math.round(wait)} ms`);
      await sleep(wait, options.signal);
    }
  }

  private breakerNote(base: string, trip: BreakerTrip | undefined): string {
    return trip ? `the API at ${base} is failing: ${describeTrip(trip)}` : `the API at ${base} was failing`;
  }

  private async send(method: string, url: string, body: unknown, signal: AbortSignal | undefined): Promise<Response> {
    const token = await this.token();
    const timeout = AbortSignal.timeout(this.requestTimeoutMs);
    try {
      return await fetch(url, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          'user-agent': 'terraform-provider-mljobs (cdktf-gcp-ml-jobs)',
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (timeout.aborted) throw new MlApiError(0, 'DEADLINE_EXCEEDED', `${method} ${url}: no answer within ${this.requestTimeoutMs} ms (request_timeout)`);
      throw error;
    }
  }
}

/**
 * The token source for the settings: `access_token`; none for a loopback http endpoint (an emulator); otherwise
 * Application Default Credentials through google-auth-library, loaded on first use.
 */
export function tokenSourceFor(settings: ProviderSettings, endpoint: string = settings.endpoint): TokenSource {
  if (settings.accessToken) {
    const token = settings.accessToken;
    return async () => token;
  }
  if (isLoopbackEndpoint(endpoint)) return async () => undefined;
  let auth: Promise<{ getAccessToken(): Promise<string | null | undefined> }> | undefined;
  return async () => {
    // require, not import(): the bundled provider runs through a vm.Script (compile-cache.ts), which has no loader
    // for dynamic imports.
    auth ??= Promise.resolve().then(() => {
      const { GoogleAuth } = require('google-auth-library') as typeof import('google-auth-library');
      return new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] });
    });
    try {
      const token = await (await auth).getAccessToken();
      return token ?? undefined;
    } catch (error) {
      throw new MlApiError(401, 'UNAUTHENTICATED', `no Application Default Credentials (${(error as Error).message}); run \`gcloud auth application-default login\`, set GOOGLE_APPLICATION_CREDENTIALS, or set access_token in the provider block`);
    }
  };
}

/** The error of a refresh read that the open breaker of `base` does not send. */
function notSent(method: string, relative: string, base: string, trip: BreakerTrip): MlApiError {
  return new MlApiError(trip.failure.status, trip.failure.code, `${method} ${relative.replace(/\?.*$/, '')}: not sent, the API at ${base} is failing: ${describeTrip(trip)}. The other refreshes of this run fail at once rather than each retrying for its read timeout; run Terraform again once the API answers (the state keeps the job).`);
}

function apiError(status: number, text: string, method: string, relative: string): MlApiError {
  let code: string | undefined;
  let message = text.trim().slice(0, 500) || `HTTP ${status}`;
  try {
    const body = JSON.parse(text) as { error?: { status?: string; message?: string } };
    if (body.error) {
      code = body.error.status;
      message = body.error.message ?? message;
    }
  } catch {
    // Not the API's JSON error body (a proxy's page): keep the text.
  }
  return new MlApiError(status, code, `${method} ${relative.replace(/\?.*$/, '')}: HTTP ${status}${code ? ` ${code}` : ''}: ${message}`);
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
