/**
 * `mljob check` with policy packs, end to end: real stacks synthesized into a project folder with an
 * `mljob.config.yaml`, checked through the command line, every report format parsed or validated.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { XMLParser } from 'fast-xml-parser';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import * as lib from '../../src';
import { Accelerator, Duration, MachineType, MlEngineJob, MlEngineTrainingJob, TrainingCode } from '../../src';
import { MlJobChecks } from '../../src/policy/ml-job-checks';
import { sarifSchemaErrors } from '../policy/reporters/sarif-schema';
import { mljob, tempDir } from '../plan/plan-test-helpers';

const TODAY = '2026-11-24';
const KMS = 'projects/my-ml-project/locations/us-central1/keyRings/ml/cryptoKeys/training';

/** A job that meets every pack (security, cost, hygiene) unless `overrides` changes it. */
function compliantJob(scope: Construct, id: string, overrides: { trainingInput?: object; labels?: object; jobId?: string } = {}): MlEngineJob {
  return new MlEngineJob(scope, id, {
    jobId: overrides.jobId ?? `${id}_1`,
    labels: { 'team': 'ml-platform', 'cost-center': 'cc_1234', ...overrides.labels },
    trainingInput: {
      region: 'us-central1',
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'us-central1-docker.pkg.dev/my-ml-project/trainers/pytorch:1.0', acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } },
      jobDir: 'gs://my-ml-bucket/output',
      scheduling: { maxRunningTime: '7200s', maxWaitTime: '3600s' },
      encryptionConfig: { kmsKeyName: KMS },
      serviceAccount: 'trainer@my-ml-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      ...overrides.trainingInput,
    },
  });
}

/**
 * A repository folder (`.git`, so the configuration search stops there) with the synthesized app in `cdktf.out`
 * and, when given, `mljob.config.yaml` at its root. Stack traces are on, as in a user's app, so findings can point
 * at this test file.
 */
function project(stacks: Record<string, (stack: TerraformStack) => void>, config?: string): { root: string; out: string } {
  const root = tempDir('mljob-repo-');
  fs.mkdirSync(path.join(root, '.git'));
  if (config !== undefined) fs.writeFileSync(path.join(root, 'mljob.config.yaml'), config);
  const out = path.join(root, 'cdktf.out');
  // `cdktf synth` runs in the project folder: the L2 jobs record their source relative to it.
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const app = new App({ outdir: out, stackTraces: true });
    for (const [name, build] of Object.entries(stacks)) {
      const stack = new TerraformStack(app as Construct, name);
      new GoogleProvider(stack, 'google', { project: 'my-ml-project' });
      build(stack);
    }
    app.synth();
  } finally {
    process.chdir(cwd);
  }
  return { root, out };
}

interface JsonFinding { ruleId: string; severity: string; resource: string; path: string; message: string }

async function findings(...args: string[]): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const run = await mljob('check', ...args, '--today', TODAY, '--format', 'json');
  return { code: run.code, findings: run.stdout ? JSON.parse(run.stdout).findings : [], stderr: run.stderr };
}

const ids = (list: JsonFinding[]): string[] => [...new Set(list.map((f) => f.ruleId))].sort();

