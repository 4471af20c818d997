import { parseJobDocument } from '../../src/read/read-job-file';

describe('parseJobDocument', () => {
  test('reads a gcloud --config file as a partial job, YAML as people write it', () => {
    // GIVEN comments, odd indentation, flow lists, True, .95, and no final newline
    const text = [
      '# config for gcloud ai-platform jobs submit training',
      'trainingInput:',
      '   scaleTier: CUSTOM   # custom cluster',
      '   masterType: n1-highmem-8',
      '   masterConfig: {acceleratorConfig: {count: 2, type: NVIDIA_TESLA_T4}}',
      '   useChiefInTfConfig: True',
      '   args: [--epochs, "10", --dropout=.5]',
      '   hyperparameters:',
      '     goal: MAXIMIZE',
      '     enableTrialEarlyStopping: TRUE',
      '     params:',
      '       - parameterName: keep_prob',
      '         type: DOUBLE',
      '         minValue: .5',
      '         maxValue: .95',
    ].join('\n');

    // WHEN
    const [input, ...rest] = parseJobDocument(text, 'config.yaml');

    // THEN
    expect(rest).toEqual([]);
    expect(input.completeness).toBe('partial');
    expect(input.location).toBe('config.yaml');
    const training = input.job.trainingInput!;
    expect(training.masterConfig).toEqual({ acceleratorConfig: { count: 2, type: 'NVIDIA_TESLA_T4' } });
    expect(training.useChiefInTfConfig).toBe(true);
    expect(training.args).toEqual(['--epochs', '10', '--dropout=.5']);
    expect(training.hyperparameters!.enableTrialEarlyStopping).toBe(true);
    expect(training.hyperparameters!.params[0]).toMatchObject({ minValue: 0.5, maxValue: 0.95 });
  });

  test('reads YAML 1.1 as gcloud does: yes/on are booleans', () => {
    const [input] = parseJobDocument('trainingInput:\n  enableWebAccess: yes\n  useChiefInTfConfig: on\n', 'c.yml');
    expect(input.job.trainingInput).toEqual({ enableWebAccess: true, useChiefInTfConfig: true });
  });

  test('a job with a jobId is complete; completeness can be forced', () => {
    const text = '{"jobId": "j1", "trainingInput": {"region": "us-central1"}}';
    expect(parseJobDocument(text, 'job.json')[0].completeness).toBe('complete');
    expect(parseJobDocument(text, 'job.json', { completeness: 'partial' })[0].completeness).toBe('partial');
  });

  test('a YAML file with a jobId but no server-written fields is a gcloud --config file (partial)', () => {
    // gcloud's own --config help shows jobId in the file; the module comes from --module-name.
    expect(parseJobDocument('jobId: my_job\ntrainingInput:\n  region: us-east1\n', 'config.yaml')[0].completeness).toBe('partial');
    expect(parseJobDocument('jobId: my_job\nstate: SUCCEEDED\ntrainingInput:\n  region: us-east1\n', 'describe.yaml')[0].completeness).toBe('complete');
  });

  test('reads a REST list response and a JSON array, locating each job', () => {
    const list = parseJobDocument('{"jobs": [{"jobId": "a", "trainingInput": {}}, {"jobId": "b", "predictionInput": {}}]}', 'jobs.json');
    expect(list.map((j) => [j.job.jobId, j.location])).toEqual([['a', 'jobs.json#jobs[0]'], ['b', 'jobs.json#jobs[1]']]);
    const array = parseJobDocument('[{"jobId": "a", "trainingInput": {}}]', 'jobs.json');
    expect(array[0].location).toBe('jobs.json#[0]');
    expect(parseJobDocument('{}', 'empty.json')).toEqual([]);
  });

  test('invalid YAML is one line with line and column', () => {
    expect(() => parseJobDocument('trainingInput:\n  args: [a, b\n  region: x\n', 'bad.yaml')).toThrow(/^bad\.yaml:\d+:\d+: invalid YAML: /);
    expect(() => parseJobDocument('trainingInput:\n  region: a\n  region: b\n', 'dup.yaml')).toThrow(/^dup\.yaml:3:3: invalid YAML: .*unique/i);
  });

  test('YAML floats are read as gcloud reads them (ruamel.yaml 1.1): a mantissa needs a digit', () => {
    // Checked with the gcloud SDK's googlecloudsdk.core.yaml.load; the yaml package alone reads E0, e5 and . as NaN.
    const [read] = parseJobDocument('jobId: j\nlabels:\n  E0: x\n  a: e5\n  b: .\n  c: -.5\ntrainingInput:\n  args: [1e5, .95, 1.5e-3, "1e-4"]\n', 'x.yaml');
    expect(read.job.labels).toEqual({ E0: 'x', a: 'e5', b: '.', c: '-.5' });
    expect(read.job.trainingInput!.args).toEqual([100000, 0.95, 0.0015, '1e-4']);
  });

  test('invalid JSON is one line with line and column', () => {
    let message = '';
    try {
      parseJobDocument('{\n  "jobId": "a",\n  "trainingInput": { { }\n}', 'bad.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^bad\.json:3:22: invalid JSON: /);
    expect(message).not.toMatch(/\n/);
  });

  test('invalid JSON has a line and column also where V8 states no position, and a byte-order mark is fine', () => {
    const cases: Array<[string, string]> = [
      ['{\n  "jobId": "a",\n  "trainingInput": { "region": us-central1 }\n}\n', 'bad.json:3:32: invalid JSON: unexpected token \'u\''], // Unexpected token
      ['{\n  "jobId": "a",\n  "trainingInput": {\n', "bad.json:3:21: invalid JSON: expected property name or '}'"], // ends early
      ['  \n', 'bad.json:1:1: invalid JSON: unexpected end of JSON input'], // no position stated
    ];
    for (const [text, expected] of cases) expect(() => parseJobDocument(text, 'bad.json')).toThrow(expected);
    expect(parseJobDocument('\uFEFF{ "jobId": "bom_1", "trainingInput": { "region": "us-central1" } }', 'windows.json')[0].job.jobId).toBe('bom_1');
  });

  test('a document that is not a job says so', () => {
    expect(() => parseJobDocument('- 1\n- 2\n', 'list.yaml')).toThrow('list.yaml: [0]: expected a job object, found a number');
    expect(() => parseJobDocument('name: x\n', 'other.yaml')).toThrow('other.yaml: no job here: expected trainingInput, predictionInput or jobId at the top level');
  });
});
