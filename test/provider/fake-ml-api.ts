// A minimal in-test ML Engine v1 jobs API (create/get/patch/cancel) for the provider's tests, with failures that a
// test can queue. The full emulator is `mljob emulator`; this one only needs to be small and predictable.
import * as http from 'http';
import { AddressInfo } from 'net';

/** A job as the fake stores it. */
export type FakeJob = { [field: string]: any };

/** The fake API and what it saw. */
export interface FakeMlApi {
  readonly endpoint: string;
  readonly jobs: Map<string, FakeJob>;
  /** Every request: method, path (with query), body, authorization header. */
  readonly requests: { method: string; url: string; body: any; authorization?: string }[];
  /** Answers the next requests with these statuses (then normally). */
  failNext(...statuses: number[]): void;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1. */
export async function startFakeMlApi(): Promise<FakeMlApi> {
  const jobs = new Map<string, FakeJob>();
  const requests: FakeMlApi['requests'] = [];
  const failures: number[] = [];
  let etagCounter = 0;
  const etag = (): string => Buffer.from(`etag-${++etagCounter}`).toString('base64');
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ method: req.method!, url: req.url!, body, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      const send = (status: number, payload: object): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const error = (status: number, code: string, message: string): void => send(status, { error: { code: status, message, status: code } });
      const failure = failures.shift();
      if (failure) return error(failure, failure === 429 ? 'RESOURCE_EXHAUSTED' : failure === 400 ? 'INVALID_ARGUMENT' : failure === 404 ? 'NOT_FOUND' : failure === 409 ? 'ALREADY_EXISTS' : 'INTERNAL', `injected ${failure}`);
      const url = new URL(req.url!, 'http://x');
      const match = /^\/v1\/projects\/([^/]+)\/jobs(?:\/([^/:]+))?(:cancel)?$/.exec(url.pathname);
      if (!match) return error(404, 'NOT_FOUND', `no route ${req.method} ${url.pathname}`);
      const [, project, jobId, cancel] = match;
      const key = `${project}/${jobId ?? body?.jobId}`;
      if (req.method === 'POST' && !jobId) {
        if (jobs.has(key)) return error(409, 'ALREADY_EXISTS', `Field: job.job_id Error: A job with this id already exists.`);
        const job = { ...body, state: 'QUEUED', createTime: '2026-01-01T00:00:00Z', etag: etag() };
        jobs.set(key, job);
        return send(200, job);
      }
      const job = jobs.get(key);
      if (!job) return error(404, 'NOT_FOUND', `Field: name Error: The specified job does not exist.`);
      if (req.method === 'GET') return send(200, job);
      if (req.method === 'POST' && cancel) {
        if (!['QUEUED', 'PREPARING', 'RUNNING'].includes(job.state)) return error(400, 'FAILED_PRECONDITION', `Cannot cancel a job in state ${job.state}.`);
        job.state = 'CANCELLED';
        job.etag = etag();
        return send(200, {});
      }
      if (req.method === 'PATCH') {
        if (url.searchParams.get('updateMask')?.split(',').includes('etag') && body.etag !== job.etag) return error(409, 'ABORTED', 'etag mismatch');
        job.labels = body.labels;
        job.etag = etag();
        return send(200, job);
      }
      return error(405, 'INVALID_ARGUMENT', 'method');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/v1/`,
    jobs,
    requests,
    failNext: (...statuses) => failures.push(...statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
