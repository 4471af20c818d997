import { ApiError } from '../../src/emulator/api-error';
import { parseJobFilter } from '../../src/emulator/list-filter';

const JOBS = [
  { jobId: 'census_1', state: 'RUNNING', createTime: '2024-01-01T00:00:00Z', labels: { team: 'census', tier: 'gold' }, trainingInput: { region: 'us-central1', workerCount: '4' } },
  { jobId: 'census_2', state: 'FAILED', createTime: '2024-01-02T00:00:00Z', labels: { team: 'census' }, trainingInput: { region: 'europe-west4', workerCount: '10' } },
  { jobId: 'rnn_1', state: 'FAILED', createTime: '2024-01-03T00:00:00Z', predictionInput: { region: 'us-central1' } },
];

const kept = (filter: string | undefined): string[] => JOBS.filter(parseJobFilter(filter)).map((job) => job.jobId);

describe('parseJobFilter', () => {
  test('no filter keeps every job', () => {
    expect(kept(undefined)).toHaveLength(3);
    expect(kept('  ')).toHaveLength(3);
  });

  test('the reference\'s examples: a job id prefix, and a prefix AND a state', () => {
    expect(kept('jobId:census*')).toEqual(['census_1', 'census_2']);
    expect(kept('jobId:rnn* AND state:FAILED')).toEqual(['rnn_1']);
  });

  test('=, != and quoted values; spaces around the operator', () => {
    expect(kept('state=FAILED')).toEqual(['census_2', 'rnn_1']);
    expect(kept('state != "FAILED"')).toEqual(['census_1']);
    expect(kept('labels.team = "census"')).toEqual(['census_1', 'census_2']);
  });

  test('labels: a value, a key that is there (:), and a missing label', () => {
    expect(kept('labels.tier=gold')).toEqual(['census_1']);
    expect(kept('labels:tier')).toEqual(['census_1']);
    expect(kept('labels.tier!=gold')).toEqual(['census_2', 'rnn_1']);
  });

  test('nested fields, numbers compared as numbers, timestamps as text', () => {
    expect(kept('trainingInput.region=us-central1')).toEqual(['census_1']);
    expect(kept('trainingInput.workerCount>5')).toEqual(['census_2']);
    expect(kept('createTime>="2024-01-02T00:00:00Z"')).toEqual(['census_2', 'rnn_1']);
    expect(kept('createTime<"2024-01-02T00:00:00Z"')).toEqual(['census_1']);
  });

  test('NOT, - and terms joined by spaces alone', () => {
    expect(kept('NOT state=FAILED')).toEqual(['census_1']);
    expect(kept('-state=FAILED')).toEqual(['census_1']);
    expect(kept('state=FAILED jobId:census*')).toEqual(['census_2']);
  });

  test.each([
    ['state=RUNNING OR state=FAILED', /OR is not supported/],
    ['state=', /expected FIELD OP VALUE/],
    ['AND state=RUNNING', /AND needs a term/],
    ['state=RUNNING AND', /AND needs a term/],
    ['(state=RUNNING)', /unexpected "\("/],
    ['state="unterminated', /unexpected/],
    ['labels..x=1', /not a field path/],
  ])('%j is INVALID_ARGUMENT', (filter, message) => {
    let error: unknown;
    try {
      parseJobFilter(filter);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe('INVALID_ARGUMENT');
    expect((error as ApiError).message).toMatch(message);
  });
});
