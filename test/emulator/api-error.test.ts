import { ApiError, HTTP_STATUS_OF, statusOfHttpCode } from '../../src/emulator/api-error';

describe('ApiError', () => {
  test('carries the canonical status and its HTTP code, and renders the API error body', () => {
    const error = new ApiError('NOT_FOUND', 'no such job');
    expect(error.code).toBe(404);
    expect(error.body()).toEqual({ error: { code: 404, message: 'no such job', status: 'NOT_FOUND' } });
  });

  test('field violations become a google.rpc.BadRequest detail', () => {
    const error = new ApiError('INVALID_ARGUMENT', 'bad', [{ field: 'jobId', description: 'must start with a letter' }]);
    expect(error.body().error.details).toEqual([
      { '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'jobId', description: 'must start with a letter' }] },
    ]);
  });

  test('the codes follow google.rpc.Code', () => {
    expect(HTTP_STATUS_OF).toMatchObject({ INVALID_ARGUMENT: 400, FAILED_PRECONDITION: 400, ALREADY_EXISTS: 409, ABORTED: 409, RESOURCE_EXHAUSTED: 429, INTERNAL: 500, UNAVAILABLE: 503 });
  });
});

describe('statusOfHttpCode', () => {
  test('maps the fault codes to their canonical status', () => {
    expect(statusOfHttpCode(429)).toBe('RESOURCE_EXHAUSTED');
    expect(statusOfHttpCode(500)).toBe('INTERNAL');
    expect(statusOfHttpCode(503)).toBe('UNAVAILABLE');
    expect(statusOfHttpCode(404)).toBe('NOT_FOUND');
  });

  test('has no status for a code that is not an error of the API', () => {
    expect(statusOfHttpCode(200)).toBeUndefined();
    expect(statusOfHttpCode(418)).toBeUndefined();
  });
});
