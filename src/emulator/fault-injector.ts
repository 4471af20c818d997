import { ApiError, ApiStatus, statusOfHttpCode } from './api-error';

/** Faults to inject into the next API requests (control requests under `/emulator/` are never affected). */
export interface FaultSpec {
  /** The HTTP status to answer with: 429, 500, 503, … (a canonical code's status). Without it, requests are only delayed. */
  readonly status?: number;
  /** How many of the next API requests get the fault. @default 1 */
  readonly count?: number;
  /** Real milliseconds to hold each response before answering (for client timeout tests). @default 0 */
  readonly delayMs?: number;
  /** The error message. @default a message like the service's for that status */
  readonly message?: string;
  /** Only requests with this HTTP method (`POST`, `GET`, …) take the fault; others pass it by. @default any method */
  readonly method?: string;
  /**
   * Only requests whose path and query contain this text (`:cancel`, `/jobs/train_1`, `updateMask`) take the fault;
   * others pass it by. @default any path
   */
  readonly pathContains?: string;
}

/** What a request shows the fault injector: its method and its path with the query. */
export interface FaultTarget {
  readonly method: string;
  readonly url: string;
}

/** One pending fault, as the injector hands it to the next request. */
export interface Fault {
  /** The error to answer with, if any. */
  readonly error?: ApiError;
  /** Real milliseconds to wait first. */
  readonly delayMs: number;
  /** The method the fault waits for, if it names one. */
  readonly method?: string;
  /** The text the request's path must contain, if the fault names one. */
  readonly pathContains?: string;
}

/**
 * A queue of injected faults: each API request takes the first pending fault that matches it (a fault without a
 * `method` or `pathContains` matches every request), so a test can fail one call of an operation (the cancel of a
 * destroy, the create of an apply) and let the reads before it through.
 */
export interface FaultInjector {
  /** Queues `count` faults after the ones already queued; returns how many are pending. */
  inject(spec: FaultSpec): number;
  /** The fault for this API request (any request when no target is given), if one is pending. */
  take(target?: FaultTarget): Fault | undefined;
  /** How many faults are pending. */
  pending(): number;
  /** Drops every pending fault. */
  clear(): void;
}

const MESSAGES: Partial<Record<ApiStatus, string>> = {
  RESOURCE_EXHAUSTED: 'Quota exceeded for quota metric \'Requests\' of service \'ml.googleapis.com\' (injected by the emulator).',
  INTERNAL: 'Internal error encountered (injected by the emulator).',
  UNAVAILABLE: 'The service is currently unavailable (injected by the emulator).',
};

/** Creates an empty fault queue. */
export function createFaultInjector(): FaultInjector {
  let queue: Fault[] = [];
  return {
    inject(spec) {
      const count = spec.count ?? 1;
      if (!Number.isSafeInteger(count) || count < 1 || count > 10_000) throw new RangeError(`fault count ${String(spec.count)} is not a whole number from 1 to 10000`);
      const delayMs = spec.delayMs ?? 0;
      if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0 || delayMs > 600_000) throw new RangeError(`fault delayMs ${String(spec.delayMs)} is not from 0 to 600000`);
      let error: ApiError | undefined;
      if (spec.status !== undefined) {
        const status = typeof spec.status === 'number' && spec.status >= 400 ? statusOfHttpCode(spec.status) : undefined;
        if (!status) throw new RangeError(`fault status ${String(spec.status)} is not an error status the emulator knows (429, 500, 503, 400, 401, 403, 404, 409)`);
        error = new ApiError(status, spec.message ?? MESSAGES[status] ?? `Injected ${status} fault.`);
      }
      if (!error && delayMs === 0) throw new RangeError('a fault needs a status, a delayMs, or both');
      if (spec.method !== undefined && (typeof spec.method !== 'string' || !/^[A-Za-z]+$/.test(spec.method))) throw new RangeError(`fault method ${String(spec.method)} is not an HTTP method`);
      if (spec.pathContains !== undefined && (typeof spec.pathContains !== 'string' || spec.pathContains === '')) throw new RangeError('fault pathContains is not a non-empty string');
      const filter = {
        ...(spec.method !== undefined ? { method: spec.method.toUpperCase() } : {}),
        ...(spec.pathContains !== undefined ? { pathContains: spec.pathContains } : {}),
      };
      for (let i = 0; i < count; i++) queue.push({ ...(error ? { error } : {}), delayMs, ...filter });
      return queue.length;
    },
    take(target) {
      const index = queue.findIndex((fault) => matches(fault, target));
      return index < 0 ? undefined : queue.splice(index, 1)[0];
    },
    pending() {
      return queue.length;
    },
    clear() {
      queue = [];
    },
  };
}

function matches(fault: Fault, target: FaultTarget | undefined): boolean {
  if (fault.method !== undefined && fault.method !== target?.method.toUpperCase()) return false;
  return fault.pathContains === undefined || (target?.url.includes(fault.pathContains) ?? false);
}
