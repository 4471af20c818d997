/** One API request the emulator served, for tests that check what a client sent. */
export interface RecordedRequest {
  /** `GET`, `POST`, `PATCH`, … */
  readonly method: string;
  /** The path and query, as sent. */
  readonly url: string;
  /** Whether an `Authorization: Bearer …` header came with it (the token itself is never kept). */
  readonly authorized: boolean;
  /** The parsed JSON body, if any. */
  readonly body?: unknown;
  /** The status answered. */
  readonly status: number;
  /** The emulator clock's time when it was served. */
  readonly time: string;
}

/** The most requests kept; older ones are dropped first. */
export const MAX_RECORDED_REQUESTS = 10_000;

/** A bounded log of served API requests. */
export interface RequestLog {
  add(request: RecordedRequest): void;
  /** The recorded requests, oldest first. */
  list(): RecordedRequest[];
  clear(): void;
}

/** Creates an empty request log. */
export function createRequestLog(limit = MAX_RECORDED_REQUESTS): RequestLog {
  let entries: RecordedRequest[] = [];
  return {
    add(request) {
      entries.push(request);
      if (entries.length > limit) entries = entries.slice(entries.length - limit);
    },
    list() {
      return [...entries];
    },
    clear() {
      entries = [];
    },
  };
}
