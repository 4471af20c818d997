import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { Catalog } from '../catalog/catalog';
import { ApiError } from './api-error';
import { RouteRequest, RouteResponse, routeApiRequest } from './api-routes';
import { isCustomJobRequest, routeCustomJobRequest } from './custom-job-routes';
import { CustomJobStore, createCustomJobStore } from './custom-job-store';
import { routeControlRequest } from './control-routes';
import { ClockMode, EmulatorClock, createClock, timestamp } from './emulator-clock';
import { FaultInjector, FaultSpec, createFaultInjector } from './fault-injector';
import { PhaseDurations } from './job-lifecycle';
import { JobStore, createJobStore } from './job-store';
import { RecordedRequest, createRequestLog } from './request-log';
import { ValidationLevel } from './validate-job';

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** The TCP port; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** The address to listen on. @default '127.0.0.1' */
  readonly host?: string;
  /** `manual` (moves only when advanced), `real` (follows the wall clock), or a clock of your own. @default 'manual' */
  readonly clock?: ClockMode | EmulatorClock;
  /** The clock's first reading (RFC 3339 or ms since the epoch). @default 2024-01-01T00:00:00Z for `manual`, now for `real` */
  readonly startTime?: string | number;
  /** Phase durations (ms); the ones not given keep their defaults (5 s queued, 60 s preparing, 5 min running, 10 s cancelling). */
  readonly durations?: Partial<PhaseDurations>;
  /** How much of a new job is checked. @default 'rules' */
  readonly validation?: ValidationLevel;
  /** Refuse API requests without an `Authorization: Bearer …` header (401 UNAUTHENTICATED). @default false */
  readonly requireAuth?: boolean;
  /** The catalog of the rules. @default the built-in catalog */
  readonly catalog?: Catalog;
  /** The status of a patch with a stale etag: FAILED_PRECONDITION (400) or ABORTED (409). @default 'FAILED_PRECONDITION' */
  readonly staleEtag?: 'FAILED_PRECONDITION' | 'ABORTED';
  /** Called after each API request is answered (the CLI logs them). */
  readonly onRequest?: (request: RecordedRequest) => void;
}

/** A running emulator. */
export interface RunningEmulator {
  /** `http://HOST:PORT`, without a trailing slash. */
  readonly url: string;
  /** The API base for clients: `http://HOST:PORT/v1/` (the google provider's `ml_engine_custom_endpoint` form). */
  readonly endpoint: string;
  /** The port it listens on. */
  readonly port: number;
  /** The clock. */
  readonly clock: EmulatorClock;
  /** The jobs, callable in-process without HTTP. */
  readonly store: JobStore;
  /** The Vertex AI custom jobs, callable in-process without HTTP. */
  readonly customJobs: CustomJobStore;
  /** The current clock time, RFC 3339. */
  now(): string;
  /** Moves the clock forward by `ms` and returns the new time (RFC 3339). */
  advance(ms: number): string;
  /** Makes the next API requests fail (or wait); returns how many faults are pending. */
  injectFaults(spec: FaultSpec): number;
  /** How many injected faults no request has taken yet (a held request has taken its fault). */
  pendingFaults(): number;
  /** The API requests served so far, oldest first. */
  requests(): RecordedRequest[];
  /** Forgets every job, pending fault and recorded request. */
  reset(): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** The largest request body accepted. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Starts an emulator of the ML Engine v1 `projects.jobs` API (AI Platform Training and Prediction) on `node:http`:
 * create, get, list, patch (labels) and cancel with the reference's semantics, jobs moving QUEUED → PREPARING →
 * RUNNING → SUCCEEDED on a clock you drive, errors in the API's JSON error body, and control endpoints under
 * `/emulator/v1/` for the clock, fault injection and the request log. It also serves the Vertex AI v1
 * `projects.locations.customJobs` API on the same base (create with a server-assigned id, get, list, cancel, delete;
 * JOB_STATE_QUEUED → PENDING → RUNNING → SUCCEEDED on the same clock): see `routeCustomJobRequest`. Deterministic: ids,
 * etags and times come from counters and the clock. Any `Authorization: Bearer` token is accepted.
 *
 * @example
 * const emulator = await startEmulator({ port: 0 });
 * await fetch(`${emulator.endpoint}projects/p/jobs`, { method: 'POST', body: JSON.stringify(job) });
 * emulator.advance(10 * 60_000); // the job has SUCCEEDED
 * await emulator.close();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const clock = typeof options.clock === 'object' ? options.clock : createClock({ mode: options.clock ?? 'manual', ...startOf(options.startTime) });
  const store = createJobStore({
    clock,
    ...(options.durations ? { durations: options.durations } : {}),
    ...(options.validation ? { validation: options.validation } : {}),
    ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(options.staleEtag ? { staleEtag: options.staleEtag } : {}),
  });
  const customJobs = createCustomJobStore({ clock, ...(options.durations ? { durations: options.durations } : {}) });
  const faults = createFaultInjector();
  const log = createRequestLog();
  const reset = (): void => {
    store.reset();
    customJobs.reset();
    faults.clear();
    log.clear();
  };
  const control = { clock, store, faults, requests: () => log.list(), reset };

