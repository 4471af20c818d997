/**
 * Input crafted to break the command line, from an adversarial review: every case ends in a one-line error (exit 2)
 * or a finding, never a crash, a stack trace or forged output.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as fc from 'fast-check';
import * as path from 'path';
import { CliRun, expectOneLineError, mljob, tempDir, writeFile } from '../plan/plan-test-helpers';
import { expectOneErrorLine, spawnMljob } from './spawn-mljob';

const VALID = path.join(__dirname, '..', 'fixtures', 'jobs', 'valid');
const REST_JOB = path.join(VALID, 'rest-create-custom-legacy.json');
const TODAY = '2026-11-24';

/** Nine levels of nine aliases each: 9^9 strings once expanded ("billion laughs"). */
function aliasBomb(tail: string): string {
  const names = 'abcdefghi'.split('');
  const lines = names.map((name, i) => `${name}: &${name} [${Array(9).fill(i === 0 ? 'lol' : `*${names[i - 1]}`).join(', ')}]`);
  return `${lines.join('\n')}\n${tail}\n`;
}

describe('resource exhaustion', () => {
  test('a YAML alias bomb in a job file or in mljob.config.yaml is invalid YAML, not an internal error', async () => {
    const dir = tempDir();
    const bomb = writeFile(dir, 'bomb.yaml', aliasBomb('trainingInput: { region: us-central1, args: *i }'));
    expectOneLineError(await mljob('check', '--no-config', bomb), /bomb\.yaml: invalid YAML: .*alias/i);
    expectOneLineError(await mljob('import', bomb), /bomb\.yaml: invalid YAML: .*alias/i);
    const config = writeFile(dir, 'mljob.config.yaml', aliasBomb('packs: *i'));
    expectOneLineError(await mljob('check', REST_JOB, '--config', config), /mljob\.config\.yaml: invalid YAML: .*alias/i);
  });
});

