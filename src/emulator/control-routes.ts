import { ApiError } from './api-error';
import { RouteRequest, RouteResponse, unknownUrl } from './api-routes';
import { EmulatorClock, timestamp } from './emulator-clock';
import { FaultInjector, FaultSpec } from './fault-injector';
import { JobStore } from './job-store';
import { RecordedRequest } from './request-log';

/** What the control endpoints drive. */
export interface ControlPlane {
  readonly clock: EmulatorClock;
  readonly store: JobStore;
  readonly faults: FaultInjector;
  /** The API requests served so far. */
  requests(): RecordedRequest[];
  /** Forgets every job, fault and recorded request. */
  reset(): void;
}

/**
 * Serves the emulator's own endpoints under `/emulator/v1/` (never part of the ML API, never faulted, no auth):
 *
 * | method | path | what |
 * |---|---|---|
 * | GET | `/emulator/v1/clock` | `{ "now" }` |
 * | POST | `/emulator/v1/clock:advance` | body `{ "ms" }` or `{ "seconds" }`: moves the clock; `{ "now" }` |
 * | POST | `/emulator/v1/faults` | body `{ "status": 429, "count": 2, "delayMs"?, "message"?, "method"?, "pathContains"? }`: the next API requests (that match) fail; `{ "pending" }` |
 * | DELETE | `/emulator/v1/faults` | drops pending faults |
 * | POST | `/emulator/v1/projects/{p}/jobs/{id}:fail` | body `{ "errorMessage"? }`: the job fails now; the job |
 * | GET | `/emulator/v1/requests` | `{ "requests": [...] }`: the API requests served, oldest first |
 * | POST | `/emulator/v1/reset` | forgets jobs, faults and requests (the clock keeps its time) |
 */
export function routeControlRequest(control: ControlPlane, request: RouteRequest): RouteResponse {
  const path = request.segments.slice(2).join('/');
  const { method } = request;
  const body = (request.body ?? {}) as { [name: string]: unknown };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError('INVALID_ARGUMENT', 'Expected a JSON object.');
  if (path === 'clock' && method === 'GET') return ok({ now: timestamp(control.clock.now()) });
  if (path === 'clock:advance' && method === 'POST') {
    const ms = body.ms !== undefined ? body.ms : typeof body.seconds === 'number' ? body.seconds * 1000 : undefined;
    return ok({ now: timestamp(guard(() => control.clock.advance(ms as number))) });
  }
  if (path === 'faults' && method === 'POST') return ok({ pending: guard(() => control.faults.inject(body as FaultSpec)) });
  if (path === 'faults' && method === 'DELETE') {
    control.faults.clear();
    return ok({ pending: 0 });
  }
  if (path === 'requests' && method === 'GET') return ok({ requests: control.requests() });
  if (path === 'reset' && method === 'POST') {
    control.reset();
    return ok({});
  }
  const [projects, project, jobs, name, ...rest] = request.segments.slice(2);
  if (method === 'POST' && projects === 'projects' && project && jobs === 'jobs' && name?.endsWith(':fail') && rest.length === 0) {
    const message = typeof body.errorMessage === 'string' ? body.errorMessage : 'The replica master 0 exited with a non-zero status of 1 (failure injected by the emulator).';
    return ok(control.store.fail(project, name.slice(0, -':fail'.length), message));
  }
  throw unknownUrl(request);
}

function ok(body: unknown): RouteResponse {
  return { status: 200, body };
}

/** A bad control argument (a RangeError of the clock or the fault injector) is INVALID_ARGUMENT. */
function guard<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof RangeError) throw new ApiError('INVALID_ARGUMENT', error.message);
    throw error;
  }
}
