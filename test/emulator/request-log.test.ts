import { createRequestLog } from '../../src/emulator/request-log';

const entry = (n: number) => ({ method: 'GET', url: `/v1/projects/p/jobs/j${n}`, authorized: true, status: 200, time: '2024-01-01T00:00:00Z' });

describe('createRequestLog', () => {
  test('lists requests oldest first, as copies', () => {
    const log = createRequestLog();
    log.add(entry(1));
    log.add(entry(2));
    const listed = log.list();
    expect(listed.map((request) => request.url)).toEqual(['/v1/projects/p/jobs/j1', '/v1/projects/p/jobs/j2']);
    listed.pop();
    expect(log.list()).toHaveLength(2);
  });

  test('keeps only the newest requests past its limit, and clears', () => {
    const log = createRequestLog(3);
    for (let i = 1; i <= 5; i++) log.add(entry(i));
    expect(log.list().map((request) => request.url)).toEqual(['/v1/projects/p/jobs/j3', '/v1/projects/p/jobs/j4', '/v1/projects/p/jobs/j5']);
    log.clear();
    expect(log.list()).toEqual([]);
  });
});