describe('field names that are Object methods', () => {
  const NAMES = ['toString', 'constructor', 'hasOwnProperty', '__proto__'];
  const terraformJob = (name: string): object => JSON.parse(`{ "job_id": "j_1", "${name}": 1, "training_input": [{ "region": "us-central1", "scale_tier": "BASIC", "${name}": 2, "master_config": [{ "image_uri": "gcr.io/p/t:1" }] }] }`);

  test.each(NAMES)('%s in a Terraform resource is an unknown field in every Terraform-shaped reader, never an internal error', async (name) => {
    // GIVEN the same resource as Terraform JSON, HCL, a synthesized stack and a state
    const dir = tempDir();
    const tfJson = writeFile(dir, 'main.tf.json', { resource: { google_ml_engine_job: { j: terraformJob(name) } } });
    const hcl = writeFile(dir, 'main.tf', `resource "google_ml_engine_job" "j" {\n  job_id = "j_1"\n  ${name} = 1\n  training_input {\n    region = "us-central1"\n    scale_tier = "BASIC"\n    ${name} = 2\n    master_config {\n      image_uri = "gcr.io/p/t:1"\n    }\n  }\n}\n`);
    const stackDir = path.join(tempDir(), 'cdk');
    fs.mkdirSync(stackDir);
    const stack = writeFile(stackDir, 'cdk.tf.json', { resource: { google_ml_engine_job: { j: terraformJob(name) } } });
    const state = writeFile(dir, 'terraform.cdk.tfstate', { version: 4, resources: [{ mode: 'managed', type: 'google_ml_engine_job', name: 'j', instances: [{ attributes: terraformJob(name) }] }] });

    // WHEN
    const runs = {
      importJson: await mljob('import', tfJson, '--project', 'p', '--today', TODAY),
      importHcl: await mljob('import', hcl, '--project', 'p', '--today', TODAY),
      check: await mljob('check', '--no-config', stack, '--today', TODAY, '--format', 'json'),
      plan: await mljob('plan', stack, '--state', state, '--today', TODAY, '--format', 'json'),
      export: await mljob('export', stack, '--format', 'rest-json'),
    };

    // THEN
    const outcome = (run: CliRun): string => (run.code < 2 && !/internal error/.test(run.stderr) ? 'ok' : `exit ${run.code}: ${run.stderr}`);
    expect(Object.values(runs).map(outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(runs.importJson.stderr).toContain(`unknown field, left out: ${name}`);
    expect(runs.importHcl.stderr).toContain(`unknown field, left out: training_input.${name}`);
  });

  test('a gcloud flag named like an Object method is no flag of ours: ignored with a warning', async () => {
    const run = await mljob('import', '--project', 'p', '--today', TODAY, '--', 'gcloud', 'ai-platform', 'jobs', 'submit', 'training', 'j_1',
      '--region=us-central1', '--master-image-uri=gcr.io/p/t:1', '--constructor=1', '--toString=x');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('--constructor: not a flag that sets a job field; ignored');
    expect(run.stderr).toContain('--toString: not a flag that sets a job field; ignored');
  });
});

describe('error lines', () => {
  test('a usage error is one line, the suggestion included', async () => {
    expectOneLineError(await mljob('chek'), /^mljob: unknown command 'chek' \(Did you mean check\?\)\n$/);
    expectOneLineError(await mljob('check', '--formt', 'json'), /^mljob: unknown option '--formt' \(Did you mean --format\?\)\n$/);
  });

  test('control characters from the input (ESC, OSC, BEL, U+2028) are escaped as in the text report', async () => {
    // GIVEN a configuration value and a file name that would clear the screen, set the title, ring and break the line
    const dir = tempDir();
    const config = writeFile(dir, 'mljob.config.yaml', 'packs: ["\\e[2J\\e]0;pwned\\a\\Lx\\nforged"]\n');
    const missing = path.join(dir, 'job\u001b[31m\u2028.json');

    // WHEN
    const runs = [await mljob('check', REST_JOB, '--config', config), await mljob('check', '--no-config', missing)];

    // THEN
    for (const run of runs) {
      expectOneLineError(run, /mljob: /);
      expect(run.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    }
    expect(runs[0].stderr).toContain('unknown pack "\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{2028}x forged"');
    expect(runs[1].stderr).toContain('job\\u{1b}[31m\\u{2028}.json: no such file');
  });

  test('a long run of spaces in a quoted value costs milliseconds, and the line is shortened (it took 8.6 s)', async () => {
    const config = writeFile(tempDir(), 'mljob.config.yaml', `packs: ["a${' '.repeat(100_000)}b"]\n`);
    const start = Date.now();
    const run = await mljob('check', REST_JOB, '--config', config);
    expect(Date.now() - start).toBeLessThan(3000);
    expectOneLineError(run, /mljob\.config\.yaml:1:9: unknown pack "a +…\(\d+ characters left out\)… +b"; the packs are /);
    expect(run.stderr.length).toBeLessThan(2100);
  });
});

describe('unbounded reads (run as a process with a time limit: each used to read forever)', () => {
  const zeroLink = (dir: string, name: string): string => {
    const link = path.join(dir, name);
    fs.symlinkSync('/dev/zero', link);
    return link;
  };

  test('check /dev/zero, --config /dev/zero, and job, catalog and state files that link to it', async () => {
    const dir = tempDir();
    const runs = await Promise.all([
      spawnMljob(['check', '/dev/zero', '--no-config']),
      spawnMljob(['check', REST_JOB, '--config=/dev/zero']),
      spawnMljob(['import', zeroLink(dir, 'jobs.json')]),
      spawnMljob(['check', REST_JOB, '--no-config', '--catalog', zeroLink(dir, 'catalog.yaml')]),
    ]);
    expectOneErrorLine(runs[0], /^mljob: \/dev\/zero: not a regular file \(a character device\); mljob reads regular files only\n$/);
    expectOneErrorLine(runs[1], /^mljob: \/dev\/zero: not a regular file \(a character device\)/);
    expectOneErrorLine(runs[2], /jobs\.json: not a regular file \(a character device\)/);
    expectOneErrorLine(runs[3], /catalog\.yaml: not a regular file \(a character device\)/);
  });

  test('a manifest whose synthesizedStackPath leaves the output directory is refused (../../../dev/zero read 10 GB in 40 s)', async () => {
    // GIVEN a cdktf output directory whose manifest points outside it
    const outdir = tempDir();
    writeFile(outdir, 'manifest.json', { version: '0.21.0', stacks: { evil: { name: 'evil', synthesizedStackPath: '../../../../../../../../dev/zero' } } });

    // WHEN
    const runs = await Promise.all([spawnMljob(['plan', outdir]), spawnMljob(['check', outdir, '--no-config']), spawnMljob(['export', outdir, '--format', 'rest-json'])]);

    // THEN
    for (const run of runs) expectOneErrorLine(run, /manifest\.json: stacks\.evil\.synthesizedStackPath: "\.\.\/\.\.\/.*dev\/zero" is outside the output directory/);
  });

  test('a state that links to a device, and a named pipe given to check, are refused without blocking', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'jobs.json');
    spawnSync('mkfifo', [fifo]);
    const stack = writeFile(dir, 'cdk.tf.json', { resource: {} });
    const runs = await Promise.all([
      spawnMljob(['plan', stack, '--state', zeroLink(dir, 'terraform.dir.tfstate')]),
      spawnMljob(['check', fifo, '--no-config']),
    ]);
    expectOneErrorLine(runs[0], /terraform\.dir\.tfstate: not a regular file \(a character device\)/);
    expectOneErrorLine(runs[1], /jobs\.json: not a regular file \(a named pipe\)/);
  });
});

describe('deep and self-referencing documents', () => {
  test.each([2000, 5000])('JSON nested %i deep is one line naming the file and the path in import, check, plan and export (was a stack overflow without a file name)', async (levels) => {
    // GIVEN a job file and a synthesized stack nested that deep (written as text: JSON.stringify would overflow too)
    const dir = tempDir();
    const deep = `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
    const jobFile = writeFile(dir, 'deep.json', `{"jobId": "deep_1", "trainingInput": {"region": "us-central1", "args": ${deep}}}`);
    const stack = writeFile(dir, 'cdk.tf.json', `{"resource": {"google_ml_engine_job": {"j": {"job_id": "j_1", "labels": {"x": ${deep}}}}}}`);

    // THEN
    const tooDeep = /nested deeper than 256 levels, the most mljob reads\n$/;
    expectOneLineError(await mljob('import', jobFile), /deep\.json: trainingInput\.args\[0\]\[0\].*…: nested deeper/);
    expectOneLineError(await mljob('check', '--no-config', jobFile), tooDeep);
    for (const args of [['import', stack], ['plan', stack], ['export', stack, '--format', 'rest-json'], ['check', '--no-config', stack]]) {
      expectOneLineError(await mljob(...args), /cdk\.tf\.json: resource\.google_ml_engine_job\.j\.labels\.x\[0\].*: nested deeper than 256 levels/);
    }
  });

  test('YAML: an alias inside its own anchor is refused in import and check (it overflowed the stack, and downgraded the rules in check)', async () => {
    const file = writeFile(tempDir(), 'config.yaml', 'jobId: self_1\ntrainingInput:\n  region: us-central1\n  args: &r [ *r ]\n');
    const refused = /config\.yaml:4:14: the alias \*r is inside the node its anchor names \(a recursive alias\); write the value out\n$/;
    expectOneLineError(await mljob('import', file), refused);
    expectOneLineError(await mljob('check', '--no-config', file), refused);
    const config = writeFile(tempDir(), 'mljob.config.yaml', 'packs: &p [ *p ]\n');
    expectOneLineError(await mljob('check', REST_JOB, '--config', config), /mljob\.config\.yaml:1:13: the alias \*p is inside/);
  });

  test('YAML: a list as a mapping key is refused in one line, with no Node warning on standard error', async () => {
    const dir = tempDir();
    const file = writeFile(dir, 'config.yaml', 'trainingInput:\n  region: us-central1\n  ? [a, b]\n  : 1\n');
    const catalog = writeFile(dir, 'catalog.yaml', '? [a, b]\n: 1\n');
    const runs = await Promise.all([
      spawnMljob(['import', file]),
      spawnMljob(['check', '--no-config', file]),
      spawnMljob(['check', '--no-config', REST_JOB, '--catalog', catalog]),
    ]);
    for (const run of runs.slice(0, 2)) expectOneErrorLine(run, /config\.yaml:3:5: a mapping key that is a list or a mapping \(\? \[a, b\]\); keys must be plain values\n$/);
    expectOneErrorLine(runs[2], /catalog\.yaml:1:3: a mapping key that is a list or a mapping/);
  });

  test('YAML nested 50,000 deep is refused at once (the yaml package ran out of memory at 5,000)', async () => {
    const file = writeFile(tempDir(), 'deep.yaml', `jobId: a\ntrainingInput:\n  args: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    const run = await spawnMljob(['check', '--no-config', file]);
    expectOneErrorLine(run, /deep\.yaml:3:\d+: nested deeper than 256 levels, the most mljob reads\n$/);
  });
});

describe('large input (a few MB cost 10-28 s and up to 2.8 GB)', () => {
  /** Runs mljob and says how long it took. */
  const timed = async (...args: string[]): Promise<CliRun & { ms: number }> => {
    const start = Date.now();
    const run = await mljob(...args);
    return { ...run, ms: Date.now() - start };
  };
  const job = { jobId: 'big_1', trainingInput: { region: 'us-central1', scaleTier: 'BASIC', masterConfig: { imageUri: 'gcr.io/p/t:1' } } };

  test('a million arguments are refused in one line, quickly, by import and check', async () => {
    const file = writeFile(tempDir(), 'args.json', { ...job, trainingInput: { ...job.trainingInput, args: Array(1_000_000).fill('x') } });
    for (const args of [['import', file], ['check', '--no-config', file]]) {
      const run = await timed(...args);
      expectOneLineError(run, /args\.json: trainingInput\.args: a list of 1,000,000 items; mljob reads lists of at most 10,000\n$/);
      expect(run.ms).toBeLessThan(5000);
    }
  });

  test('a 10 MB jobId is refused in one line, quickly (import took 46 s)', async () => {
    const file = writeFile(tempDir(), 'id.json', { ...job, jobId: 'a'.repeat(10_000_000) });
    for (const args of [['import', file], ['check', '--no-config', file]]) {
      const run = await timed(...args);
      expectOneLineError(run, /id\.json: jobId: a string of 10,000,000 characters; mljob reads strings of at most 131,072/);
      expect(run.ms).toBeLessThan(5000);
    }
  });

  test('a synthesized stack and a state with 20,000 labels are refused naming the resource', async () => {
    const labels = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 'v']));
    const stackDir = path.join(tempDir(), 'cdk');
    fs.mkdirSync(stackDir);
    const stack = writeFile(stackDir, 'cdk.tf.json', { resource: { google_ml_engine_job: { j: { job_id: 'j_1', labels } } } });
    const state = writeFile(stackDir, 'terraform.cdk.tfstate', { version: 4, resources: [{ mode: 'managed', type: 'google_ml_engine_job', name: 'j', instances: [{ attributes: { job_id: 'j_1', labels } }] }] });
    expectOneLineError(await timed('plan', stack), /cdk\.tf\.json: resource\.google_ml_engine_job\.j\.labels: a mapping of 20,000 keys; mljob reads mappings of at most 10,000\n$/);
    const smallDir = path.join(tempDir(), 'cdk');
    fs.mkdirSync(smallDir);
    const small = writeFile(smallDir, 'cdk.tf.json', { resource: { google_ml_engine_job: { j: { job_id: 'j_1' } } } });
    expectOneLineError(await timed('plan', small, '--state', state), /terraform\.cdk\.tfstate: google_ml_engine_job\.j\.labels: a mapping of 20,000 keys/);
  });

  test('a million empty suppressions are refused at the list, in about a second (took 28 s and 2.8 GB)', async () => {
    const config = writeFile(tempDir(), 'mljob.config.yaml', `suppressions:\n${'  - {}\n'.repeat(1_000_000)}`);
    const run = await timed('check', REST_JOB, '--config', config);
    expectOneLineError(run, /mljob\.config\.yaml:2:3: a list of more than 10,000 entries; mljob reads lists of at most that many\n$/);
    expect(run.ms).toBeLessThan(5000);
  });

  test('a suppression glob past 65,536 characters is a one-line configuration error (was an internal error)', async () => {
    const config = writeFile(tempDir(), 'mljob.config.yaml', `suppressions:\n  - rule: MLJ-JOB-001\n    resource: "${'a'.repeat(70_000)}"\n    reason: accepted\n`);
    expectOneLineError(await mljob('check', REST_JOB, '--config', config), /mljob\.config\.yaml:3:15: expected a glob of at most 4096 characters\n$/);
  });
});

