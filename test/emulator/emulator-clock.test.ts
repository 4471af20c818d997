import { DEFAULT_CLOCK_START, createClock, timestamp } from '../../src/emulator/emulator-clock';

describe('createClock', () => {
  test('a manual clock starts at a fixed instant and moves only when advanced', () => {
    const clock = createClock();
    expect(clock.mode).toBe('manual');
    expect(clock.now()).toBe(DEFAULT_CLOCK_START);
    expect(clock.now()).toBe(DEFAULT_CLOCK_START);
    expect(clock.advance(1500)).toBe(DEFAULT_CLOCK_START + 1500);
    expect(clock.now()).toBe(DEFAULT_CLOCK_START + 1500);
  });

  test('a real clock follows the wall clock from its start, and advance adds to it', () => {
    let wall = 1_000;
    const clock = createClock({ mode: 'real', start: 50_000, wallClock: () => wall });
    expect(clock.now()).toBe(50_000);
    wall += 250;
    expect(clock.now()).toBe(50_250);
    clock.advance(1_000);
    expect(clock.now()).toBe(51_250);
  });

  test('a real clock without a start starts at the wall clock', () => {
    const clock = createClock({ mode: 'real', wallClock: () => 42 });
    expect(clock.now()).toBe(42);
  });

  test.each([-1, NaN, Infinity])('advancing by %p is refused', (ms) => {
    const clock = createClock();
    expect(() => clock.advance(ms)).toThrow(/cannot advance the clock/);
    expect(clock.now()).toBe(DEFAULT_CLOCK_START);
  });

  test('a start that is not a time is refused', () => {
    expect(() => createClock({ start: NaN })).toThrow(/not a time/);
  });
});

describe('timestamp', () => {
  test('writes RFC 3339 as the API does: no milliseconds unless there are some', () => {
    expect(timestamp(DEFAULT_CLOCK_START)).toBe('2024-01-01T00:00:00Z');
    expect(timestamp(DEFAULT_CLOCK_START + 5)).toBe('2024-01-01T00:00:00.005Z');
  });
});
