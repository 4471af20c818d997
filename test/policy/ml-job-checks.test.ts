import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { AnnotationMetadataEntryType, App, Aspects, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { IConstruct } from 'constructs';
import {
  Accelerator, Duration, EncryptionKey, MachineType, MlEngineJob, MlEngineTrainingJob, MlEngineTrainingJobProps, TrainingCode,
} from '../../src';
import { MlJobChecks } from '../../src/policy/ml-job-checks';
import { suppressionsOfResource } from '../../src/policy/resource-suppressions';

const TODAY = '2024-06-01';

/** Props of an L2 job that complies with every built-in pack. */
const compliant: MlEngineTrainingJobProps = {
  region: 'us-central1',
  labels: { 'team': 'ml-platform', 'cost-center': 'cc_1234' },
  code: TrainingCode.pythonPackage({ packageUris: ['gs://my-bucket/trainer-0.1.tar.gz'], pythonModule: 'trainer.task', runtimeVersion: '2.11', pythonVersion: '3.7' }),
  master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaT4(1) },
  scheduling: { maxRunningTime: Duration.hours(2), maxWaitTime: Duration.hours(1) },
  jobDir: 'gs://my-bucket/out',
  serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
  network: 'projects/123456789012/global/networks/ml-vpc',
  encryptionKey: EncryptionKey.fromKeyName('projects/p/locations/us-central1/keyRings/ml/cryptoKeys/training'),
};

function stack(app = Testing.app()): TerraformStack {
  const s = new TerraformStack(app, 'test');
  new GoogleProvider(s, 'google', { project: 'my-project' });
  return s;
}