describe('mljob check: configuration', () => {
  test('the configuration is found from the input up to the repository root; its packs, severities and parameters apply', async () => {
    const { out } = project(
      {
        training: (stack) => {
          compliantJob(stack, 'good');
          compliantJob(stack, 'open', { trainingInput: { encryptionConfig: undefined, enableWebAccess: true } });
          compliantJob(stack, 'big', { trainingInput: { masterConfig: { imageUri: 'us-central1-docker.pkg.dev/my-ml-project/trainers/pytorch:1.0', acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 4 } } } });
        },
      },
      [
        'packs: [security, cost, hygiene]',
        'rules:',
        '  MLJ-SEC-004:',
        '    severity: warning',
        '  MLJ-COST-002:',
        '    parameters: { max: 2 }',
        '',
      ].join('\n'),
    );

    const run = await findings(out);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const byResource = (name: string) => run.findings.filter((f) => f.resource === `training/google_ml_engine_job.${name}`);
    expect(byResource('good').filter((f) => f.severity !== 'info')).toEqual([]);
    expect(byResource('open').find((f) => f.ruleId === 'MLJ-SEC-001')).toMatchObject({ severity: 'error', path: 'trainingInput.encryptionConfig.kmsKeyName' });
    expect(byResource('open').find((f) => f.ruleId === 'MLJ-SEC-004')).toMatchObject({ severity: 'warning' });
    expect(byResource('big').find((f) => f.ruleId === 'MLJ-COST-002')).toMatchObject({ severity: 'error' });
    expect(byResource('big').find((f) => f.ruleId === 'MLJ-COST-002')!.message).toMatch(/\b2\b/);

    // --no-config: only the api and platform rules; --pack replaces the configuration's packs.
    expect(ids((await findings(out, '--no-config')).findings).filter((id) => /SEC|COST|HYG/.test(id))).toEqual([]);
    expect(ids((await findings(out, '--pack', 'cost')).findings).filter((id) => /SEC|COST|HYG/.test(id))).toEqual(['MLJ-COST-002']);
    expect(ids((await findings(out, '--no-config', '--pack', 'security,hygiene')).findings).filter((id) => /SEC|COST|HYG/.test(id))).toEqual(['MLJ-SEC-001', 'MLJ-SEC-004']);
  });

  test('--config names the file explicitly; a broken configuration is one line with file:line:col, exit 2', async () => {
    const { root, out } = project({ training: (stack) => compliantJob(stack, 'nolabels', { labels: { 'team': '', 'cost-center': '' } }) });
    const config = path.join(root, 'policy', 'strict.yaml');
    fs.mkdirSync(path.dirname(config));
    fs.writeFileSync(config, 'packs: [hygiene]\nrules:\n  MLJ-HYG-001:\n    parameters: { labels: [team, owner] }\n');

    const run = await findings(out, '--config', config);
    expect(run.findings.find((f) => f.ruleId === 'MLJ-HYG-001')?.message).toMatch(/owner/);

    const broken = path.join(root, 'broken.yaml');
    for (const [text, problem] of [
      ['packs: [securty]\n', /broken\.yaml:1:9: unknown pack "securty"/],
      ['packs: [cost]\nrules:\n  MLJ-COST-002:\n    parameters: { maximum: 2 }\n', /broken\.yaml:4:19: MLJ-COST-002 has no parameter "maximum"/],
      ['failOn: sometimes\n', /broken\.yaml:1:9: expected error, warning, info or never/],
      ['suppressions:\n  - rule: MLJ-NOPE-001\n    resource: "*"\n    reason: x\n', /broken\.yaml:2:5: unknown rule "MLJ-NOPE-001"/],
    ] as const) {
      fs.writeFileSync(broken, text);
      const bad = await mljob('check', out, '--config', broken);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(bad.stderr).toMatch(problem);
    }
    expect((await mljob('check', out, '--config', path.join(root, 'missing.yaml'))).stderr).toMatch(/missing\.yaml: no such file/);
  });
});

