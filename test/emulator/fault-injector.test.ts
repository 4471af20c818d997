import { createFaultInjector } from '../../src/emulator/fault-injector';

describe('createFaultInjector', () => {
  test('hands out the queued faults in order, one per request, then nothing', () => {
    const faults = createFaultInjector();
    expect(faults.inject({ status: 429, count: 2 })).toBe(2);
    expect(faults.inject({ status: 500 })).toBe(3);
    expect(faults.take()?.error?.body().error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    expect(faults.take()?.error?.code).toBe(429);
    expect(faults.take()?.error?.body().error).toMatchObject({ code: 500, status: 'INTERNAL' });
    expect(faults.take()).toBeUndefined();
  });

  test('a delay alone holds the request without failing it; a message replaces the default', () => {
    const faults = createFaultInjector();
    faults.inject({ delayMs: 50 });
    faults.inject({ status: 503, message: 'later' });
    expect(faults.take()).toEqual({ delayMs: 50 });
    expect(faults.take()?.error?.message).toBe('later');
  });

  test('a fault that names a method or a path waits for a request that matches; the others pass it by', () => {
    // GIVEN a fault for the cancel call only, then one for any request
    const faults = createFaultInjector();
    faults.inject({ status: 500, method: 'post', pathContains: ':cancel' });
    faults.inject({ status: 429 });
    // WHEN a GET comes first, THEN it takes the unfiltered fault, not the cancel's
    expect(faults.take({ method: 'GET', url: '/v1/projects/p/jobs/j' })?.error?.code).toBe(429);
    expect(faults.take({ method: 'GET', url: '/v1/projects/p/jobs/j' })).toBeUndefined();
    expect(faults.take({ method: 'POST', url: '/v1/projects/p/jobs' })).toBeUndefined();
    // AND the cancel takes its own
    expect(faults.take({ method: 'POST', url: '/v1/projects/p/jobs/j:cancel' })).toMatchObject({ error: { code: 500 }, method: 'POST', pathContains: ':cancel' });
    expect(faults.pending()).toBe(0);
  });

  test('clear drops every pending fault', () => {
    const faults = createFaultInjector();
    faults.inject({ status: 500, count: 3 });
    faults.clear();
    expect(faults.pending()).toBe(0);
  });

  test.each([
    [{ status: 200 }, /not an error status/],
    [{ status: 499 }, /not an error status/],
    [{ status: 500, count: 0 }, /count/],
    [{ status: 500, count: 1.5 }, /count/],
    [{ delayMs: -1 }, /delayMs/],
    [{}, /needs a status, a delayMs, or both/],
    [{ status: 500, method: 'GET /x' }, /not an HTTP method/],
    [{ status: 500, pathContains: '' }, /pathContains/],
  ])('%j is refused', (spec, message) => {
    expect(() => createFaultInjector().inject(spec)).toThrow(message);
  });
});
