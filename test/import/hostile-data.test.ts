/**
 * Job data is untrusted: whatever it holds, it must reach the generated file only as escaped literals and inert
 * comment text, the file must compile, and synth must give the data back unchanged.
 */
import * as ts from 'typescript';
import { generateTypeScript, ImportedJob } from '../../src/import/generate-typescript';
import { escapeTemplate } from '../../src/read/terraform-templates';
import { Job } from '../../src/model/job';
import { TODAY } from './fixture-jobs';
import { expectRoundTrip, synthGenerated } from './generated-code';
import { typeCheck } from './type-check';

/** Each tries to break out of a string literal, a comment, a template or the line, and call `pwned`. */
const PAYLOADS = [
  '\'); pwned(); (\'',
  '"); pwned(); ("',
  '`${pwned()}`',
  '${pwned()}',
  '$${pwned()}',
  '%{ if pwned() }x%{ endif }',
  '*/ pwned(); /*',
  'line1\npwned();\nline3',
  'a\u2028pwned()\u2029b',
  '\u202Epwned()\u202C \u2066x\u2069',
  '\\\'; pwned(); //',
  '\r\n\t\v\f\b\0 pwned()',
  '</script><!-- pwned() -->',
  'lone \ud800 surrogate',
  'é中😀 naïve ﻿bom',
];

const hostileJobs: ImportedJob[] = [
  {
    // an L2 custom container job whose id is a reserved word
    job: {
      jobId: 'class',
      trainingInput: {
        region: 'us-central1',
        masterConfig: { imageUri: 'gcr.io/hostile-project/trainer:1', containerCommand: ['sh', '-c', PAYLOADS[6]], containerArgs: PAYLOADS },
        hyperparameters: {
          goal: 'MAXIMIZE',
          hyperparameterMetricTag: '*/pwned();/*',
          params: [{ parameterName: 'opt', type: 'CATEGORICAL', categoricalValues: PAYLOADS }],
        },
      },
      state: PAYLOADS[6],
      errorMessage: PAYLOADS.join(' | '),
    } as Job,
    location: 'evil*/\n\u2028pwned().json#jobs[0]',
    warnings: [PAYLOADS[7], PAYLOADS[8]],
  },
  {
    // an L2 package job whose id is `constructor`, with an unknown field whose name is hostile
    job: {
      jobId: 'constructor',
      trainingInput: {
        region: 'us-central1',
        scaleTier: 'BASIC',
        packageUris: ['gs://hostile-bucket/trainer-0.1.tar.gz'],
        pythonModule: 'trainer.task',
        runtimeVersion: '2.11',
        pythonVersion: '3.7',
        jobDir: 'gs://hostile-bucket/${pwned()}*/',
        args: PAYLOADS,
        ['bad*/\u2028key(pwned())']: 1,
      },
    } as unknown as Job,
    location: 'jobs.json',
  },
  {
    // an L1 job (no region), where nothing validates the id: a hostile id and labels
    job: {
      jobId: 'x\'); pwned(); //\u2028*/',
      labels: { 'k\'*/': 'v\u2028pwned()', 'ok': '${pwned()}' },
      trainingInput: { scaleTier: 'BASIC', args: PAYLOADS },
    } as unknown as Job,
    location: 'config.yaml',
  },
];

function generate(): ReturnType<typeof generateTypeScript> {
  return generateTypeScript(hostileJobs, { today: TODAY, className: 'class */ pwned()', project: 'p\'*/${pwned()}' });
}

/** The block comments of the file, found by TypeScript's own scanner. */
function blockComments(code: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, code);
  const comments: string[] = [];
  let templateDepth = 0;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.CloseBraceToken && templateDepth > 0) token = scanner.reScanTemplateToken(false);
    if (token === ts.SyntaxKind.TemplateHead) templateDepth++;
    if (token === ts.SyntaxKind.TemplateTail) templateDepth--;
    if (token === ts.SyntaxKind.MultiLineCommentTrivia) comments.push(scanner.getTokenText());
  }
  return comments;
}