  const server = http.createServer((req, res) => {
    handle(req, res, { store, customJobs, faults, control, requireAuth: options.requireAuth ?? false, clock, record: (entry) => {
      log.add(entry);
      options.onRequest?.(entry);
    } }).catch((error: unknown) => {
      // Only a bug gets here; answer it as the service answers its own failures.
      send(res, 500, new ApiError('INTERNAL', `Internal error: ${(error as Error).message}`).body());
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    endpoint: `${url}/v1/`,
    port: address.port,
    clock,
    store,
    customJobs,
    now: () => timestamp(clock.now()),
    advance: (ms) => timestamp(clock.advance(ms)),
    injectFaults: (spec) => faults.inject(spec),
    pendingFaults: () => faults.pending(),
    requests: () => log.list(),
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface HandlerContext {
  readonly store: JobStore;
  readonly customJobs: CustomJobStore;
  readonly faults: FaultInjector;
  readonly control: Parameters<typeof routeControlRequest>[0];
  readonly requireAuth: boolean;
  readonly clock: EmulatorClock;
  record(entry: RecordedRequest): void;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, context: HandlerContext): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const target = new URL(req.url ?? '/', 'http://emulator');
  let segments: string[];
  try {
    segments = target.pathname.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
  } catch {
    segments = [];
  }
  const isControl = segments[0] === 'emulator';
  const authorization = req.headers.authorization;
  const authorized = typeof authorization === 'string' && /^Bearer\s+\S+/i.test(authorization);
  let body: unknown;
  let response: RouteResponse;
  try {
    const text = await readBody(req);
    body = parseJsonBody(text);
    if (isControl) {
      response = routeControlRequest(context.control, { method, segments, query: target.searchParams, body });
    } else {
      const fault = context.faults.take({ method, url: req.url ?? '/' });
      if (fault && fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault?.error) throw fault.error;
      if (authorization !== undefined && !authorized) {
        throw new ApiError('UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token: Authorization: Bearer TOKEN.');
      }
      if (context.requireAuth && !authorized) {
        throw new ApiError('UNAUTHENTICATED', 'Request is missing required authentication credential. Expected OAuth 2 access token: Authorization: Bearer TOKEN.');
      }
      const request: RouteRequest = { method, segments, query: target.searchParams, body };
      response = isCustomJobRequest(request.segments) ? routeCustomJobRequest(context.customJobs, request) : routeApiRequest(context.store, request);
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    response = { status: error.code, body: error.body() };
  }
  send(res, response.status, response.body);
  if (!isControl) {
    context.record({
      method,
      url: req.url ?? '/',
      authorized,
      ...(body !== undefined ? { body } : {}),
      status: response.status,
      time: timestamp(context.clock.now()),
    });
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reject(new ApiError('INVALID_ARGUMENT', `Request payload size exceeds the limit: ${MAX_BODY_BYTES} bytes.`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** Parses a request body: empty is undefined; malformed JSON is INVALID_ARGUMENT, as the service says it. */
function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ApiError('INVALID_ARGUMENT', `Invalid JSON payload received. ${(error as Error).message}`);
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = `${JSON.stringify(body, null, 2)}\n`;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function startOf(startTime: string | number | undefined): { start?: number } {
  if (startTime === undefined) return {};
  const start = typeof startTime === 'number' ? startTime : Date.parse(startTime);
  if (!Number.isFinite(start)) throw new RangeError(`startTime ${JSON.stringify(startTime)} is not a time (RFC 3339, e.g. 2024-01-01T00:00:00Z)`);
  return { start };
}
