import { parseImportId } from '../../src/provider/import-job-id';

describe('parseImportId', () => {
  test('accepts projects/{p}/jobs/{id}, {p}/{id} and {id} with the provider project', () => {
    expect(parseImportId('projects/p1/jobs/train_1', undefined)).toEqual({ project: 'p1', jobId: 'train_1' });
    expect(parseImportId('p1/train_1', 'other')).toEqual({ project: 'p1', jobId: 'train_1' });
    expect(parseImportId('train_1', 'p2')).toEqual({ project: 'p2', jobId: 'train_1' });
  });

  test('refuses other shapes, a missing project and a bad job id, saying which forms work', () => {
    expect(parseImportId('a/b/c', 'p')).toEqual({ error: expect.stringContaining('is not one of projects/{project}/jobs/{job_id}, {project}/{job_id} or {job_id}') });
    expect(parseImportId('train_1', undefined)).toEqual({ error: expect.stringContaining('names no project and the provider has none') });
    expect(parseImportId('p/1train', undefined)).toEqual({ error: expect.stringContaining('"1train" is not a job id') });
    expect(parseImportId('/train_1', undefined)).toHaveProperty('error');
  });
});
