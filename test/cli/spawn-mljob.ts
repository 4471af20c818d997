/**
 * Runs the built `bin/mljob` (from `lib/`, so `npm run build` first) as a separate process with a time limit: for
 * input that could hang or exhaust the process (a device, a deep document), which an in-process run could not stop.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { CliRun } from '../plan/plan-test-helpers';

/** The executable. */
export const MLJOB_BIN = path.join(__dirname, '..', '..', 'bin', 'mljob');

/** A spawned run: its exit code (null when it was killed), output and wall time. */
export interface SpawnedRun extends Omit<CliRun, 'code'> {
  readonly code: number | null;
  /** Milliseconds from spawn to exit. */
  readonly ms: number;
  /** True when the time limit killed it. */
  readonly timedOut: boolean;
}

/** Options of `spawnMljob`. */
export interface SpawnOptions {
  /** The working directory. Default: the process's. */
  readonly cwd?: string;
  /** Killed after this many milliseconds. Default 15,000. */
  readonly timeoutMs?: number;
}

/** Runs `mljob ARGS` in a child process and collects what it printed. */
export function spawnMljob(args: readonly string[], options: SpawnOptions = {}): Promise<SpawnedRun> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MLJOB_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // Output is capped: a runaway process must not fill the test's memory.
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString('utf8')).slice(0, 1_000_000)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(0, 1_000_000)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - start, timedOut });
    });
  });
}

/** Asserts exit code 2 and exactly one `mljob: …` line on standard error, with no stack trace and nothing on standard output. */
export function expectOneErrorLine(run: SpawnedRun, message: RegExp): void {
  expect({ timedOut: run.timedOut, code: run.code, stdout: run.stdout }).toEqual({ timedOut: false, code: 2, stdout: '' });
  expect(run.stderr).toMatch(/^mljob: [^\n]*\n$/);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(run.stderr).toMatch(message);
}
