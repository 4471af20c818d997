import * as fc from 'fast-check';
import { canonicalJson, derivedJobId, sanitizeJobIdPrefix } from '../../src/constructs/job-identity';

describe('derivedJobId', () => {
  const spec = { trainingInput: { region: 'us-central1', args: ['--data', '${google_storage_bucket.b.url}'] } };

  test('is the prefix and 8 hex digits of the spec hash, stable across releases', () => {
    // Pinned: a change of the hash would give every deployed job a new id, replacing it.
    expect(derivedJobId('census', spec)).toBe(derivedJobId('census', JSON.parse(JSON.stringify(spec))));
    expect(derivedJobId('census', { a: 1 })).toBe('census_015abd7f');
    expect(derivedJobId('census', spec)).toBe('census_557ac075');
    expect(derivedJobId('census', {
      trainingInput: {
        scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 2 } },
        args: ['--epochs=1', undefined], region: 'us-central1', project: undefined,
      },
    })).toBe('census_9b28ae35');
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

  test('gives the text the first release gave, so ids derived before stay the same', () => {
    // The first release's implementation, kept here as the reference.
    const reference = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map((item) => reference(item ?? null)).join(',')}]`;
      if (value && typeof value === 'object') {
        const entries = Object.keys(value).sort()
          .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
          .map((key) => `${JSON.stringify(key)}:${reference((value as Record<string, unknown>)[key])}`);
        return `{${entries.join(',')}}`;
      }
      return JSON.stringify(value);
    };
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(undefined, null, true, 0, -0.5, 1e21), fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(fc.property(json, (value) => {
      expect(canonicalJson(value)).toBe(reference(value));
    }));
  });
});