describe('mljob check: suppressions', () => {
  test('in the configuration (resource glob) and in code: suppressed findings leave the count, are listed with their reasons', async () => {
    const { out } = project(
      {
        legacy: (stack) => {
          compliantJob(stack, 'legacy_a', { trainingInput: { encryptionConfig: undefined } });
          compliantJob(stack, 'legacy_b', { trainingInput: { encryptionConfig: undefined } });
        },
        current: (stack) => {
          const job = compliantJob(stack, 'shell', { trainingInput: { enableWebAccess: true } });
          MlJobChecks.suppress(job, 'MLJ-SEC-004', 'Debug session for ML-77; removed after the incident review.');
        },
      },
      [
        'packs: [security]',
        'suppressions:',
        '  - rule: MLJ-SEC-001',
        "    resource: 'legacy/**'",
        '    reason: Legacy jobs predate CMEK (ML-123).',
        '    expires: 2026-12-31',
        '',
      ].join('\n'),
    );

    const run = await findings(out);
    expect(run.code).toBe(0);
    expect(ids(run.findings).filter((id) => /SEC|POL/.test(id))).toEqual([]);

    const text = await mljob('check', out, '--today', TODAY, '--show-suppressed');
    expect(text.stdout).toContain('Suppressed (3):');
    expect(text.stdout).toContain('MLJ-SEC-001 legacy/google_ml_engine_job.legacy_a trainingInput.encryptionConfig.kmsKeyName: Legacy jobs predate CMEK (ML-123). (until 2026-12-31)');
    expect(text.stdout).toContain('MLJ-SEC-004 current/google_ml_engine_job.shell trainingInput.enableWebAccess: Debug session for ML-77; removed after the incident review.');
    expect(text.stdout).toMatch(/, 3 suppressed\.\n$/);

    // After the expiry date the suppression is itself a finding and no longer applies.
    const later = await mljob('check', out, '--today', '2027-01-05', '--format', 'json');
    const laterIds = JSON.parse(later.stdout).findings.map((f: JsonFinding) => f.ruleId);
    expect(laterIds).toEqual(expect.arrayContaining(['MLJ-POL-002', 'MLJ-SEC-001']));
    expect(later.code).toBe(1);
  });

  test('a suppression without a reason is an error and does not apply; one that matched nothing is reported unused', async () => {
    const { root, out } = project(
      { training: (stack) => compliantJob(stack, 'open', { trainingInput: { network: undefined } }) },
      [
        'packs: [security]',
        'suppressions:',
        '  - rule: MLJ-SEC-003',
        "    resource: 'training/**'",
        '  - rule: MLJ-SEC-005',
        "    resource: 'training/**'",
        '    reason: Images move to Artifact Registry in Q1.',
        '',
      ].join('\n'),
    );

    const run = await mljob('check', out, '--today', TODAY, '--format', 'json');
    const list: Array<JsonFinding & { location?: { file: string; line?: number } }> = JSON.parse(run.stdout).findings;

    expect(run.code).toBe(1);
    expect(list.find((f) => f.ruleId === 'MLJ-SEC-003')).toMatchObject({ severity: 'error' });
    const noReason = list.find((f) => f.ruleId === 'MLJ-POL-001')!;
    const unused = list.find((f) => f.ruleId === 'MLJ-POL-003')!;
    expect(noReason).toMatchObject({ severity: 'error' });
    expect(unused).toMatchObject({ severity: 'warning' });
    // Both point at their entry of the configuration, relative to the working directory.
    const text = (await mljob('check', out, '--today', TODAY)).stdout;
    // The configuration is outside the working directory here, so it is named by its absolute path.
    const configFile = path.join(root, 'mljob.config.yaml');
    expect(text).toContain(`at ${configFile}:3:5`);
    expect(text).toContain(`at ${configFile}:5:5`);
  });
});