describe('plugins of a configuration inside the checked folder', () => {
  test('are not run unless --allow-plugins: a checked tree cannot run code (they ran, from any mljob.config.yaml found)', async () => {
    // GIVEN a repository whose checked folder holds its own configuration, with a plugin that leaves a mark
    const root = tempDir();
    fs.mkdirSync(path.join(root, '.git'));
    const configs = path.join(root, 'configs');
    fs.mkdirSync(configs);
    fs.copyFileSync(REST_JOB, path.join(configs, 'job.json'));
    const mark = path.join(root, 'pwned');
    writeFile(configs, 'evil.js', `require('fs').writeFileSync(${JSON.stringify(mark)}, 'x'); exports.rules = [];\n`);
    writeFile(configs, 'mljob.config.yaml', 'plugins: [./evil.js]\n');

    // WHEN / THEN refused in one line, nothing run
    expectOneLineError(await mljob('check', configs, '--today', TODAY), /configs\/mljob\.config\.yaml:1:11: plugins run code, and this configuration was found below the repository root \(in the checked folder\); pass --allow-plugins/);
    expect(fs.existsSync(mark)).toBe(false);

    // the user can opt in
    const allowed = await mljob('check', configs, '--today', TODAY, '--allow-plugins');
    expect(allowed.stderr).toBe('');
    expect(fs.existsSync(mark)).toBe(true);
  });
});

