/**
 * The canonical error codes the emulator answers with, and the HTTP status each maps to (google.rpc.Code).
 *
 * @see https://cloud.google.com/apis/design/errors#handling_errors
 */
export const HTTP_STATUS_OF = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  ABORTED: 409,
  RESOURCE_EXHAUSTED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
} as const;

/** A canonical error code name (`NOT_FOUND`, `ALREADY_EXISTS`, …). */
export type ApiStatus = keyof typeof HTTP_STATUS_OF;

/** One bad field of a request, as `google.rpc.BadRequest.FieldViolation`. */
export interface FieldViolation {
  /** The API path of the field (`trainingInput.workerCount`, `jobId`). */
  readonly field: string;
  /** What is wrong with it. */
  readonly description: string;
}

/** The JSON body of an error response: `{ "error": { "code", "message", "status", "details"? } }`. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: number;
    readonly message: string;
    readonly status: ApiStatus;
    readonly details?: ReadonlyArray<{ readonly '@type': string; readonly fieldViolations: readonly FieldViolation[] }>;
  };
}

/** An error the emulator answers with: a canonical status, its HTTP code and a message (plus bad fields, for 400). */
export class ApiError extends Error {
  /** The HTTP status code. */
  readonly code: number;

  constructor(readonly status: ApiStatus, message: string, readonly fieldViolations: readonly FieldViolation[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = HTTP_STATUS_OF[status];
  }

  /** The response body, as Google APIs write it. */
  body(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        status: this.status,
        ...(this.fieldViolations.length > 0
          ? { details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: this.fieldViolations }] }
          : {}),
      },
    };
  }
}

/** The canonical status of an HTTP code the fault injector is asked to answer with (429, 500, 503, …). */
export function statusOfHttpCode(code: number): ApiStatus | undefined {
  const found = (Object.keys(HTTP_STATUS_OF) as ApiStatus[]).find((status) => HTTP_STATUS_OF[status] === code);
  return found;
}