describe('mljob check: user rule modules', () => {
  test('a JavaScript module named in plugins adds rules that run, report and can be configured like the built-in ones', async () => {
    const { root, out } = project(
      {
        training: (stack) => {
          compliantJob(stack, 'ok');
          compliantJob(stack, 'no_owner', { labels: { owner: '' } });
        },
      },
      'plugins: [./policies/team-rules.js]\nrules:\n  ACME-001:\n    parameters: { label: owner }\n',
    );
    fs.mkdirSync(path.join(root, 'policies'));
    fs.writeFileSync(path.join(root, 'policies', 'team-rules.js'), [
      "'use strict';",
      'exports.rules = [{',
      "  id: 'ACME-001', severity: 'error', kind: 'policy', appliesTo: 'any',",
      "  summary: 'Every job names a label the platform team needs.',",
      "  rationale: 'Chargeback reads it.',",
      "  source: 'https://wiki.example.com/ml/labels',",
      '  check(job, ctx) {',
      "    const label = (ctx.parameters && ctx.parameters['ACME-001'] || {}).label || 'owner';",
      '    const value = (job.labels || {})[label];',
      "    return value ? [] : [{ path: 'labels.' + label, message: 'The job has no ' + label + ' label.', fix: 'Add labels.' + label + '.' }];",
      '  },',
      '}];',
      '',
    ].join('\n'));

    const run = await findings(out);

    expect(run.code).toBe(1);
    expect(run.findings.filter((f) => f.ruleId === 'ACME-001').map((f) => f.resource)).toEqual(['training/google_ml_engine_job.no_owner', 'training/google_ml_engine_job.ok']);
    expect(run.findings.find((f) => f.ruleId === 'ACME-001')).toMatchObject({ severity: 'error', path: 'labels.owner', message: 'The job has no owner label.' });
    // Its metadata reaches the reports that describe rules.
    const sarif = JSON.parse((await mljob('check', out, '--today', TODAY, '--format', 'sarif')).stdout);
    expect(sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'ACME-001').helpUri).toBe('https://wiki.example.com/ml/labels');

    // A module that does not export rules: one line at the plugin's entry, exit 2.
    fs.writeFileSync(path.join(root, 'policies', 'broken-rules.js'), 'exports.rule = {};\n');
    fs.writeFileSync(path.join(root, 'mljob.config.yaml'), 'plugins: [./policies/broken-rules.js]\n');
    const bad = await mljob('check', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/mljob\.config\.yaml:1:11: plugin broken-rules\.js: expected the module to export rules: Rule\[\]\n$/);
  });
});

