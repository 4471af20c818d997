import { validateLabels, validateNewJob } from '../../src/emulator/validate-job';
import { refusal } from './refusal';

const TODAY = '2024-01-01';
const JOB = { jobId: 'ok_job', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/t:1' } } };

describe('validateNewJob', () => {
  test('a valid job is returned without the output-only fields a client sent back', () => {
    expect(validateNewJob({ ...JOB, state: 'RUNNING', etag: 'x', createTime: 't', trainingOutput: {} }, { today: TODAY })).toEqual(JOB);
  });

  test('a job the rules find an error in is INVALID_ARGUMENT, one field violation per error, with the rule id', () => {
    const error = refusal(() => validateNewJob({ ...JOB, jobId: '9lives', labels: { UPPER: 'x' } }, { today: TODAY }));
    expect(error.status).toBe('INVALID_ARGUMENT');
    expect(error.fieldViolations.map((violation) => violation.field).sort()).toEqual(['jobId', 'labels.UPPER']);
    expect(error.message).toMatch(/^Field: \S+ Error: .+ \(and 1 more: see details\)$/);
    expect(error.fieldViolations.every((violation) => /\(MLJ-[A-Z]+-\d{3}\)$/.test(violation.description))).toBe(true);
  });

  test('warnings are not refusals', () => {
    // A package job on a runtime past its end of support: the rule warns only.
    const job = { jobId: 'old', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', packageUris: ['gs://b/p.tar.gz'], pythonModule: 't.task', runtimeVersion: '1.15', pythonVersion: '3.7' } };
    expect(validateNewJob(job, { today: '2030-01-01' })).toEqual(job);
  });

  test('basic validation checks only the id and the input union', () => {
    const sloppy = { jobId: 'sloppy', labels: { UPPER: 'x' }, trainingInput: { region: 'nowhere-1' } };
    expect(validateNewJob(sloppy, { today: TODAY, level: 'basic' })).toEqual(sloppy);
    expect(refusal(() => validateNewJob({ jobId: '-' , trainingInput: {} }, { today: TODAY, level: 'basic' })).fieldViolations[0].field).toBe('jobId');
    expect(refusal(() => validateNewJob({ jobId: 'x' }, { today: TODAY, level: 'basic' })).fieldViolations[0].field).toBe('trainingInput');
  });

  test.each([
    [null, 'null'],
    [[JOB], 'a list'],
    ['job', 'a string'],
    [undefined, 'nothing'],
  ])('%p is not a job', (body, found) => {
    expect(refusal(() => validateNewJob(body, { today: TODAY })).message).toBe(`Invalid JSON payload received. Expected a Job object, found ${found}.`);
  });
});

describe('validateLabels', () => {
  test('valid labels pass; none is an empty map', () => {
    expect(validateLabels({ team: 'vision', 'cost-center': 'ml_1' })).toEqual({ team: 'vision', 'cost-center': 'ml_1' });
    expect(validateLabels(undefined)).toEqual({});
    expect(validateLabels(null)).toEqual({});
  });

  test('bad keys, values and shapes are INVALID_ARGUMENT', () => {
    expect(refusal(() => validateLabels({ Team: 'x' })).fieldViolations[0].field).toBe('labels.Team');
    expect(refusal(() => validateLabels({ team: 'Has Space' })).message).toMatch(/Label value/);
    expect(refusal(() => validateLabels({ team: 1 })).message).toMatch(/map of strings/);
    expect(refusal(() => validateLabels(['team'])).message).toMatch(/map of strings/);
  });
});