/** The synth error message, or '' when synth passes. */
function synthError(s: TerraformStack): string {
  try {
    Testing.synth(s, true);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The warning and info annotations of a construct from policy rules (the L2 job's own validation adds api and
 * platform ones, dated by the real clock).
 */
function annotations(construct: IConstruct): string[] {
  const levels: Record<string, string> = { [AnnotationMetadataEntryType.WARN]: 'warning', [AnnotationMetadataEntryType.INFO]: 'info' };
  return construct.node.metadata
    .filter((m) => levels[m.type] && /^(\S+:\d+:\d+: )?MLJ-(SEC|COST|HYG|POL)-/.test(String(m.data)))
    .map((m) => `${levels[m.type]} ${String(m.data)}`);
}

function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-checks-'));
  fs.writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
}

describe('MlJobChecks', () => {
  test('GIVEN a compliant L2 job WHEN synthesized with every pack THEN synth passes without annotations', () => {
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'census', compliant);
    Aspects.of(s).add(new MlJobChecks({ today: TODAY }));
    expect(synthError(s)).toBe('');
    expect(annotations(job)).toEqual([]);
  });

  test('with stack traces on (cdktf\'s default), errors and warnings name the file:line:col that created the job', () => {
    // GIVEN
    const s = stack(Testing.app({ stackTraces: true }));
    const job = new MlEngineTrainingJob(s, 'census', { ...compliant, encryptionKey: undefined, jobDir: undefined });
    Aspects.of(s).add(new MlJobChecks({ packs: ['security', 'hygiene'], today: TODAY }));
    const line = fs.readFileSync(__filename, 'utf8').split('\n').findIndex((l) => l.includes("const job = new MlEngineTrainingJob(s, 'census', { ...compliant, encryptionKey: undefined, jobDir: undefined });")) + 1;
    const at = `test/policy/ml-job-checks.test.ts:${line}:17`;
    // WHEN
    const message = synthError(s);
    // THEN
    expect(message).toMatch(new RegExp(`^  \\[test/census\\] ${at}: MLJ-SEC-001 trainingInput\\.encryptionConfig\\.kmsKeyName is not set; `, 'm'));
    expect(annotations(job).filter((a) => a.includes('MLJ-HYG-003'))).toEqual([expect.stringMatching(new RegExp(`^warning ${at}: MLJ-HYG-003 trainingInput\\.jobDir is not set`))]);
  });

  test('errors fail synth with the construct path, rule id and message; warnings become annotations without stack traces', () => {
    // GIVEN
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'census', { ...compliant, encryptionKey: undefined, jobDir: undefined });
    Aspects.of(s).add(new MlJobChecks({ packs: ['security', 'hygiene'], today: TODAY }));
    // WHEN
    const message = synthError(s);
    // THEN
    expect(message).toMatch(/^ {2}\[test\/census\] MLJ-SEC-001 trainingInput\.encryptionConfig\.kmsKeyName is not set; [^\n]*$/m);
    expect(annotations(job)).toEqual([expect.stringMatching(/^warning MLJ-HYG-003 trainingInput\.jobDir is not set/)]);
    const warning = job.node.metadata.find((m) => m.type === AnnotationMetadataEntryType.WARN)!;
    expect(warning.trace).toBeUndefined();
  });

  test('values unknown until apply are never violations', () => {
    const s = stack();
    const key = new TerraformVariable(s, 'kms_key', { type: 'string' });
    const account = new TerraformVariable(s, 'service_account', { type: 'string' });
    new MlEngineTrainingJob(s, 'census', { ...compliant, encryptionKey: EncryptionKey.fromKeyName(key.stringValue), serviceAccount: account.stringValue });
    Aspects.of(s).add(new MlJobChecks({ packs: ['security'], today: TODAY }));
    expect(synthError(s)).toBe('');
  });

  test('bare L1 jobs get the policy packs and the api rules (which L2 jobs run themselves)', () => {
    const s = stack();
    new MlEngineJob(s, 'raw', {
      jobId: 'raw_1',
      labels: { 'team': 'ml', 'cost-center': 'cc1' },
      trainingInput: { scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 3 } }, region: 'us-central1', packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task', runtimeVersion: '2.11', pythonVersion: '3.7' },
    });
    Aspects.of(s).add(new MlJobChecks({ packs: ['security'], today: TODAY }));
    const message = synthError(s);
    expect(message).toMatch(/\[test\/raw\] MLJ-ACCEL-003 /);
    expect(message).toMatch(/\[test\/raw\] MLJ-SEC-001 /);
    // The L2 job of another stack does not report api findings twice.
    const other = stack();
    new MlEngineTrainingJob(other, 'census', { ...compliant, master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(3) } });
    Aspects.of(other).add(new MlJobChecks({ packs: [], today: TODAY }));
    expect(synthError(other).match(/MLJ-ACCEL-003/g)).toHaveLength(1);
  });

  test('a configuration file sets packs, parameters and failOn; failOn never turns errors into warnings', () => {
    const config = tempFile('mljob.config.yaml', 'packs: [cost]\nfailOn: never\nrules:\n  MLJ-COST-002:\n    parameters: { max: 0 }\n');
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'census', compliant);
    Aspects.of(s).add(new MlJobChecks({ configFile: config, today: TODAY }));
    expect(synthError(s)).toBe('');
    expect(annotations(job)).toEqual([expect.stringMatching(/^warning MLJ-COST-002 .*Each master has 1 × NVIDIA_TESLA_T4/)]);
  });

  test('an invalid configuration or failOn fails at construction with a one-line error', () => {
    const config = tempFile('mljob.config.yaml', 'packs: [securty]\n');
    expect(() => new MlJobChecks({ configFile: config })).toThrow(/mljob\.config\.yaml:1:9: unknown pack "securty"/);
    expect(() => new MlJobChecks({ failOn: 'fatal' })).toThrow(/failOn is "fatal"/);
    expect(() => new MlJobChecks({ packs: ['nope'] })).toThrow(/unknown pack "nope"/);
    // A date that is no date was compared as text: '2026-13-01' and 'today' are later than any day
    expect(() => new MlJobChecks({ today: '2026-13-01' })).toThrow('MlJobChecks: today is "2026-13-01"; write the date as YYYY-MM-DD.');
  });

  test('configuration suppressions apply to construct paths; their own findings go on the aspect\'s scope', () => {
    const config = tempFile('mljob.config.yaml', [
      'packs: [security]',
      'suppressions:',
      '  - { rule: MLJ-SEC-001, resource: "test/legacy_*", reason: Legacy jobs predate CMEK (ML-123). }',
      '  - { rule: MLJ-SEC-003, resource: "test/**", reason: "" }',
      '  - { rule: MLJ-SEC-004, resource: "test/**", reason: stale }',
      '',
    ].join('\n'));
    const s = stack();
    new MlEngineTrainingJob(s, 'legacy_census', { ...compliant, encryptionKey: undefined });
    Aspects.of(s).add(new MlJobChecks({ configFile: config, today: TODAY }));
    const message = synthError(s);
    expect(message).not.toMatch(/MLJ-SEC-001/);
    expect(message).toMatch(/\[test\] MLJ-POL-001 The suppression of MLJ-SEC-003 for resources "test\/\*\*" has no reason/);
    expect(annotations(s)).toEqual([expect.stringMatching(/^warning MLJ-POL-003 The suppression of MLJ-SEC-004/)]);
  });
});