describe('user rule modules', () => {
  test.each([
    ['undefined', 'check returned undefined, not an array of violations'],
    ['[null]', 'violation 0: expected an object'],
    ['[{}]', 'violation 0: path must be a string'],
    ["[{ path: 'labels', message: 'm', severity: 'fatal' }]", 'violation 0: severity must be error, warning or info'],
    ["(() => { throw new Error('boom'); })()", 'check threw boom'],
  ])('a user rule returning %s is an error finding naming the module: the check fails', async (returned, problem) => {
    const dir = tempDir();
    writeFile(dir, 'rules.js', `exports.rules = [{ id: 'TEAM-003', severity: 'error', kind: 'policy', appliesTo: 'any', summary: 's', rationale: 'r', source: 'https://example.com/r', check() { return ${returned}; } }];\n`);
    const config = writeFile(dir, 'mljob.config.yaml', 'plugins: [./rules.js]\n');

    const run = await mljob('check', REST_JOB, '--config', config, '--today', TODAY, '--format', 'json');

    expect(run.stderr).toBe('');
    const finding = JSON.parse(run.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'TEAM-003');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding.message.startsWith(`The user rule TEAM-003 (plugin rules.js) is broken: ${problem}`)).toBe(true);
    expect(run.code).toBe(1);
  });
});

