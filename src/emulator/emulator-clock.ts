/**
 * How the emulator's clock moves: `manual` stands still until it is advanced (tests, reproducible runs); `real`
 * follows the wall clock from its start, and `advance` still jumps it forward.
 */
export type ClockMode = 'manual' | 'real';

/** The emulator's time source: every timestamp and every state change of a job is read from it. */
export interface EmulatorClock {
  /** How the clock moves. */
  readonly mode: ClockMode;
  /** The current time, in milliseconds since the epoch. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds (0 or more) and returns the new time. */
  advance(ms: number): number;
}

/** Where a manual clock starts unless told otherwise: a fixed instant, so runs are reproducible. */
export const DEFAULT_CLOCK_START = Date.parse('2024-01-01T00:00:00.000Z');

/** Options of {@link createClock}. */
export interface ClockOptions {
  /** `manual` (default) or `real`. */
  readonly mode?: ClockMode;
  /** The clock's first reading, in ms since the epoch. @default DEFAULT_CLOCK_START for `manual`, the wall clock for `real` */
  readonly start?: number;
  /** The wall clock a `real` clock follows (injected by tests). @default Date.now */
  readonly wallClock?: () => number;
}

/** Creates a clock. Advancing never moves time backwards; a negative or non-finite step is refused. */
export function createClock(options: ClockOptions = {}): EmulatorClock {
  const mode = options.mode ?? 'manual';
  const wallClock = options.wallClock ?? Date.now;
  const wallStart = wallClock();
  const start = options.start ?? (mode === 'real' ? wallStart : DEFAULT_CLOCK_START);
  if (!Number.isFinite(start)) throw new RangeError(`clock start ${String(options.start)} is not a time`);
  let offset = 0;
  const now = (): number => start + offset + (mode === 'real' ? Math.max(0, wallClock() - wallStart) : 0);
  return {
    mode,
    now,
    advance(ms: number): number {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${String(ms)} ms; give 0 or more`);
      offset += ms;
      return now();
    },
  };
}

/** RFC 3339 text of a clock reading, as the API writes timestamps (`2024-01-01T00:00:05Z`; milliseconds only when not 0). */
export function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
