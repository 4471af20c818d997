/**
 * No Vertex rule throws on odd values: every field of every real-world config (test/fixtures/vertex/real) and of the
 * ML Engine corpus migrated to Vertex is replaced, one at a time, by values of the wrong kind (null, numbers, empty
 * and odd strings, booleans, lists, objects, tokens), and checked as a REST body and as a gcloud --config file. A rule
 * that throws would turn into a "could not check" finding: none may appear. migrateTrainingJob must not throw either.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readJobFile } from '../../../src/read/read-job-file';
import { parseJsonText, parseYamlText } from '../../../src/read/parse-document';
import { migrateTrainingJob } from '../../../src/migrate/migrate-training-job';
import { CustomJob } from '../../../src/model/custom-job';
import { Job } from '../../../src/model/job';
import { checkCustomJob } from '../../../src/rules/vertex/check-custom-job';
import { customJobRuleContext } from '../../../src/rules/vertex/check-custom-job';

const REAL = path.join(__dirname, '..', '..', 'fixtures', 'vertex', 'real');
const ML_ENGINE = path.join(__dirname, '..', '..', 'fixtures', 'jobs', 'valid');
const ODD: unknown[] = [null, 0, -1, 2.5, '', 'x', true, [], {}, [null], [[1]], { a: 1 }, '${TfToken[TOKEN.1]}', '$PLACEHOLDER'];

function realJobs(): Array<[string, CustomJob]> {
  return ['gcloud', 'rest', 'describe', 'sdk'].flatMap((folder) => fs.readdirSync(path.join(REAL, folder)).sort().map((name) => {
    const text = fs.readFileSync(path.join(REAL, folder, name), 'utf8');
    const fail = (problem: string) => new Error(`${name}: ${problem}`);
    const value = name.endsWith('.json') ? parseJsonText(text, fail) : parseYamlText(text, fail, { version: '1.1' }).value;
    return [`${folder}/${name}`, (folder === 'gcloud' ? { jobSpec: value } : value) as CustomJob] as [string, CustomJob];
  }));
}

/** Every path to a value in the document (object keys and list indexes), the root excluded. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...at, key], ...paths(child, [...at, key])]);
}

function replaced(value: unknown, at: Array<string | number>, odd: unknown): unknown {
  if (at.length === 0) return odd;
  const [head, ...rest] = at;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaced(item, rest, odd) : item));
  return { ...(value as Record<string, unknown>), [head]: replaced((value as Record<string, unknown>)[head as string], rest, odd) };
}

const contexts = [customJobRuleContext({ today: '2026-12-02', location: 'us-central1' }), customJobRuleContext({ today: '2026-12-02', completeness: 'partial' })];

function crashes(job: CustomJob): string[] {
  return contexts.flatMap((ctx) => checkCustomJob(job, { ...ctx, completeness: ctx.completeness, location: ctx.location })
    .filter((f) => /could not check/.test(f.message)).map((f) => `${f.ruleId}: ${f.message}`));
}

describe('Vertex rules on odd values', () => {
  test.each(realJobs())('%s: every field replaced by odd values, no rule throws', (_file, job) => {
    // GIVEN the job and each of its fields
    const found: string[] = [];
    for (const at of paths(job)) {
      for (const odd of ODD) {
        // WHEN the field holds an odd value and the job is checked both ways
        const bad = crashes(replaced(job, at, odd) as CustomJob);
        if (bad.length) found.push(`${at.join('.')} = ${JSON.stringify(odd)}: ${bad[0]}`);
      }
    }
    // THEN no rule threw
    expect(found.slice(0, 10)).toEqual([]);
  });

  test('migrateTrainingJob never throws on odd values of the ML Engine corpus, and its output never makes a rule throw', () => {
    // GIVEN the training jobs of the ML Engine corpus
    const jobs = fs.readdirSync(ML_ENGINE).sort().flatMap((name) => readJobFile(path.join(ML_ENGINE, name)).map((input) => [name, input.job] as const))
      .filter(([, job]) => job.trainingInput);
    const found: string[] = [];
    for (const [name, job] of jobs) {
      for (const at of paths(job.trainingInput).map((p) => ['trainingInput', ...p])) {
        for (const odd of ODD) {
          // WHEN a field of trainingInput holds an odd value and the job is migrated and checked
          const mutated = replaced(job, at, odd) as Job;
          try {
            const bad = crashes(migrateTrainingJob(mutated).customJob);
            if (bad.length) found.push(`${name} ${at.join('.')} = ${JSON.stringify(odd)}: ${bad[0]}`);
          } catch (error) {
            found.push(`${name} ${at.join('.')} = ${JSON.stringify(odd)}: threw ${(error as Error).message}`);
          }
        }
      }
    }
    // THEN nothing threw
    expect(found.slice(0, 10)).toEqual([]);
  });
});

describe('Vertex rules on unknown values', () => {
  const TOKENS = ['${TfToken[TOKEN.1]}', '${var.x}'];
  const findings = (job: CustomJob): Set<string> => new Set(contexts.flatMap((ctx) =>
    checkCustomJob(job, { ...ctx, completeness: ctx.completeness, location: ctx.location }).map((f) => `${ctx.completeness} ${f.ruleId} ${f.path}`)));

  test.each(realJobs())('%s: a token in place of any field or block adds no finding', (_file, job) => {
    // GIVEN the job's findings
    const known = findings(job);
    const added: string[] = [];
    for (const at of paths(job)) {
      for (const token of TOKENS) {
        // WHEN a field or a whole block (containerSpec, machineSpec…) is a token or a Terraform reference
        for (const finding of findings(replaced(job, at, token) as CustomJob)) {
          if (!known.has(finding)) added.push(`${at.join('.')} = ${token}: ${finding}`);
        }
      }
    }
    // THEN it is unknown: no finding appears (MLJ-VERTEX-003 said imageUri "is not set" under a containerSpec token,
    // MLJ-VERTEX-004 the same of the machine type under a machineSpec token)
    expect(added.slice(0, 10)).toEqual([]);
  });
});