describe('untrusted text in reports', () => {
  const hostileKey = '\u001b[2J\u001b]0;pwned\u0007x\nforged error line';
  const job = JSON.parse(fs.readFileSync(REST_JOB, 'utf8'));
  job.labels = { ...job.labels, '@octocat [click](https://evil.example)': 'x' };
  job[hostileKey] = 1;

  test('the text report shows control characters as escapes, so no line can be forged and the terminal is untouched', async () => {
    const file = writeFile(tempDir(), 'hostile.json', job);
    const run = await mljob('check', '--no-config', file, '--today', TODAY);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(run.stdout).not.toMatch(/^forged/m);
    expect(run.stdout).toContain('\\u{1b}[2J');
  });

  test('the markdown report neither links nor mentions', async () => {
    const file = writeFile(tempDir(), 'hostile.json', job);
    const md = (await mljob('check', '--pack', 'hygiene', file, '--today', TODAY, '--format', 'markdown', '--config', writeFile(tempDir(), 'c.yaml', 'rules:\n  MLJ-HYG-001:\n    parameters: { labels: ["@octocat [click](https://evil.example)", owner] }\n'))).stdout;
    // Code spans render literally; everywhere else brackets are escaped and @ is an entity.
    const outsideCode = md.replace(/``.*?``|`[^`]*`/g, '');
    expect(md).toContain('@octocat [click](https://evil.example)');
    expect(outsideCode).not.toMatch(/(?<!\\)\[click(?<!\\)\]\(/);
    expect(outsideCode).not.toContain('@octocat');
  });
});

describe('input mistakes', () => {
  test('HCL syntax errors name the user\'s file and its positions only', async () => {
    const tf = writeFile(tempDir(), 'badstr.tf', 'resource "google_ml_engine_job" "a" {\n  job_id = "a\n}\n');
    const run = await mljob('import', tf);
    expectOneLineError(run, /badstr\.tf:2:\d+: invalid HCL: /);
    expect(run.stderr).not.toContain('input.tf');
  });

  test('mljob check on a .tf file says to synthesize or import it', async () => {
    const tf = writeFile(tempDir(), 'main.tf', 'resource "google_ml_engine_job" "a" {}\n');
    expectOneLineError(await mljob('check', tf), /main\.tf: mljob check reads synthesized JSON and job files, not HCL/);
  });

  test('--today must be a real date', async () => {
    expectOneLineError(await mljob('check', REST_JOB, '--today', '2026-02-30'), /--today: "2026-02-30" is not a date/);
    expectOneLineError(await mljob('import', REST_JOB, '--today', '2026-02-30'), /--today: "2026-02-30" is not a date/);
  });

  test('a gcloud command without its JOB argument is refused', async () => {
    const config = writeFile(tempDir(), 'config.yaml', 'trainingInput:\n  scaleTier: BASIC\n');
    expectOneLineError(await mljob('import', config, '--', 'gcloud', 'ai-platform', 'jobs', 'submit', 'training', `--config=${config}`), /the JOB argument is missing/);
  });

  test('a job file saved as Latin-1 is refused at the byte in import and check (it was read with U+FFFD, and imported so)', async () => {
    // GIVEN the fixture job with "é" written as the Latin-1 byte E9 in a label value
    const text = fs.readFileSync(REST_JOB, 'utf8').replace('"census"', '"caf\u00e9"');
    const file = path.join(tempDir(), 'latin1.json');
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));

    // THEN both commands name the file, the place and the byte
    for (const command of ['import', 'check']) expectOneLineError(await mljob(command, file), /latin1\.json:4:17: not UTF-8 text \(byte 0xE9\); save the file as UTF-8\n$/);
  });

  test('the same job in two inputs is refused: two resources cannot adopt one job', async () => {
    const copy = writeFile(tempDir(), 'copy.json', fs.readFileSync(REST_JOB, 'utf8'));
    expectOneLineError(await mljob('import', REST_JOB, copy), /copy\.json: job "census_custom_20201104_091500" is also in .*rest-create-custom-legacy\.json; import each job once/);
  });
});

test('a reader that closes the pipe early (| head -1) gets no stack trace', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'mljob');
  const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" explain | head -1`], { encoding: 'utf8' });
  expect(run.stdout).toMatch(/^MLJ-\w+-\d{3} /);
  expect(run.stderr).toBe('');
});