/** Every identifier of the file, and every string literal's value. */
function syntax(code: string): { identifiers: Set<string>; strings: Set<string> } {
  const file = ts.createSourceFile('generated.ts', code, ts.ScriptTarget.ES2022, true);
  const identifiers = new Set<string>();
  const strings = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) identifiers.add(node.text);
    if (ts.isStringLiteral(node)) strings.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { identifiers, strings };
}

describe('hostile job data', () => {
  test('never becomes code: every payload is a string literal, no identifier `pwned` exists', () => {
    // WHEN
    const { code } = generate();

    // THEN
    const { identifiers, strings } = syntax(code);
    expect(identifiers.has('pwned')).toBe(false);
    // (as Terraform templates: a literal `${` is written `$${`, see terraform-templates.ts)
    for (const payload of PAYLOADS) expect(strings.has(escapeTemplate(payload))).toBe(true);
    expect(strings.has('x\'); pwned(); //\u2028*/')).toBe(true);
    expect(identifiers.has('ClassPwned')).toBe(true); // the class name, sanitized
    expect(identifiers.has('classJob')).toBe(true);
    expect(identifiers.has('constructorJob')).toBe(true);
  });

  test('cannot end a comment or a line early, nor hide text', () => {
    const { code } = generate();
    expect(code).not.toMatch(/[\u0000\r\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/);
    // the block comments are the file's own four doc comments, each ending where it should
    const comments = blockComments(code);
    expect(comments.map((c) => c.split('\n')[0])).toEqual([
      '/** Properties of the `ClassPwned` stack. */',
      '/**',
      '/** 3 jobs imported by `mljob import`, with import blocks that adopt the existing jobs. */',
      '/** The id Terraform imports a job by: `projects/{project}/jobs/{jobId}`. */',
    ]);
    expect(comments[1]).toContain(' * @default \'p\\\'*\\/${pwned()}\'\n');
    // the hostile location, unknown field, output-only value and warning are in the header, escaped
    expect(code).toContain('// - constructor (jobs.json)');
    expect(code).toContain('unknown field, left out: trainingInput.bad*\\/\\u2028key(pwned())');
    expect(code).toContain('evil*\\/\\u000A\\u2028pwned().json#jobs[0]');
  });

  test('compiles, type-checks and round-trips exactly', () => {
    const generated = generate();
    expect(typeCheck({ 'hostile.ts': generated.code })).toEqual([]);
    const synthesized = synthGenerated(generated, { project: 'test-project' });
    expectRoundTrip(hostileJobs, synthesized);
    // literal `${` reaches Terraform escaped, so Terraform reads it as text and not as an interpolation
    const args = synthesized.config.resource.google_ml_engine_job[synthesized.jobs.get('constructor')!.address].training_input.args;
    expect(args).toContain('$${pwned()}');
    expect(args).toContain('$$${pwned()}');
    expect(args).toContain('%%{ if pwned() }x%%{ endif }');
  });
});

describe('job data that looks like a cdktf token', () => {
  const base = { jobId: 'token_1', trainingInput: { region: 'us-central1', scaleTier: 'BASIC', masterConfig: { imageUri: 'gcr.io/p/t:1' } } };

  test.each([
    ['a label key', { ...base, labels: { '&{TfToken[TOKEN.0]}': 'v' } }, 'jobs.json: jobs[1]: labels.&{TfToken[TOKEN.0]}'],
    ['an argument', { ...base, trainingInput: { ...base.trainingInput, args: ['--x', '#{TfToken[TOKEN.1]}'] } }, 'jobs.json: jobs[1]: trainingInput.args.1'],
    ['a string', { ...base, trainingInput: { ...base.trainingInput, jobDir: 'gs://b/${TfToken[TOKEN.2]}' } }, 'jobs.json: jobs[1]: trainingInput.jobDir'],
    ['a number in the token range', { ...base, trainingInput: { ...base.trainingInput, workerCount: -1.8881545897087626e+289 } }, 'jobs.json: jobs[1]: trainingInput.workerCount'],
  ])('%s is refused in one line naming the job and the field (it became a live reference, or crashed synth)', (_, job, where) => {
    // GIVEN
    const imported: ImportedJob = { job: job as Job, location: 'jobs.json#jobs[1]' };

    // THEN
    expect(() => generateTypeScript([imported], { today: TODAY })).toThrow(`${where}: looks like a cdktf token`);
  });
});
