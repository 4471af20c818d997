import { Command } from 'commander';
import type * as EmulatorServer from '../../emulator/emulator-server';
import { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

interface EmulatorCommandOptions {
  port: string;
  host: string;
  clock: string;
  startTime?: string;
  queued?: string;
  preparing?: string;
  running?: string;
  cancelling?: string;
  validation: string;
  requireAuth?: boolean;
  staleEtag: string;
  quiet?: boolean;
}

/** The port `mljob emulator` listens on unless told otherwise. */
export const DEFAULT_EMULATOR_PORT = 8089;

/**
 * `mljob emulator`: serves the ML Engine v1 jobs API on a local port until SIGINT or SIGTERM. The emulator's code is
 * loaded only when this command runs, so the other commands start no slower.
 */
export function registerEmulator(program: Command, io: CliIo): void {
  program
    .command('emulator')
    .description('serve an emulator of the ML Engine v1 jobs API (create, get, list, patch, cancel) and the Vertex AI custom jobs API (create, get, list, cancel, delete) for tests and pipelines, until Ctrl-C')
    .option('--port <port>', 'TCP port to listen on (0: any free port)', String(DEFAULT_EMULATOR_PORT))
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--clock <mode>', 'real (jobs advance with the wall clock) | manual (only POST /emulator/v1/clock:advance moves time)', 'real')
    .option('--start-time <time>', 'the clock\'s first reading, RFC 3339 (default: now for real, 2024-01-01T00:00:00Z for manual)')
    .option('--queued <duration>', 'how long a job stays QUEUED, e.g. 5s, 500ms, 2m (default 5s)')
    .option('--preparing <duration>', 'how long a job stays PREPARING (default 60s)')
    .option('--running <duration>', 'how long a job stays RUNNING before it SUCCEEDS (default 5m)')
    .option('--cancelling <duration>', 'how long a job stays CANCELLING (default 10s)')
    .option('--validation <level>', 'rules (refuse jobs this project\'s rules find errors in, as the service would) | basic (job id and input only)', 'rules')
    .option('--stale-etag <status>', 'what a label patch with an outdated etag answers: FAILED_PRECONDITION (400) | ABORTED (409)', 'FAILED_PRECONDITION')
    .option('--require-auth', 'answer 401 to API requests without an Authorization: Bearer header (any token is accepted)')
    .option('--quiet', 'do not log each request on standard error')
    .action(async (options: EmulatorCommandOptions) => {
      const port = portOption(options.port);
      if (options.clock !== 'real' && options.clock !== 'manual') throw new UsageError(`--clock: "${options.clock}" is not one of real, manual`);
      if (options.validation !== 'rules' && options.validation !== 'basic') throw new UsageError(`--validation: "${options.validation}" is not one of rules, basic`);
      if (options.staleEtag !== 'FAILED_PRECONDITION' && options.staleEtag !== 'ABORTED') throw new UsageError(`--stale-etag: "${options.staleEtag}" is not one of FAILED_PRECONDITION, ABORTED`);
      if (options.startTime !== undefined && !Number.isFinite(Date.parse(options.startTime))) throw new UsageError(`--start-time: "${options.startTime}" is not a time (RFC 3339, e.g. 2024-01-01T00:00:00Z)`);
      const durations = {
        ...durationOption('--queued', options.queued, 'queuedMs'),
        ...durationOption('--preparing', options.preparing, 'preparingMs'),
        ...durationOption('--running', options.running, 'runningMs'),
        ...durationOption('--cancelling', options.cancelling, 'cancellingMs'),
      };
      // Loaded here, not at the top: only this command needs node:http and the emulator.
      const { startEmulator } = require('../../emulator/emulator-server') as typeof EmulatorServer;
      let emulator: EmulatorServer.RunningEmulator;
      try {
        emulator = await startEmulator({
          port,
          host: options.host,
          clock: options.clock,
          ...(options.startTime !== undefined ? { startTime: options.startTime } : {}),
          durations,
          validation: options.validation,
          requireAuth: options.requireAuth ?? false,
          staleEtag: options.staleEtag,
          ...(options.quiet ? {} : { onRequest: (request) => io.err(`${request.time} ${request.method} ${request.url} ${request.status}\n`) }),
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UsageError(`--port ${port}: the port is already in use; pick another or --port 0`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`--host ${options.host}: not an address of this machine`);
        throw error;
      }
      io.out(`mljob emulator: listening on ${emulator.url} (API endpoint ${emulator.endpoint}, ${options.clock} clock at ${emulator.now()}); Ctrl-C stops it\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await emulator.close();
    });
}

function portOption(value: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(port) || port > 65535) throw new UsageError(`--port: "${value}" is not a port number (0 to 65535)`);
  return port;
}

const UNIT_MS: { [unit: string]: number } = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `30s`, `500ms`, `5m`, `1.5h` → milliseconds. */
function durationOption<K extends string>(flag: string, value: string | undefined, key: K): { [key in K]?: number } {
  if (value === undefined) return {};
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(value.trim());
  if (!match) throw new UsageError(`${flag}: "${value}" is not a duration such as 500ms, 30s, 5m or 1h`);
  return { [key]: Math.round(Number(match[1]) * UNIT_MS[match[2]]) } as { [key in K]?: number };
}