test('an int64 past 2^53 is kept exactly (a string the rules report), never rounded silently', async () => {
  const file = writeFile(tempDir(), 'big.json', '{"jobId":"big_1","trainingInput":{"region":"us-central1","scaleTier":"CUSTOM","masterType":"n1-standard-8","workerType":"n1-standard-8","workerCount":"9007199254740993","masterConfig":{"imageUri":"gcr.io/p/t:1"}}}');

  const check = JSON.parse((await mljob('check', '--no-config', file, '--today', TODAY, '--format', 'json')).stdout);
  const imported = await mljob('import', file, '--project', 'p', '--today', TODAY);

  expect(check.findings.find((f: { ruleId: string }) => f.ruleId === 'MLJ-JOB-003')).toMatchObject({ path: 'trainingInput.workerCount', severity: 'error' });
  expect(imported.stdout).toContain("'9007199254740993'");
  expect(imported.stdout).not.toContain('9007199254740992');
});

test('a suppression of a rule that did not run this time (--pack narrows the packs) is not reported unused', async () => {
  const config = path.join(__dirname, '..', '..', 'examples', 'mljob.config.yaml');
  const run = await mljob('check', REST_JOB, '--config', config, '--pack', 'none', '--today', TODAY, '--format', 'json');
  expect(JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'MLJ-POL-003')).toEqual([]);
});

test('a second gcloud command inside the job arguments of the first is refused, not swallowed', async () => {
  const config = writeFile(tempDir(), 'config.yaml', 'trainingInput:\n  scaleTier: BASIC\n  masterConfig: { imageUri: "gcr.io/p/t:1" }\n');
  const run = await mljob('import', config, '--',
    'gcloud', 'ai-platform', 'jobs', 'submit', 'training', 'a1', '--region=us-central1', `--config=${config}`, '--', '--epochs', '3',
    'gcloud', 'ai-platform', 'jobs', 'submit', 'training', 'a2', '--region=us-central1', `--config=${config}`);
  expectOneLineError(run, /"gcloud ai-platform jobs submit training a2.*" is among the job arguments of the command before it/);
});

test('a JSON error states its position once, as line:col', async () => {
  const file = writeFile(tempDir(), 'two.json', '{"jobId": "a"}\n{"jobId": "b"}\n');
  const run = await mljob('check', '--no-config', file);
  expectOneLineError(run, /two\.json:2:1: invalid JSON: unexpected non-whitespace character after JSON\n$/);
});

test('markdown: bare URLs from job data are not linked; a user rule source that is not a URL is not a link target', async () => {
  const dir = tempDir();
  writeFile(dir, 'rules.js', "exports.rules = [{ id: 'TEAM-004', severity: 'error', kind: 'policy', appliesTo: 'any', summary: 's', rationale: 'r', source: 'javascript:alert(1)', check: (job) => [{ path: 'labels', message: 'see https://evil.example and www.evil.example' }] }];\n");
  const config = writeFile(dir, 'mljob.config.yaml', 'plugins: [./rules.js]\n');
  const md = (await mljob('check', REST_JOB, '--config', config, '--today', TODAY, '--format', 'markdown')).stdout;
  const row = md.split('\n').find((line) => line.includes('TEAM-004'))!;
  expect(row).toContain('see https:&#47;&#47;evil.example and www&#46;evil.example');
  expect(row).not.toContain('](javascript:');
});

test('export never writes a Windows device name (con, nul, aux…)', async () => {
  const outdir = writeFile(tempDir(), 'cdk.tf.json', {
    resource: { google_ml_engine_job: { j: { job_id: 'con', training_input: [{ region: 'us-central1', scale_tier: 'BASIC', master_config: [{ image_uri: 'gcr.io/p/t:1' }] }] } } },
  });
  const run = await mljob('export', outdir, '--format', 'rest-json');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^# file: [^/\n]+\/con_\.json$/m);
});

