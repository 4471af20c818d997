// What goes wrong, through the real terraform binary and the mljobs provider against the API emulator: bad provider
// settings, the API's errors (400, 404, 409, 429, 500, 503) injected by the emulator (`injectFaults`, filtered to the
// one call under test), an unreachable endpoint and a killed apply. Each must end as a Terraform diagnostic that carries
// the API's message, never a crash, and the state must keep what really happened. Short `timeouts` bound the retries
// (429 and 5xx are retried with backoff until the operation's timeout), so these tests take seconds. A refresh against
// an API that keeps failing costs one read timeout per run, not one per job (the provider's read breaker).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { describeWithTerraform, openTerraformWorkspace, terraformBinary, TerraformRun, TerraformWorkspace } from './terraform-workspace';
import { TRAINING_INPUT } from './sample-training-input';

const CRASH = /panic|plugin crashed|unexpected EOF|stack trace|at .+\.js:\d+/i;

describeWithTerraform('the mljobs provider under faults: diagnostics, never a crash; the state is never lost', () => {
  let ws: TerraformWorkspace;

  /** The stack: the jobs given (name → attributes), each with short timeouts; the provider block as given. */
  const writeConfig = (jobs: { [name: string]: object }, provider: object = {}): void => {
    const resources: { [name: string]: object } = {};
    for (const [name, job] of Object.entries(jobs)) {
      resources[name] = { provider: 'mljobs', training_input: [TRAINING_INPUT], timeouts: { create: '2s', update: '2s', delete: '2s', read: '2s' }, ...job };
    }
    fs.writeFileSync(path.join(ws.dir, 'main.tf.json'), JSON.stringify({
      terraform: { required_providers: { mljobs: { source: 'terraform.local/cdktf-gcp-ml-jobs/mljobs' } } },
      provider: { mljobs: [{ project: 'p1', ...provider }] },
      resource: { google_ml_engine_job: resources },
    }, null, 2));
  };
  const apply = (...args: string[]): Promise<TerraformRun> => ws.run('apply', '-input=false', '-auto-approve', '-no-color', ...args);
  const clearFaults = async (): Promise<void> => {
    await fetch(`${ws.api.url}/emulator/v1/faults`, { method: 'DELETE' });
  };
  /** The API requests served from now on. */
  const requestsFromNow = (): (() => ReturnType<TerraformWorkspace['api']['requests']>) => {
    const seen = ws.api.requests().length;
    return () => ws.api.requests().slice(seen);
  };
  const jobIds = (): string[] => (ws.api.store.list('p1', { pageSize: 100 }).jobs ?? []).map((job) => job.jobId);
  const stateIds = async (): Promise<string[]> => (await ws.resources()).map((r) => `${r.address}=${r.values.job_id}`).sort();
  const expectDiagnostic = (run: TerraformRun, ...patterns: RegExp[]): void => {
    expect({ status: run.status, crash: CRASH.test(run.stderr) }).toEqual({ status: 1, crash: false });
    // Terraform wraps long diagnostics: match them as one line.
    for (const pattern of patterns) expect(run.stderr.replace(/\s+/g, ' ')).toMatch(pattern);
  };

  beforeAll(async () => {
    ws = await openTerraformWorkspace({ prefix: 'mljob-tf-faults-' });
    writeConfig({ a: { job_id: 'fault_a', labels: { team: 'ml' } } });
    await ws.ok('init', '-input=false', '-no-color');
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  });

  afterEach(async () => {
    // A test that failed half way must not leave its faults to the next one (the jobs stay: the tests build on them).
    await clearFaults();
  });

  test('bad provider settings are diagnostics on their attributes; an unreachable endpoint is retried, then diagnosed', async () => {
    // GIVEN a provider block with a malformed endpoint and timeout
    const requests = requestsFromNow();
    writeConfig({ a: { job_id: 'fault_a' } }, { ml_engine_custom_endpoint: 'ftp://example.com/v1/', request_timeout: 'soon', access_token: '' });
    // WHEN terraform plans, THEN each is an error on its attribute, and nothing ran
    const bad = await ws.run('plan', '-input=false', '-no-color');
    expectDiagnostic(bad, /Error: Invalid ml_engine_custom_endpoint/, /Error: Invalid request_timeout/, /"soon" is not a duration/, /Error: Empty access_token/);
    expect(requests()).toEqual([]);

    // GIVEN an endpoint where nothing listens (a well-formed setting that is wrong)
    writeConfig({ a: { job_id: 'fault_a' } }, { ml_engine_custom_endpoint: 'http://127.0.0.1:9/v1/' });
    // WHEN applied, THEN the create is retried until its 2 s timeout, then it is a diagnostic; nothing is in the state
    const started = Date.now();
    const unreachable = await apply();
    expectDiagnostic(unreachable, /Error: Could not create job fault_a/, /POST projects\/p1\/jobs: .*gave up after \d+ attempts/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await stateIds()).toEqual([]);
  }, 120_000);

  test.each([
    [400, /Error: The API rejected job fault_a/],
    [404, /Error: Could not create job fault_a/],
    [409, /Error: Could not create job fault_a/],
  ])('%d on create: a diagnostic with the API\'s message, and no job in the state', async (status, summary) => {
    // GIVEN the create answers the error (with the API's JSON error body)
    writeConfig({ a: { job_id: 'fault_a' } });
    ws.api.injectFaults({ status, method: 'POST', message: `injected ${status} for the test` });
    // WHEN applied
    const run = await apply();
    // THEN a diagnostic names the job and carries the API's status and message; the state has no job
    expectDiagnostic(run, summary, new RegExp(`HTTP ${status} [A-Z_]+: injected ${status} for the test`));
    expect(await stateIds()).toEqual([]);
    expect(jobIds()).toEqual([]);
  }, 120_000);

  test('429 and 500 are retried with backoff and the apply succeeds; 503 until the timeout is diagnosed', async () => {
    // GIVEN one 429 and one 500 before the create goes through (in its 10 s timeout: the waits are 0.5-1 s, then 1-2 s)
    writeConfig({ a: { job_id: 'fault_a', labels: { team: 'ml' }, timeouts: { create: '10s' } } });
    ws.api.injectFaults({ status: 429, method: 'POST' });
    ws.api.injectFaults({ status: 500, method: 'POST' });
    const requests = requestsFromNow();
    // WHEN applied, THEN it succeeds after three POSTs, the retries spaced by the backoff
    const run = await apply();
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const posts = requests().filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).toEqual([429, 500, 200]);
    expect(await stateIds()).toEqual(['google_ml_engine_job.a=fault_a']);

    // GIVEN a second job whose create answers 503 for longer than its 2 s timeout
    writeConfig({ a: { job_id: 'fault_a', labels: { team: 'ml' } }, b: { job_id: 'fault_b' } });
    ws.api.injectFaults({ status: 503, method: 'POST', count: 100 });
    const started = Date.now();
    const retried = requestsFromNow();
    const failed = await apply();
    // THEN a diagnostic says it gave up, with the API's message; the first job stays in the state
    expectDiagnostic(failed, /Error: Could not create job fault_b/, /HTTP 503 UNAVAILABLE: .*gave up after \d+ attempts/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(retried().filter((r) => r.method === 'POST' && r.status === 503).length).toBeGreaterThan(1);
    expect(await stateIds()).toEqual(['google_ml_engine_job.a=fault_a']);
  }, 120_000);

  test('errors on refresh: 400 is a diagnostic and the state keeps the job; 404 removes it, and the next apply adopts the job', async () => {
    writeConfig({ a: { job_id: 'fault_a', labels: { team: 'ml' } } });
    // GIVEN the refresh's read answers 400
    ws.api.injectFaults({ status: 400, method: 'GET', message: 'injected 400 on read' });
    // WHEN terraform plans, THEN a diagnostic, and the job stays in the state
    expectDiagnostic(await ws.run('plan', '-input=false', '-no-color'), /Error: The API rejected job fault_a/, /injected 400 on read/);
    expect(await stateIds()).toEqual(['google_ml_engine_job.a=fault_a']);

    // GIVEN the read answers 404 (the job is gone)
    ws.api.injectFaults({ status: 404, method: 'GET' });
    // WHEN the state is refreshed, THEN the job leaves it
    const refreshed = await apply('-refresh-only');
    expect(refreshed.status).toBe(0);
    expect(refreshed.stdout).toMatch(/google_ml_engine_job\.a.* has been deleted/);
    expect(await stateIds()).toEqual([]);
    // AND the next apply creates it again: the id exists with this spec, so the provider adopts it (a warning)
    const adopted = await apply();
    expect(adopted.status).toBe(0);
    expect(adopted.stdout + adopted.stderr).toMatch(/Warning: Adopted the existing job fault_a/);
    expect(await stateIds()).toEqual(['google_ml_engine_job.a=fault_a']);
    expect(await ws.planStatus()).toBe(0);
  }, 120_000);

  test('a label update refused (409 stale etag, 500 until the timeout) is a diagnostic; the state keeps the old labels', async () => {
    // GIVEN a label change whose PATCH answers 409 ABORTED, then one that answers 500 until the timeout
    writeConfig({ a: { job_id: 'fault_a', labels: { team: 'research' } } });
    for (const [fault, summary] of [
      [{ status: 409, method: 'PATCH' }, /Error: Labels of job fault_a not updated: the job changed since it was read/],
      [{ status: 500, method: 'PATCH', count: 100 }, /Error: Could not update the labels of job fault_a/],
    ] as const) {
      await clearFaults();
      ws.api.injectFaults(fault);
      // WHEN applied, THEN a diagnostic, and the labels in the state are the job's
      expectDiagnostic(await apply(), summary);
      const [a] = await ws.resources();
      expect(a.values.labels).toEqual({ team: 'ml' });
      expect(ws.api.store.get('p1', 'fault_a').labels).toEqual({ team: 'ml' });
    }
    // AND without the fault the next apply updates them
    await clearFaults();
    expect((await apply()).status).toBe(0);
    expect(ws.api.store.get('p1', 'fault_a').labels).toEqual({ team: 'research' });
  }, 120_000);

  test('a cancel that fails on destroy (500 until the timeout) is a diagnostic; the job stays in the state', async () => {
    // GIVEN the job is running and its cancel answers 500
    ws.api.advance(2 * 60_000);
    expect(ws.api.store.get('p1', 'fault_a').state).toBe('RUNNING');
    ws.api.injectFaults({ status: 500, method: 'POST', pathContains: ':cancel', count: 100 });
    // WHEN destroyed, THEN a diagnostic, and the job is still in the state (and still running)
    expectDiagnostic(await ws.run('destroy', '-input=false', '-auto-approve', '-no-color'), /Error: Could not cancel job fault_a/, /HTTP 500 INTERNAL/);
    expect(await stateIds()).toEqual(['google_ml_engine_job.a=fault_a']);
    expect(ws.api.store.get('p1', 'fault_a').state).toBe('RUNNING');
  }, 120_000);

  test('a killed apply: the state keeps the jobs it had, the provider exits, and the next apply adopts the job it created', async () => {
    // GIVEN an apply that creates a second job, whose create the API holds for 3 s
    writeConfig({ a: { job_id: 'fault_a', labels: { team: 'research' } }, c: { job_id: 'fault_c', timeouts: { create: '30s' } } });
    ws.api.injectFaults({ delayMs: 3000, method: 'POST', pathContains: '/jobs' });
    const child = spawn(terraformBinary!, ['apply', '-input=false', '-auto-approve', '-no-color'], { cwd: ws.dir, env: ws.env, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // WHEN terraform is killed (SIGKILL: no chance to write anything) while the create is held
    await waitFor(() => ws.api.pendingFaults() === 0 || undefined, 60_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // THEN the provider it started exits by itself (it watches its parent), instead of living on as an orphan
    if (fs.existsSync('/proc/self/cmdline')) await waitFor(() => !providerProcesses(ws.dir).length || undefined, 10_000);
    // AND the state still holds the job it had; the held create completes on the server
    expect(await stateIds()).toEqual(['google_ml_engine_job.a=fault_a']);
    await waitFor(() => jobIds().includes('fault_c') || undefined, 10_000);
    // AND the next apply converges: it finds job fault_c with this spec and adopts it; then nothing is left to do
    const next = await apply();
    expect(next.status).toBe(0);
    expect(next.stdout + next.stderr).toMatch(/Warning: Adopted the existing job fault_c/);
    expect(await stateIds()).toEqual(['google_ml_engine_job.a=fault_a', 'google_ml_engine_job.c=fault_c']);
    expect(await ws.planStatus()).toBe(0);
  }, 180_000);

  describe('refreshing many jobs', () => {
    const JOBS = ['fault_a', 'fault_c', 'fault_r1', 'fault_r2', 'fault_r3', 'fault_r4', 'fault_r5', 'fault_r6'];
    const addresses = JOBS.map((jobId) => `google_ml_engine_job.${jobId.slice(6)}=${jobId}`).sort();

    beforeAll(async () => {
      // The jobs of the earlier tests (a, c) and six more, each with a 2 s read timeout in the state
      writeConfig(Object.fromEntries(JOBS.map((jobId) => [jobId.slice(6), { job_id: jobId }])));
      expect((await apply()).status).toBe(0);
      expect(await stateIds()).toEqual(addresses);
      expect((await ws.resources()).every((r) => r.values.timeouts?.read === '2s')).toBe(true);
    }, 120_000);

    test('a 429 on the refresh is retried and the plan succeeds', async () => {
      ws.api.injectFaults({ status: 429, method: 'GET' });
      const requests = requestsFromNow();
      expect(await ws.planStatus()).toBe(0);
      const [throttled, ...rest] = requests().filter((r) => r.method === 'GET');
      expect(throttled.status).toBe(429);
      expect(rest.find((r) => r.url === throttled.url)?.status).toBe(200);
      expect(rest.every((r) => r.status === 200)).toBe(true);
    }, 120_000);

    test('503 on every read: one read timeout, not one per job; one diagnostic per job with the API\'s error; the state keeps every job', async () => {
      // GIVEN an API that answers 503 to every read
      ws.api.injectFaults({ status: 503, method: 'GET', count: 10_000 });
      const requests = requestsFromNow();
      const started = Date.now();
      // WHEN applied with one refresh at a time (the case where a timeout per job would add up: 8 x 2 s)
      const run = await apply('-parallelism=1');
      const elapsed = Date.now() - started;
      // THEN each job has its diagnostic: the first read gave up after its timeout, the others were not sent
      const text = run.stderr.replace(/\s+/g, ' ');
      expectDiagnostic(run, ...JOBS.map((jobId) => new RegExp(`Error: Could not read job ${jobId} `)));
      expect(text.match(/Error: Could not read job /g)).toHaveLength(JOBS.length);
      expect(text.match(/HTTP 503 UNAVAILABLE: The service is currently unavailable \(injected by the emulator\)\. \(gave up after \d+ attempts: the operation's timeout ends\)/g)).toHaveLength(1);
      expect(text.match(/: not sent, the API at http:\S+ is failing: GET projects\/p1\/jobs\/fault_\w+: HTTP 503 UNAVAILABLE: .*?kept failing for [\d.]+m?s, \d+ attempts\)/g)).toHaveLength(JOBS.length - 1);
      // AND only that first read reached the API, and the run took less than one read timeout per job
      const failed = requests().filter((r) => r.method === 'GET');
      expect(new Set(failed.map((r) => `${r.status} ${r.url}`)).size).toBe(1);
      expect(failed[0].status).toBe(503);
      expect(elapsed).toBeLessThan(JOBS.length * 2000);
      // AND the state keeps every job; once the API is back, nothing is left to do
      expect(await stateIds()).toEqual(addresses);
      await clearFaults();
      expect(await ws.planStatus()).toBe(0);
    }, 120_000);
  });
});

/** Polls until `check` returns a value (every 100 ms), or fails after `ms`. */
async function waitFor<T>(check: () => T | undefined, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`gave up waiting after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pids of provider processes started from the workspace's mirror (Linux: /proc). */
function providerProcesses(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (command.includes('mljobs-provider') && command.includes(dir)) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}
