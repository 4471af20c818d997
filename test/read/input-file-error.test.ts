import { InputFileError, inputFileFailure } from '../../src/read/input-file-error';

describe('InputFileError', () => {
  test('a line:column place joins the file with a colon, as editors and compilers print it', () => {
    const error = new InputFileError('jobs.json', '3:14', 'invalid JSON: unexpected token');
    expect(error.message).toBe('jobs.json:3:14: invalid JSON: unexpected token');
    expect(error).toMatchObject({ name: 'InputFileError', file: 'jobs.json', location: '3:14', problem: 'invalid JSON: unexpected token' });
    expect(error).toBeInstanceOf(Error);
  });

  test('a field path is set off with ": "; no place names the whole file', () => {
    expect(new InputFileError('job.yaml', 'trainingInput.args[2]', 'too long').message).toBe('job.yaml: trainingInput.args[2]: too long');
    expect(new InputFileError('cdk.tf.json', '', 'empty file').message).toBe('cdk.tf.json: empty file');
  });

  test('a path that merely starts with digits is not taken for line:column', () => {
    expect(new InputFileError('f.json', '12:3x', 'bad').message).toBe('f.json: 12:3x: bad');
    expect(new InputFileError('f.json', 'jobs[0]:1', 'bad').message).toBe('f.json: jobs[0]:1: bad');
  });
});

describe('inputFileFailure', () => {
  const fail = inputFileFailure('stack/cdk.tf.json');

  test('a place with a line says line:column; a missing column is column 1', () => {
    expect(fail('invalid JSON: x', { line: 7, column: 2 }).message).toBe('stack/cdk.tf.json:7:2: invalid JSON: x');
    expect(fail('invalid YAML: x', { line: 7 }).message).toBe('stack/cdk.tf.json:7:1: invalid YAML: x');
  });

  test('a place without a line names the path, or the whole file', () => {
    const deep = fail('nested too deep', { path: 'resource.a.b' });
    expect(deep).toBeInstanceOf(InputFileError);
    expect(deep.message).toBe('stack/cdk.tf.json: resource.a.b: nested too deep');
    expect(fail('too large', {}).message).toBe('stack/cdk.tf.json: too large');
  });
});