describe('mljob check: reports', () => {
  function mixedProject(): { root: string; out: string } {
    return project(
      {
        training: (stack) => {
          compliantJob(stack, 'good');
          // An L2 job, which records the line that created it: no CMEK, no maxWaitTime.
          new MlEngineTrainingJob(stack, 'open', {
            jobId: 'open_1',
            labels: { 'team': 'ml-platform', 'cost-center': 'cc_1234' },
            region: 'us-central1',
            code: TrainingCode.customContainer({ imageUri: 'us-central1-docker.pkg.dev/my-ml-project/trainers/pytorch:1.0' }),
            master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaT4(1) },
            jobDir: 'gs://my-ml-bucket/output',
            scheduling: { maxRunningTime: Duration.hours(2) },
            serviceAccount: 'trainer@my-ml-project.iam.gserviceaccount.com',
            network: 'projects/123456789012/global/networks/ml-vpc',
          });
          const legacy = compliantJob(stack, 'legacy', { trainingInput: { network: undefined } });
          MlJobChecks.suppress(legacy, 'MLJ-SEC-003', 'Peering arrives with the new VPC (NET-9).');
        },
      },
      'packs: [security, cost, hygiene]\n',
    );
  }

  test('--output-dir writes every format; SARIF validates, JUnit parses, the source line of the construct is the location', async () => {
    const { root, out } = mixedProject();
    const reports = path.join(root, 'reports');

    const run = await mljob('check', out, '--today', TODAY, '--format', 'text,json,sarif,junit,github,markdown', '--output-dir', reports);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/3 resources checked: 1 error, 1 warning, \d+ infos?, 1 suppressed\.\n$/);
    expect(fs.readdirSync(reports).sort()).toEqual(['mljob-check.github.txt', 'mljob-check.json', 'mljob-check.junit.xml', 'mljob-check.md', 'mljob-check.sarif', 'mljob-check.txt']);
    expect(fs.readFileSync(path.join(reports, 'mljob-check.txt'), 'utf8')).toBe(run.stdout);

    const sarif = JSON.parse(fs.readFileSync(path.join(reports, 'mljob-check.sarif'), 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const cmek = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'MLJ-SEC-001');
    // The L2 job recorded where it was created: this file, relative to the working directory, at a real line.
    const location = cmek.locations[0].physicalLocation;
    expect(location.artifactLocation.uri).toBe('test/cli/check-policy.test.ts');
    const line = fs.readFileSync(path.join(__dirname, 'check-policy.test.ts'), 'utf8').split('\n')[location.region.startLine - 1];
    expect(line).toContain("new MlEngineTrainingJob(stack, 'open'");
    expect(sarif.runs[0].tool.driver.semanticVersion).toBe(require('../../package.json').version);
    const suppressed = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'MLJ-SEC-003');
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Peering arrives with the new VPC (NET-9).' }]);

    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(fs.readFileSync(path.join(reports, 'mljob-check.junit.xml'), 'utf8'));
    const suites = [junit.testsuites.testsuite].flat();
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['training/google_ml_engine_job.good', 'training/google_ml_engine_job.legacy', expect.stringMatching(/^training\/google_ml_engine_job\.open_[0-9A-F]{8}$/)]);
    const openCases = [suites[2].testcase].flat();
    expect(openCases.find((c: { name: string }) => c.name === 'MLJ-SEC-001').failure).toBeDefined();
    // The L1 jobs have no recorded line: their findings point into cdk.tf.json with a JSON pointer.
    const legacyResult = sarif.runs[0].results.find((r: { ruleId: string; properties: { resource: string } }) => r.ruleId === 'MLJ-HYG-004' || r.properties.resource.endsWith('.legacy'));
    expect(legacyResult).toBeDefined();
    expect(openCases.find((c: { name: string }) => c.name === 'MLJ-SEC-002').failure).toBeUndefined();
    expect([suites[1].testcase].flat().find((c: { name: string }) => c.name === 'MLJ-SEC-003').skipped).toBeDefined();

    const github = fs.readFileSync(path.join(reports, 'mljob-check.github.txt'), 'utf8');
    expect(github).toMatch(/^::error file=test\/cli\/check-policy\.test\.ts,line=\d+,col=\d+,title=MLJ-SEC-001 training\/google_ml_engine_job\.open_[0-9A-F]{8}::/m);
    expect(github).toMatch(/^::warning file=.*title=MLJ-HYG-004 /m);
    expect(fs.readFileSync(path.join(reports, 'mljob-check.md'), 'utf8')).toMatch(/^## mljob check\n\n:x: Policy check failed: 3 resources checked\./);

    // Existing reports are not overwritten without --force, and a refusal writes nothing.
    fs.unlinkSync(path.join(reports, 'mljob-check.md'));
    fs.writeFileSync(path.join(reports, 'mljob-check.sarif'), 'mine');
    const refused = await mljob('check', out, '--today', TODAY, '--format', 'sarif,markdown', '--output-dir', reports);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/mljob-check\.sarif: the file exists; pass --force to overwrite \(nothing was written\)\n$/);
    expect(fs.readFileSync(path.join(reports, 'mljob-check.sarif'), 'utf8')).toBe('mine');
    expect(fs.existsSync(path.join(reports, 'mljob-check.md'))).toBe(false);
    expect((await mljob('check', out, '--today', TODAY, '--format', 'sarif,markdown', '--output-dir', reports, '--force')).code).toBe(1);
    expect(fs.readFileSync(path.join(reports, 'mljob-check.sarif'), 'utf8')).not.toBe('mine');
  });

  test('exit codes follow --fail-on, and the configuration\'s failOn when the flag is absent', async () => {
    const { root, out } = project({ training: (stack) => compliantJob(stack, 'nowait', { trainingInput: { scheduling: { maxRunningTime: '7200s' } } }) }, 'packs: [hygiene]\n');

    // Only a warning (MLJ-HYG-004: accelerators without maxWaitTime).
    expect((await findings(out)).findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['warning MLJ-HYG-004']);
    expect((await mljob('check', out, '--today', TODAY)).code).toBe(0);
    expect((await mljob('check', out, '--today', TODAY, '--fail-on', 'warning')).code).toBe(1);
    expect((await mljob('check', out, '--today', TODAY, '--fail-on', 'info')).code).toBe(1);
    fs.writeFileSync(path.join(root, 'mljob.config.yaml'), 'packs: [hygiene]\nfailOn: warning\n');
    expect((await mljob('check', out, '--today', TODAY)).code).toBe(1);
    expect((await mljob('check', out, '--today', TODAY, '--fail-on', 'error')).code).toBe(0);
    expect((await mljob('check', out, '--today', TODAY, '--fail-on', 'never')).code).toBe(0);
    expect(await mljob('check', out, '--fail-on', 'sometimes')).toMatchObject({ code: 2, stderr: 'mljob: --fail-on: "sometimes" is not one of error, warning, info, never\n' });
  });

  test('bad format options are usage errors', async () => {
    const { out } = mixedProject();
    expect(await mljob('check', out, '--format', 'sarif,junit')).toMatchObject({ code: 2, stderr: 'mljob: --format: several formats need --output-dir (one file each)\n' });
    expect(await mljob('check', out, '--format', 'xml')).toMatchObject({ code: 2, stderr: 'mljob: --format: "xml" is not one of text, json, sarif, junit, github, markdown\n' });
    expect(await mljob('check', out, '--config', 'x.yaml', '--no-config')).toMatchObject({ code: 2, stderr: 'mljob: --config and --no-config exclude each other\n' });
    expect(await mljob('check', out, '--pack', 'speed')).toMatchObject({ code: 2, stderr: 'mljob: --pack: unknown pack "speed"; use security, cost, hygiene, all or none\n' });
  });

  test('every format is byte-identical across runs', async () => {
    const { out } = mixedProject();
    for (const format of ['text', 'json', 'sarif', 'junit', 'github', 'markdown']) {
      const first = await mljob('check', out, '--today', TODAY, '--format', format, '--show-suppressed');
      const second = await mljob('check', out, '--today', TODAY, '--format', format, '--show-suppressed');
      expect(first.stdout.length).toBeGreaterThan(0);
      expect(second.stdout).toBe(first.stdout);
    }
  });
});