describe('MlJobChecks.suppress', () => {
  test('an expiry that is not a date fails at the call, naming the construct and the rule (it was kept, and never expired)', () => {
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'census', compliant);
    for (const expires of ['next week', '2026-13-01', '2026-02-30', '31.12.2026']) {
      expect(() => MlJobChecks.suppress(job, 'MLJ-SEC-001', 'CMEK in Q3.', expires))
        .toThrow(`MlJobChecks.suppress(test/census, MLJ-SEC-001): expires is ${JSON.stringify(expires)}; write the last day the suppression applies as YYYY-MM-DD.`);
    }
    expect(() => MlJobChecks.suppress(job, 'MLJ-SEC-001', 'CMEK in Q3.', '2026-12-31')).not.toThrow();
  });

  test('suppresses a rule on an L2 job, and an unused in-code suppression is a warning', () => {
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'census', { ...compliant, encryptionKey: undefined });
    MlJobChecks.suppress(job, 'MLJ-SEC-001', 'CMEK rollout for this project is planned for Q3.');
    MlJobChecks.suppress(job.resource, 'MLJ-SEC-003', 'Suppressing through the L1 resource works too.');
    Aspects.of(s).add(new MlJobChecks({ packs: ['security'], today: TODAY }));
    expect(synthError(s)).toBe('');
    expect(annotations(job)).toEqual([expect.stringMatching(/^warning MLJ-POL-003 The in-code suppression of MLJ-SEC-003 matched no finding/)]);
  });

  test('a suppression on a scope covers its jobs; one without a reason or expired does not apply', () => {
    const s = stack();
    const team = new TerraformStack(Testing.app(), 'unused'); // a construct outside the scope is ignored
    MlJobChecks.suppress(team, 'MLJ-SEC-001', 'unrelated');
    new MlEngineTrainingJob(s, 'a', { ...compliant, encryptionKey: undefined });
    const b = new MlEngineTrainingJob(s, 'b', { ...compliant, network: undefined });
    MlJobChecks.suppress(s, 'MLJ-SEC-001', 'The whole stack is a sandbox.');
    MlJobChecks.suppress(b, 'MLJ-SEC-003', '');
    Aspects.of(s).add(new MlJobChecks({ packs: ['security'], today: TODAY }));
    const message = synthError(s);
    expect(message).not.toMatch(/MLJ-SEC-001/);
    expect(message).toMatch(/\[test\/b\] MLJ-POL-001 The in-code suppression of MLJ-SEC-003 has no reason/);
    expect(message).toMatch(/\[test\/b\] MLJ-SEC-003 /);

    const expired = stack();
    const c = new MlEngineTrainingJob(expired, 'c', { ...compliant, network: undefined });
    MlJobChecks.suppress(c, 'MLJ-SEC-003', 'Temporary.', '2024-01-31');
    Aspects.of(expired).add(new MlJobChecks({ packs: ['security'], today: TODAY }));
    expect(synthError(expired)).toMatch(/\[test\/c\] MLJ-SEC-003 /);
    expect(annotations(c)).toEqual([expect.stringMatching(/^warning MLJ-POL-002 The in-code suppression of MLJ-SEC-003 expired on 2024-01-31/)]);
  });

  test('suppressions travel into cdk.tf.json, where suppressionsOfResource reads them back', () => {
    // GIVEN an app synthesized to disk, as cdktf synth does
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-synth-'));
    const app = new App({ outdir, stackTraces: false });
    const s = stack(app);
    const job = new MlEngineTrainingJob(s, 'census', { ...compliant, encryptionKey: undefined, network: undefined });
    const raw = new MlEngineJob(s, 'raw', { jobId: 'raw_1', labels: compliant.labels, trainingInput: { scaleTier: 'BASIC', region: 'us-central1', serviceAccount: 'sample@p.iam.gserviceaccount.com', packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task', runtimeVersion: '2.11', pythonVersion: '3.7' } });
    MlJobChecks.suppress(job, 'MLJ-SEC-001', 'CMEK rollout in Q3.', '2024-09-30');
    MlJobChecks.suppress(s, 'MLJ-SEC-003', 'No VPC in the sandbox project.');
    MlJobChecks.suppress(raw, 'MLJ-SEC-001', 'Sample job.');
    Aspects.of(s).add(new MlJobChecks({ packs: ['security'], today: TODAY }));
    // WHEN
    app.synth();
    // THEN
    const tf = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'test', 'cdk.tf.json'), 'utf8'));
    const jobs = tf.resource.google_ml_engine_job;
    const censusName = Object.keys(jobs).find((name) => jobs[name]['//'].metadata.path === 'test/census/Resource')!;
    expect(suppressionsOfResource(jobs[censusName])).toEqual([
      { rule: 'MLJ-SEC-003', reason: 'No VPC in the sandbox project.' },
      { rule: 'MLJ-SEC-001', reason: 'CMEK rollout in Q3.', expires: '2024-09-30' },
    ]);
    expect(suppressionsOfResource(jobs.raw)).toEqual([
      { rule: 'MLJ-SEC-003', reason: 'No VPC in the sandbox project.' },
      { rule: 'MLJ-SEC-001', reason: 'Sample job.' },
    ]);
  });
});
