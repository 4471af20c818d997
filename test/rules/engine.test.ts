import * as fs from 'fs';
import * as path from 'path';
import { Token } from 'cdktf';
import { Catalog } from '../../src/catalog/catalog';
import { Job } from '../../src/model/job';
import { readJobFile } from '../../src/read/read-job-file';
import { checkJob, ruleContext } from '../../src/rules/engine';
import { Rule } from '../../src/rules/rule';
import { packageJob } from './rule-test-helpers';

const rule = (id: string, paths: string[], extra: Partial<Rule> = {}): Rule => ({
  id,
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 's',
  rationale: 'r',
  source: 'https://example.com',
  check: () => paths.map((path) => ({ path, message: `${id} at ${path}` })),
  ...extra,
});

describe('checkJob', () => {
  test('a rule that throws gives a warning that names it, and the other rules still run', () => {
    // GIVEN a rule that throws and one that works
    const throwing = rule('MLJ-T-001', [], { check: () => { throw new TypeError('x is undefined'); } });

    // WHEN both run
    const found = checkJob(packageJob() as any, { rules: [throwing, rule('MLJ-T-002', ['a'])] });

    // THEN both are reported
    expect(found.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['MLJ-T-001', 'warning', 'Rule MLJ-T-001 could not check this job: x is undefined'],
      ['MLJ-T-002', 'warning', 'MLJ-T-002 at a'],
    ]);
  });

  test('one finding per fact: a rule that supersedes another drops its findings on the same path only', () => {
    // GIVEN a rule that states the same fact as another at path a, and says so
    const weaker = rule('MLJ-T-001', ['a', 'b']);
    const stronger = rule('MLJ-T-002', ['a'], { severity: 'error', supersedes: ['MLJ-T-001'] });

    // WHEN both run, in either order
    const found = checkJob(packageJob() as any, { rules: [weaker, stronger] });
    const reversed = checkJob(packageJob() as any, { rules: [stronger, weaker] });

    // THEN the weaker finding at a is gone, the one at b stays
    expect(found.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['MLJ-T-002 a', 'MLJ-T-001 b']);
    expect(reversed).toEqual(found);
  });

  test('without the superseding rule, the other rule reports as before', () => {
    expect(checkJob(packageJob() as any, { rules: [rule('MLJ-T-001', ['a'])] }).map((f) => f.ruleId)).toEqual(['MLJ-T-001']);
  });

  test('the context of a check without options is made once a day: the same object until the UTC date changes', () => {
    // GIVEN a clock just before midnight UTC
    jest.useFakeTimers().setSystemTime(new Date('2026-11-24T23:59:59.000Z'));
    try {
      // WHEN the context is asked for twice, then after midnight
      const first = ruleContext();
      const again = ruleContext({});
      jest.setSystemTime(new Date('2026-11-25T00:00:01.000Z'));
      const next = ruleContext();

      // THEN the first two are one object of that day, and the next day gets its own date
      expect(again).toBe(first);
      expect(first).toEqual({ catalog: Catalog.default(), completeness: 'complete', today: '2026-11-24' });
      expect(next.today).toBe('2026-11-25');
      expect(ruleContext({ today: '2026-01-01' }).today).toBe('2026-01-01');
    } finally {
      jest.useRealTimers();
    }
  });
});


describe('unknown values', () => {
  // Every field and block of every corpus job, in turn, replaced by an unresolved cdktf token or a Terraform reference
  // (as `cdk.tf.json` holds it): a value not known before apply can hide a finding, never add one. Found with a token
  // in place of trainingInput (MLJ-REGION-001, MLJ-CODE-002/005/006), masterConfig (MLJ-CODE-002/005/006),
  // workerConfig, workerType or scaleTier (MLJ-TPU-002), hyperparameters or one of its params (MLJ-HPT-001/002),
  // predictionInput (MLJ-PRED-001/002/004) and an accelerator type with count 0 (MLJ-ACCEL-003).
  const corpus = ['valid', 'invalid'].flatMap((kind) => {
    const dir = path.join(__dirname, '..', 'fixtures', 'jobs', kind);
    return fs.readdirSync(dir).filter((file) => /\.(json|ya?ml)$/.test(file)).flatMap((file) => {
      try {
        return readJobFile(path.join(dir, file));
      } catch {
        return []; // the invalid files that do not read are the readers' tests
      }
    });
  });
  const fieldPaths = (value: unknown, prefix: readonly string[] = []): string[][] =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key])])
      : [];
  const replaced = (job: unknown, at: readonly string[], value: unknown): Job => {
    const copy = structuredClone(job) as Record<string, any>;
    let parent = copy;
    for (const key of at.slice(0, -1)) parent = parent[key];
    parent[at[at.length - 1]] = value;
    return copy as Job;
  };

  test.each(['${var.x}', Token.asString({ a: 1 }), Token.asNumber({ b: 2 }), Token.asList({ c: 3 })])('%s in place of any field or block adds no finding', (token) => {
    const added: string[] = [];
    for (const { job, completeness, location } of corpus) {
      const options = { today: '2026-11-24', completeness };
      const known = new Set(checkJob(job, options).map((f) => `${f.ruleId} ${f.path}`));
      for (const at of fieldPaths(job)) {
        for (const finding of checkJob(replaced(job, at, token), options)) {
          if (!known.has(`${finding.ruleId} ${finding.path}`)) added.push(`${path.basename(location)} ${at.join('.')}: ${finding.ruleId} ${finding.path}`);
        }
      }
    }
    expect(added).toEqual([]);
  });
});
