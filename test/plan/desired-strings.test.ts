import { Job } from '../../src/model/job';
import { literalJob, literalText } from '../../src/plan/desired-strings';

describe('literalText', () => {
  test('terraform strings: escapes are the literal text, references and directives are unknown', () => {
    expect(literalText('gs://bucket/out', 'terraform')).toBe('gs://bucket/out');
    expect(literalText('--out=$${AIP_MODEL_DIR}/m', 'terraform')).toBe('--out=${AIP_MODEL_DIR}/m');
    expect(literalText('%%{ if x }', 'terraform')).toBe('%{ if x }');
    expect(literalText('${google_storage_bucket.b.url}/out', 'terraform')).toBeUndefined();
    expect(literalText('%{ if var.x }a%{ endif }', 'terraform')).toBeUndefined();
    // `$$${` is a plain `$` then an escape: known
    expect(literalText('$$${x}', 'terraform')).toBe('$${x}');
  });

  test('literal strings are the text itself', () => {
    expect(literalText('${HOME}', 'literal')).toBe('${HOME}');
    expect(literalText('$${HOME}', 'literal')).toBe('$${HOME}');
  });
});

describe('literalJob', () => {
  const job: Job = {
    jobId: 'j1',
    labels: { team: '%%{x}', ['__proto__']: 'kept' },
    trainingInput: { region: 'us-central1', args: ['$${HOME}', '${var.data}'] },
  };

  test('unescapes every escaped string and leaves references as they are', () => {
    const literal = literalJob(job, 'terraform');
    expect(literal.trainingInput?.args).toEqual(['${HOME}', '${var.data}']);
    expect(literal.labels?.team).toBe('%{x}');
    expect(Object.keys(literal.labels ?? {})).toEqual(['team', '__proto__']);
    expect(job.trainingInput?.args).toEqual(['$${HOME}', '${var.data}']);
  });

  test('returns the same job when nothing is escaped, or when strings are literal', () => {
    const plain: Job = { jobId: 'j2', trainingInput: { region: 'us-central1', args: ['${var.x}'] } };
    expect(literalJob(plain, 'terraform')).toBe(plain);
    expect(literalJob(job, 'literal')).toBe(job);
  });
});