describe('mljob check: locations are relative to the repository root', () => {
  test('a cdktf project in a subfolder: the same SARIF URIs whether the check runs from the root or from the project', async () => {
    // repo/.git, repo/infra/jobs.js (the user's code, creating an L2 job without CMEK), synthesized in repo/infra.
    const repo = tempDir('mljob-repo-');
    fs.mkdirSync(path.join(repo, '.git'));
    const infra = path.join(repo, 'infra');
    fs.mkdirSync(infra);
    fs.writeFileSync(path.join(infra, 'jobs.js'), [
      'module.exports = (stack, lib) =>',
      "  new lib.MlEngineTrainingJob(stack, 'census', {",
      "    region: 'us-central1',",
      "    code: lib.TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1' }),",
      '    master: { machineType: lib.MachineType.N1_STANDARD_8 },',
      '  });',
      '',
    ].join('\n'));
    const cwd = process.cwd();
    const run = async (dir: string, ...args: string[]) => {
      process.chdir(dir);
      try {
        return await mljob('check', ...args);
      } finally {
        process.chdir(cwd);
      }
    };
    process.chdir(infra);
    try {
      const app = new App({ outdir: 'cdktf.out', stackTraces: true });
      const stack = new TerraformStack(app as Construct, 'training');
      new GoogleProvider(stack, 'google', { project: 'my-ml-project' });
      require(path.join(infra, 'jobs.js'))(stack, lib);
      compliantJob(stack, 'raw', { trainingInput: { encryptionConfig: undefined } });
      app.synth();
    } finally {
      process.chdir(cwd);
    }

    const fromRoot = await run(repo, 'infra/cdktf.out', '--pack', 'security', '--format', 'sarif', '--today', TODAY);
    const fromProject = await run(infra, 'cdktf.out', '--pack', 'security', '--format', 'sarif', '--today', TODAY);

    expect(fromProject.stdout).toBe(fromRoot.stdout);
    const uris = JSON.parse(fromRoot.stdout).runs[0].results
      .filter((r: { ruleId: string }) => r.ruleId === 'MLJ-SEC-001')
      .map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`);
    expect(uris.sort()).toEqual(['infra/cdktf.out/stacks/training/cdk.tf.json:1', 'infra/jobs.js:2']);
  });
});
