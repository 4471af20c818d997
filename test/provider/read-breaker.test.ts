import { describeTrip, formatDuration, ReadBreaker } from '../../src/provider/read-breaker';

const ML = 'https://ml.googleapis.com/v1/';
const VERTEX = 'https://us-central1-aiplatform.googleapis.com/v1/';
const TRIP = { failure: { status: 503, code: 'UNAVAILABLE', message: 'GET projects/p/jobs/a: HTTP 503 UNAVAILABLE: down' }, attempts: 9, elapsedMs: 238_400 };

describe('ReadBreaker', () => {
  let now = 0;
  const breaker = (): ReadBreaker => new ReadBreaker(10_000, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  test('closed until a read trips it; then open for that endpoint only', () => {
    // GIVEN
    const b = breaker();
    expect(b.verdict(ML)).toEqual({ kind: 'closed' });
    // WHEN
    b.trip(ML, TRIP);
    // THEN
    expect(b.verdict(ML)).toEqual({ kind: 'open', trip: TRIP });
    expect(b.tripOf(ML)).toBe(TRIP);
    expect(b.verdict(VERTEX)).toEqual({ kind: 'closed' });
    expect(b.tripOf(VERTEX)).toBeUndefined();
  });

  test('the first trip is kept: later reads that give up do not replace it', () => {
    const b = breaker();
    b.trip(ML, TRIP);
    b.trip(ML, { ...TRIP, attempts: 1 });
    expect(b.tripOf(ML)?.attempts).toBe(9);
  });

  test('after the probe interval one read probes, one at a time; a failed probe waits another interval', () => {
    const b = breaker();
    b.trip(ML, TRIP);
    now += 9_999;
    expect(b.verdict(ML).kind).toBe('open');
    now += 1;
    expect(b.verdict(ML).kind).toBe('probe');
    expect(b.verdict(ML).kind).toBe('open'); // the probe is in flight
    now += 20_000;
    expect(b.verdict(ML).kind).toBe('open');
    b.probeEnded(ML);
    expect(b.verdict(ML).kind).toBe('probe');
    b.probeEnded(ML);
    now += 5_000;
    expect(b.verdict(ML).kind).toBe('open');
  });

  test('an answer of the endpoint closes it', () => {
    const b = breaker();
    b.trip(ML, TRIP);
    b.answered(ML);
    expect(b.verdict(ML)).toEqual({ kind: 'closed' });
    expect(b.tripOf(ML)).toBeUndefined();
  });
});

describe('describeTrip and formatDuration', () => {
  test('the trip names the failing call, the API error, how long and how many attempts', () => {
    expect(describeTrip(TRIP)).toBe('GET projects/p/jobs/a: HTTP 503 UNAVAILABLE: down (kept failing for 3m58s, 9 attempts)');
    expect(describeTrip({ ...TRIP, attempts: 1, elapsedMs: 0 })).toMatch(/\(kept failing for 0ms, 1 attempt\)$/);
  });

  test.each([
    [350.4, '350ms'],
    [2049, '2s'],
    [2051, '2.1s'],
    [59_960, '1m0s'],
    [60_000, '1m0s'],
    [119_700, '2m0s'],
    [240_000, '4m0s'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
