import { ChildProcessWithoutNullStreams, spawn, spawnSync } from 'child_process';
import * as path from 'path';
import { expectOneLineError, mljob } from '../plan/plan-test-helpers';

// The command runs from lib/ (npm run build first), as users run it.
const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'mljob');

/** Starts `mljob emulator` and resolves with the URL it prints once it listens. */
function startCli(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'emulator', ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line after 20 s; stderr: ${stderr}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+) /.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], stderr: () => stderr });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before listening; stderr: ${stderr}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

test('mljob emulator serves the jobs API on the port it prints, logs requests, and stops cleanly on SIGTERM', async () => {
  const { child, url, stderr } = await startCli(['--port', '0', '--clock', 'manual', '--queued', '1s', '--preparing', '1s', '--running', '1s']);
  const exited = exitOf(child);
  try {
    const job = { jobId: 'cli_job', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/t:1' } } };
    const created = await fetch(`${url}/v1/projects/p/jobs`, { method: 'POST', headers: { Authorization: 'Bearer x' }, body: JSON.stringify(job) });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ jobId: 'cli_job', state: 'QUEUED', createTime: '2024-01-01T00:00:00Z' });
    await fetch(`${url}/emulator/v1/clock:advance`, { method: 'POST', body: '{"seconds": 3}' });
    expect(await (await fetch(`${url}/v1/projects/p/jobs/cli_job`)).json()).toMatchObject({ state: 'SUCCEEDED', endTime: '2024-01-01T00:00:03Z' });
    expect(stderr()).toContain('2024-01-01T00:00:00Z POST /v1/projects/p/jobs 200\n');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});

test('--quiet logs nothing; --require-auth refuses requests without a token; --stale-etag ABORTED answers 409', async () => {
  const { child, url, stderr } = await startCli(['--port', '0', '--quiet', '--require-auth', '--stale-etag', 'ABORTED', '--validation', 'basic']);
  const exited = exitOf(child);
  try {
    const answer = await fetch(`${url}/v1/projects/p/jobs`);
    expect(answer.status).toBe(401);
    const auth = { Authorization: 'Bearer t' };
    // basic validation: a body the rules would refuse (no region) is accepted.
    expect((await fetch(`${url}/v1/projects/p/jobs`, { method: 'POST', headers: auth, body: '{"jobId":"j","trainingInput":{}}' })).status).toBe(200);
    const stale = await fetch(`${url}/v1/projects/p/jobs/j?updateMask=labels,etag`, { method: 'PATCH', headers: auth, body: '{"labels":{},"etag":"AAAAAAAAAAA="}' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { status: 'ABORTED' } });
    expect(stderr()).toBe('');
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
});

test.each([
  [['--port', 'http'], /--port: "http" is not a port number/],
  [['--port', '70000'], /--port: "70000"/],
  [['--clock', 'fast'], /--clock: "fast" is not one of real, manual/],
  [['--validation', 'none'], /--validation: "none"/],
  [['--running', '5 minutes'], /--running: "5 minutes" is not a duration/],
  [['--start-time', 'yesterday'], /--start-time: "yesterday" is not a time/],
  [['--stale-etag', '412'], /--stale-etag: "412" is not one of FAILED_PRECONDITION, ABORTED/],
])('bad options %j are a one-line usage error', async (args, message) => {
  expectOneLineError(await mljob('emulator', ...args), message);
});

test('a port in use is a one-line error', async () => {
  const { child, url } = await startCli(['--port', '0', '--quiet']);
  const exited = exitOf(child);
  try {
    const port = new URL(url).port;
    const second = spawnSync(process.execPath, [BIN, 'emulator', '--port', port], { encoding: 'utf8', timeout: 20_000 });
    expect(second.status).toBe(2);
    expect(second.stderr).toBe(`mljob: --port ${port}: the port is already in use; pick another or --port 0\n`);
  } finally {
    child.kill('SIGTERM');
  }
  await exited;
});

test('the emulator is loaded only when the command runs', () => {
  const loaded = (args: string[]): string[] => {
    const script = `require('./lib/cli/main').runCli(${JSON.stringify(args)}, { out() {}, err() {} }).then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache).map((file) => require('path').relative(process.cwd(), file)).filter((file) => /emulator/.test(file)))))`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as string[];
  };
  expect(loaded(['explain'])).toEqual([]);
  // Help registers the command, and still loads nothing of lib/emulator/.
  expect(loaded(['emulator', '--help'])).toEqual([path.join('lib', 'cli', 'commands', 'emulator.js')]);
});
