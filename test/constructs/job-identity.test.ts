import { canonicalJson, derivedJobId, sanitizeJobIdPrefix } from '../../src/constructs/job-identity';

describe('derivedJobId', () => {
  const spec = { trainingInput: { region: 'us-central1', args: ['--data', '${google_storage_bucket.b.url}'] } };

  test('is the prefix and 8 hex digits of the spec hash, stable across releases', () => {
    // Pinned: a change of the hash would give every deployed job a new id, replacing it.
    expect(derivedJobId('census', spec)).toBe(derivedJobId('census', JSON.parse(JSON.stringify(spec))));
    expect(derivedJobId('census', { a: 1 })).toBe('census_015abd7f');
  });

  test('a salt changes the id; no salt is the unsalted id', () => {
    expect(derivedJobId('census', spec, 'v2')).not.toBe(derivedJobId('census', spec));
    expect(derivedJobId('census', spec, 'v2')).toBe(derivedJobId('census', spec, 'v2'));
    expect(derivedJobId('census', spec, undefined)).toBe(derivedJobId('census', spec));
    expect(derivedJobId('census', spec, '')).not.toBe(derivedJobId('census', spec));
  });

  test('keeps the id within 128 characters', () => {
    expect(derivedJobId('a'.repeat(300), spec)).toHaveLength(128);
  });
});

describe('sanitizeJobIdPrefix and canonicalJson', () => {
  test('a construct id becomes a valid prefix', () => {
    expect(sanitizeJobIdPrefix('census-train.v2')).toBe('census_train_v2');
    expect(sanitizeJobIdPrefix('2020-run')).toBe('job_2020_run');
  });

  test('keys are sorted and undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [undefined, 'x'], c: undefined })).toBe('{"a":[null,"x"],"b":1}');
  });
});