/**
 * The fuzz classes of the adversarial review as one seeded property test through the real executable: each run
 * writes a generated file and spawns `bin/mljob` on it. A refused input ends with exit code 2 and exactly one
 * `mljob: <file>…` line, no stack trace, within the time limit; an input that is merely odd (a field named like an
 * Object method) may also pass, but never as an internal error. Few runs per class keep it to seconds (the seed is
 * fixed in test/setup-fast-check.ts; FC_SEED explores).
 */
describe('hostile input classes, fuzzed through the CLI', () => {
  /** One generated case: the files to write, the command, and whether it must be refused. */
  interface HostileCase {
    readonly files: { readonly [name: string]: string };
    /** Links to create: name → target. */
    readonly links?: { readonly [name: string]: string };
    /** The arguments; `@name` is the path of a written file. */
    readonly args: readonly string[];
    /** The file the error line must name. */
    readonly names: string;
    /** True when the input must be refused (exit 2). */
    readonly refused: boolean;
  }

  const METHOD_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  const CONTROL = ['\u001b[2J', '\u001b]0;pwned\u0007', '\u0007', '\u2028', '\u009b', '\r', '\u202e', '\u0000'];
  const TOKENS = ['${TfToken[TOKEN.0]}', '#{TfToken[TOKEN.1]}', '&{TfToken[TOKEN.2]}'];
  const job = (trainingInput: object, extra: object = {}): string => JSON.stringify({ jobId: 'fuzz_1', ...extra, trainingInput: { region: 'us-central1', scaleTier: 'BASIC', masterConfig: { imageUri: 'gcr.io/p/t:1' }, ...trainingInput } });

  const classes: { readonly [name: string]: fc.Arbitrary<HostileCase> } = {
    'Object-method keys': fc.tuple(fc.constantFrom(...METHOD_NAMES), fc.constantFrom('tf.json', 'hcl', 'config')).map(([name, where]): HostileCase => {
      if (where === 'config') return { files: { 'mljob.config.yaml': `${name}: 1\n` }, args: ['check', REST_JOB, '--config', '@mljob.config.yaml'], names: 'mljob.config.yaml', refused: true };
      if (where === 'hcl') return { files: { 'main.tf': `resource "google_ml_engine_job" "j" {\n  job_id = "j_1"\n  ${name} = 1\n  training_input {\n    ${name} = 2\n  }\n}\n` }, args: ['import', '@main.tf'], names: 'main.tf', refused: false };
      return { files: { 'main.tf.json': `{"resource": {"google_ml_engine_job": {"j": {"job_id": "j_1", "${name}": 1, "training_input": [{"${name}": 2}]}}}}` }, args: ['import', '@main.tf.json'], names: 'main.tf.json', refused: false };
    }),
    'depth': fc.tuple(fc.integer({ min: 257, max: 6000 }), fc.constantFrom('json', 'yaml', 'tf.json'), fc.constantFrom('check', 'import')).map(([levels, format, command]): HostileCase => {
      const deep = `${'['.repeat(levels)}1${']'.repeat(levels)}`;
      const name = `deep.${format}`;
      const text = format === 'yaml' ? `jobId: a\ntrainingInput:\n  args: ${deep}\n` : format === 'json' ? `{"jobId": "a", "trainingInput": {"args": ${deep}}}` : `{"resource": {"google_ml_engine_job": {"j": {"job_id": "a", "labels": {"x": ${deep}}}}}}`;
      return { files: { [name]: text }, args: command === 'check' ? ['check', '--no-config', `@${name}`] : ['import', `@${name}`], names: name, refused: true };
    }),
    'long runs': fc.tuple(fc.integer({ min: 50_000, max: 120_000 }), fc.constantFrom(' ', '\t', ' \n ')).map(([length, blank]): HostileCase => ({
      files: { 'mljob.config.yaml': `packs: [${JSON.stringify(`a${blank.repeat(Math.ceil(length / blank.length))}b`)}]\n` },
      args: ['check', REST_JOB, '--config', '@mljob.config.yaml'], names: 'mljob.config.yaml', refused: true,
    })),
    '/dev/zero': fc.constantFrom('job', 'config', 'catalog', 'state', 'manifest').map((what): HostileCase => {
      if (what === 'manifest') return { files: { 'out/manifest.json': '{"stacks": {"s": {"synthesizedStackPath": "../../../../../../../../dev/zero"}}}' }, args: ['plan', '@out'], names: 'manifest.json', refused: true };
      if (what === 'state') return { files: { 'cdk.tf.json': '{"resource": {}}' }, links: { 'terraform.s.tfstate': '/dev/zero' }, args: ['plan', '@cdk.tf.json', '--state', '@terraform.s.tfstate'], names: 'terraform.s.tfstate', refused: true };
      const name = { job: 'jobs.json', config: 'mljob.config.yaml', catalog: 'catalog.yaml' }[what];
      const args = { job: ['check', '--no-config', `@${name}`], config: ['check', REST_JOB, '--config', `@${name}`], catalog: ['check', REST_JOB, '--no-config', '--catalog', `@${name}`] }[what];
      return { files: {}, links: { [name]: '/dev/zero' }, args, names: name, refused: true };
    }),
    'huge arrays': fc.tuple(fc.integer({ min: 10_001, max: 100_000 }), fc.constantFrom('args', 'labels', 'suppressions')).map(([count, where]): HostileCase => {
      if (where === 'suppressions') return { files: { 'mljob.config.yaml': `suppressions:\n${'  - {}\n'.repeat(count)}` }, args: ['check', REST_JOB, '--config', '@mljob.config.yaml'], names: 'mljob.config.yaml', refused: true };
      const text = where === 'args' ? job({ args: Array(count).fill('x') }) : job({}, { labels: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'v'])) });
      return { files: { 'big.json': text }, args: ['import', '@big.json'], names: 'big.json', refused: true };
    }),
    'YAML aliases': fc.constantFrom('args: &r [ *r ]', 'a: &top\n    b: [1, *top]', '? [a, b]\n  : 1', 'x: &k { a: 1 }\n  ? *k\n  : 1', `${'l: &l0 [x, x, x, x, x, x, x, x, x]\n  '}${Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`).join('\n  ')}`).map((body): HostileCase => ({
      files: { 'config.yaml': `jobId: a\ntrainingInput:\n  ${body}\n` }, args: ['check', '--no-config', '@config.yaml'], names: 'config.yaml', refused: true,
    })),
    'control characters': fc.tuple(fc.array(fc.constantFrom(...CONTROL), { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 8 })).map(([controls, text]): HostileCase => ({
      files: { 'mljob.config.yaml': `packs: [${JSON.stringify(`${text}${controls.join('x')}`)}]\n` }, args: ['check', REST_JOB, '--config', '@mljob.config.yaml'], names: 'mljob.config.yaml', refused: true,
    })),
    'token look-alikes': fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom('label key', 'label value', 'args', 'number')).map(([token, where]): HostileCase => {
      const text = where === 'label key' ? job({}, { labels: { [token]: 'v' } }) : where === 'label value' ? job({}, { labels: { team: token } })
        : where === 'args' ? job({ args: ['--x', token] }) : job({ workerCount: -1.8881545897087626e+289 });
      return { files: { 'jobs.json': text }, args: ['import', '@jobs.json', '--project', 'p'], names: 'jobs.json', refused: true };
    }),
  };

  test('every class: refused in one line naming the file (or accepted), never a stack trace, an internal error or a hang', async () => {
    const runs = Object.entries(classes).map(([name, arbitrary]) => fc.assert(fc.asyncProperty(arbitrary, async (hostile) => {
      // GIVEN the generated files in a fresh folder
      const dir = tempDir();
      for (const [file, text] of Object.entries(hostile.files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      for (const [link, target] of Object.entries(hostile.links ?? {})) fs.symlinkSync(target, path.join(dir, link));
      const at = (arg: string): string => (arg.startsWith('@') ? path.join(dir, arg.slice(1)) : arg);

      // WHEN
      const run = await spawnMljob(hostile.args.map(at), { timeoutMs: 60_000 });

      // THEN
      const summary = { class: name, args: hostile.args, timedOut: run.timedOut, code: run.code, stderr: run.stderr.slice(0, 300) };
      expect(summary).toEqual({ ...summary, timedOut: false });
      expect(run.stderr).not.toMatch(/internal error|\n\s+at |Maximum call stack|Warning:/);
      if (hostile.refused || run.code === 2) {
        expect(summary).toEqual({ ...summary, code: 2 });
        expect(run.stderr).toMatch(/^mljob: [^\n]*\n$/);
        expect(run.stderr).toContain(hostile.names);
        expect(run.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      } else {
        expect([0, 1]).toContain(run.code);
        for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^mljob: warning: /);
      }
    }), { numRuns: 2 }));
    await Promise.all(runs);
    // Sixteen CLI runs at once: generous limits so a loaded machine is not mistaken for a hang.
  }, 300_000);
});
