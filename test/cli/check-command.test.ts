import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { MachineType, MlEngineJob, MlEngineTrainingJob, TrainingCode, VertexAiCustomJob } from '../../src';
import { allRuleDocs } from '../../src/cli/rule-docs';
import { readJobFile } from '../../src/read/read-job-file';
import { MlJobChecks } from '../../src/policy/ml-job-checks';
import { expectOneLineError, mljob, synthApp, tempDir, writeFile } from '../plan/plan-test-helpers';

const TODAY = '2026-11-24';
const VALID = path.join(__dirname, '..', 'fixtures', 'jobs', 'valid');
const INVALID = path.join(__dirname, '..', 'fixtures', 'jobs', 'invalid');

/** An L1 job with an accelerator the machine type cannot take: the L2 would refuse it at synth, the L1 does not. */
function badL1Job(stack: TerraformStack): void {
  new MlEngineJob(stack, 'raw', {
    jobId: 'raw_job_1',
    trainingInput: {
      region: 'us-central1',
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-4',
      masterConfig: { imageUri: 'gcr.io/my-ml-project/trainer:1', acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 3 } },
    },
  });
}

function goodL2Job(stack: TerraformStack): void {
  new MlEngineTrainingJob(stack, 'ok', {
    region: 'us-central1',
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1' }),
    master: { machineType: MachineType.N1_STANDARD_8 },
  });
}

describe('mljob check', () => {
  test('a cdktf output directory: findings name the stack/address and the API field; exit 1 on an error', async () => {
    const out = synthApp({ clean: goodL2Job, raw: badL1Job });

    const text = await mljob('check', out, '--today', TODAY);
    const json = JSON.parse((await mljob('check', out, '--today', TODAY, '--format', 'json')).stdout);

    expect(text.code).toBe(1);
    expect(text.stdout).toContain('raw/google_ml_engine_job.raw\n  error   MLJ-ACCEL-003 trainingInput.masterConfig.acceleratorConfig.count\n          ');
    expect(text.stdout).toMatch(/\n2 resources checked: 1 error, \d+ warnings?, \d+ infos?\.\n$/);
    const error = json.findings.find((f: { severity: string }) => f.severity === 'error');
    expect(Object.keys(error)).toEqual(['ruleId', 'severity', 'resource', 'path', 'message', 'fix', 'source'].filter((key) => key in error));
    expect(error).toMatchObject({ ruleId: 'MLJ-ACCEL-003', resource: 'raw/google_ml_engine_job.raw', path: 'trainingInput.masterConfig.acceleratorConfig.count' });
    expect(error.source).toMatch(/^https:\/\//);
    expect(json.summary).toEqual({ errors: 1, warnings: expect.any(Number), infos: expect.any(Number) });
  });

  test('synthesized strings are checked as the service receives them: %%{ in cdk.tf.json is a literal %{', async () => {
    // GIVEN an L1 job whose label value escapes a Terraform directive
    const out = synthApp({
      raw: (stack) => new MlEngineJob(stack, 'raw', {
        jobId: 'raw_job_1',
        labels: { team: '%%{vision}' },
        trainingInput: { region: 'us-central1', scaleTier: 'BASIC', masterConfig: { imageUri: 'gcr.io/my-ml-project/trainer:1' } },
      }),
    });

    // WHEN
    const json = JSON.parse((await mljob('check', out, '--today', TODAY, '--format', 'json')).stdout);

    // THEN the label rule reports the literal value
    const label = json.findings.find((f: { path: string }) => f.path === 'labels.team');
    expect(label.message).toContain('Label value "%{vision}" of "team" is invalid');
  });

  test('a single cdk.tf.json and a Terraform plan JSON', async () => {
    const out = synthApp({ raw: badL1Job });
    const stackFile = path.join(out, 'stacks', 'raw', 'cdk.tf.json');
    const plan = writeFile(tempDir(), 'plan.json', {
      format_version: '1.2',
      terraform_version: '1.9.8',
      planned_values: { root_module: { resources: [{
        address: 'google_ml_engine_job.raw', mode: 'managed', type: 'google_ml_engine_job', name: 'raw',
        values: { job_id: 'raw_job_1', training_input: [{ region: 'us-central1', scale_tier: 'CUSTOM', master_type: 'n1-standard-4',
          master_config: [{ image_uri: 'gcr.io/p/t:1', accelerator_config: [{ type: 'NVIDIA_TESLA_V100', count: 3 }] }] }] },
      }] } },
      resource_changes: [],
    });

    for (const input of [stackFile, plan]) {
      const run = await mljob('check', input, '--today', TODAY, '--format', 'json');
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('MLJ-ACCEL-003');
    }
  });

  test('job files: a gcloud --config file is partial (what flags supply is info), a REST body is complete', async () => {
    const config = writeFile(tempDir(), 'config.yaml', 'trainingInput:\n  scaleTier: CUSTOM\n  masterType: n1-standard-8\n  pythonVersion: "3.7"\n  runtimeVersion: "2.11"\n');

    const partial = await mljob('check', config, '--today', TODAY, '--format', 'json');
    const forced = await mljob('check', config, '--complete', '--today', TODAY, '--format', 'json');

    expect(partial.code).toBe(0);
    const regionInfo = JSON.parse(partial.stdout).findings.find((f: { path: string }) => f.path === 'trainingInput.region');
    expect(regionInfo).toMatchObject({ severity: 'info' });
    expect(regionInfo.message).toContain('--region');
    expect(forced.code).toBe(1);
    expect(JSON.parse(forced.stdout).findings.find((f: { path: string }) => f.path === 'trainingInput.region').severity).toBe('error');
  });

  test('every valid fixture passes, every invalid fixture fails, in one run over many files', async () => {
    const valid = fs.readdirSync(VALID).filter((f) => /\.(json|ya?ml)$/.test(f)).map((f) => path.join(VALID, f));
    const invalid = fs.readdirSync(INVALID).filter((f) => /\.(json|ya?ml)$/.test(f)).map((f) => path.join(INVALID, f));

    const good = await mljob('check', ...valid, '--today', TODAY);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    // Some intended findings of the invalid corpus are warnings (uncertain platform facts): fail on those too.
    for (const file of invalid) {
      const bad = await mljob('check', file, '--today', TODAY, '--fail-on', 'warning');
      expect({ file, code: bad.code }).toEqual({ file, code: 1 });
    }
  });

  test('a folder of job files (no synthesized output in it) checks each file in name order', async () => {
    const files = fs.readdirSync(VALID).filter((f) => /\.(json|ya?ml)$/.test(f)).sort();

    const jobs = files.reduce((sum, file) => sum + readJobFile(path.join(VALID, file)).length, 0);

    const run = await mljob('check', VALID, '--no-config', '--today', TODAY);
    const oneByOne = await mljob('check', ...files.map((file) => path.join(VALID, file)), '--no-config', '--today', TODAY);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`\\n${jobs} resources checked: 0 errors, `));
    expect(run.stdout).toBe(oneByOne.stdout);
  });

  test('--fail-on warning turns warnings into exit 1', async () => {
    const config = writeFile(tempDir(), 'eol.yaml', 'jobId: eol_job\ntrainingInput:\n  region: us-central1\n  scaleTier: BASIC\n  pythonModule: trainer.task\n  packageUris: [gs://b/t.tar.gz]\n  runtimeVersion: "1.15"\n  pythonVersion: "3.7"\n');

    expect((await mljob('check', config, '--complete', '--today', TODAY)).code).toBe(0);
    expect((await mljob('check', config, '--complete', '--today', TODAY, '--fail-on', 'warning')).code).toBe(1);
  });

  test('findings of job files point at the line of their field: text, SARIF region and GitHub annotation', async () => {
    // GIVEN a gcloud config with an unquoted runtime version on line 4 and a list response whose second job misspells a field
    const dir = tempDir();
    const config = writeFile(dir, 'config.yaml', 'trainingInput:\n  scaleTier: BASIC\n  region: us-central1\n  runtimeVersion: 2.1\n');
    const list = writeFile(dir, 'jobs.json', '{\n  "jobs": [\n    { "jobId": "a_1", "trainingInput": { "region": "us-central1", "scaleTier": "BASIC", "masterConfig": { "imageUri": "gcr.io/p/t:1" } } },\n    {\n      "jobId": "b_1",\n      "trainingInput": { "region": "us-central1", "scaleTeir": "BASIC", "masterConfig": { "imageUri": "gcr.io/p/t:1" } }\n    }\n  ]\n}\n');

    // WHEN
    const text = await mljob('check', config, list, '--no-config', '--today', TODAY);
    const out = tempDir();
    await mljob('check', config, list, '--no-config', '--today', TODAY, '--format', 'sarif,github', '--output-dir', out);

    // THEN
    expect(text.stdout).toMatch(/MLJ-JOB-003 trainingInput\.runtimeVersion\n.*\n\s+at .*config\.yaml:4:3\n/);
    expect(text.stdout).toMatch(/MLJ-JOB-004 trainingInput\.scaleTeir\n.*\n.*\n\s+at .*jobs\.json:6:51\n/);
    const sarif = JSON.parse(fs.readFileSync(path.join(out, 'mljob-check.sarif'), 'utf8'));
    const typo = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'MLJ-JOB-004');
    expect(typo.locations[0].physicalLocation.region).toMatchObject({ startLine: 6, startColumn: 51 });
    expect(fs.readFileSync(path.join(out, 'mljob-check.github.txt'), 'utf8')).toMatch(/::error file=.*config\.yaml,line=4,col=3/);
  });

  test('bad input: one line, exit 2', async () => {
    const dir = tempDir();
    const broken = writeFile(dir, 'job.yaml', 'trainingInput:\n  region: [us-central1\n');
    for (const args of [['/no/such/file.json'], [broken], [tempDir()], ['--fail-on', 'fatal', broken], ['--complete', '--partial', broken]]) {
      const run = await mljob('check', ...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^mljob: /);
    }
    expect((await mljob('check', broken)).stderr).toMatch(/job\.yaml:\d+:\d+: invalid YAML/);
  });
});

describe('mljob check: Vertex AI custom jobs', () => {
  const VERTEX = path.join(__dirname, '..', 'fixtures', 'vertex');

  test('every kind of Vertex job file, told by content: REST body, describe, list, gcloud --config, a gcloud script', async () => {
    // WHEN
    const run = await mljob('check', ...['rest-body.json', 'describe.json', 'rest-list.json', 'gcloud-help-config.yaml', 'create.sh'].map((f) => path.join(VERTEX, f)),
      '--no-config', '--today', TODAY, '--format', 'json');
    const sarif = await mljob('check', path.join(VERTEX, 'rest-list.json'), '--no-config', '--today', TODAY, '--format', 'sarif');
    const text = await mljob('check', path.join(VERTEX, 'rest-list.json'), path.join(VERTEX, 'create.sh'), '--no-config', '--today', TODAY);

    // THEN the Vertex rules ran on all five files' six jobs: no errors, and a gcloud --config file is partial
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toMatchObject({ errors: 0 });
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'MLJ-VERTEX-010', severity: 'info', resource: expect.stringMatching(/gcloud-help-config\.yaml$/) }));
    expect(JSON.parse(sarif.stdout).runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('MLJ-VERTEX-002');
    expect(text.stdout).toContain('3 resources checked');
  });

  test('a synthesized L1 VertexAiCustomJob with a rule violation: exit 1, the finding names the resource and field', async () => {
    const out = synthApp({ vision: (stack) => {
      new VertexAiCustomJob(stack, 'train', {
        displayName: 'train',
        location: 'us-central1',
        jobSpec: { workerPoolSpecs: [{ replicaCount: 2, machineSpec: { machineType: 'n1-standard-8' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] },
      });
    } });

    const run = await mljob('check', out, '--no-config', '--today', TODAY);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('vision/google_vertex_ai_custom_job.train');
    expect(run.stdout).toMatch(/error +MLJ-VERTEX-002 jobSpec\.workerPoolSpecs\[0\]\.replicaCount/);
  });

  test('the configuration sets Vertex rule severities and suppresses Vertex findings like any other', async () => {
    const dir = tempDir();
    const config = writeFile(dir, 'mljob.config.yaml', [
      'rules:',
      '  MLJ-VERTEX-015: { severity: off }',
      'suppressions:',
      '  - rule: MLJ-VERTEX-010',
      `    resource: "${path.join(VERTEX, 'distributed-config.yaml')}"`,
      '    reason: the display name comes from the submit script',
    ].join('\n'));

    const run = await mljob('check', path.join(VERTEX, 'distributed-config.yaml'), '--config', config, '--today', TODAY, '--format', 'json');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
    const shown = await mljob('check', path.join(VERTEX, 'distributed-config.yaml'), '--config', config, '--today', TODAY, '--show-suppressed');
    expect(shown.stdout).toContain('the display name comes from the submit script');
  });

  test('what a gcloud command holds that the job cannot carry is a warning by name', async () => {
    const file = writeFile(tempDir(), 'submit.sh', 'gcloud ai custom-jobs create --region=us-central1 --display-name=a --worker-pool-spec=machine-type=e2-standard-4,executor-image-uri=us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-12.py310:latest,python-module=t,local-package-path=/src\n');

    const run = await mljob('check', file, '--no-config', '--today', TODAY, '--fail-on', 'never');

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^mljob: warning: .*submit\.sh: --worker-pool-spec #1: executor-image-uri, python-module, local-package-path are local-only/m);
  });

  test('a field the API does not have, in a YAML config or a JSON body, warns with the field meant (MLJ-VERTEX-020)', async () => {
    // GIVEN a gcloud config with imageURI and a REST body with enableWebAcess
    const dir = tempDir();
    const yaml = writeFile(dir, 'config.yaml', 'workerPoolSpecs:\n  - machineSpec: { machineType: n1-standard-4 }\n    replicaCount: 1\n    containerSpec:\n      imageUri: gcr.io/p/t:1\n      imageURI: gcr.io/p/t:2\n');
    const json = writeFile(dir, 'body.json', { displayName: 'a', jobSpec: { enableWebAcess: true, workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: '1', containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } });

    // WHEN checked
    const run = await mljob('check', yaml, json, '--no-config', '--today', TODAY, '--format', 'json');

    // THEN one warning each, naming the field meant
    const unknown = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'MLJ-VERTEX-020');
    expect(unknown.map((f: { severity: string; path: string; message: string }) => [f.severity, f.path, f.message])).toEqual([
      ['warning', 'jobSpec.enableWebAcess', 'jobSpec.enableWebAcess is not a field of CustomJobSpec in the Vertex AI v1 API; did you mean enableWebAccess?'],
      ['warning', 'jobSpec.workerPoolSpecs[0].containerSpec.imageURI', 'jobSpec.workerPoolSpecs[0].containerSpec.imageURI is not a field of ContainerSpec in the Vertex AI v1 API; did you mean imageUri?'],
    ]);
    expect(run.code).toBe(0);
  });

  test('hostile Vertex files: deep, recursive, huge or odd input is one line or read as text, never a stack trace or a hang', async () => {
    const dir = tempDir();
    const deep = writeFile(dir, 'deep.yaml', `workerPoolSpecs: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    const recursive = writeFile(dir, 'recursive.yaml', 'workerPoolSpecs: &a [ *a ]\n');
    const proto = writeFile(dir, 'proto.json', '{"displayName": "x", "__proto__": {"polluted": true}, "jobSpec": {"workerPoolSpecs": [{"__proto__": {}, "machineSpec": {"machineType": "e2-standard-4"}, "replicaCount": 1, "containerSpec": {"imageUri": "i"}}]}}');
    const control = writeFile(dir, 'control.sh', 'gcloud ai custom-jobs create --display-name="a\u001b[31m\nb" --worker-pool-spec=machine-type=e2-standard-4,container-image-uri=i,gpus=1\n');

    expectOneLineError(await mljob('check', deep, '--no-config'), /deep\.yaml:1:\d+: .*nest/);
    expectOneLineError(await mljob('check', recursive, '--no-config'), /recursive\.yaml:1:\d+: the alias \*a is inside the node its anchor names/);
    const polluted = await mljob('check', proto, '--no-config', '--today', TODAY, '--fail-on', 'never');
    expect(polluted.code).toBe(0);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const escaped = await mljob('check', control, '--no-config');
    expectOneLineError(escaped, /control\.sh:1:1: --worker-pool-spec #1: unknown key "gpus"/);
    expect(escaped.stderr).not.toContain('\u001b');
  });

  test('bad Vertex input: one line naming the file and place, exit 2', async () => {
    const bad = writeFile(tempDir(), 'bad.sh', 'gcloud ai custom-jobs create \\\n  --worker-pool-spec=machine-type=x,gpus=1\n');
    expectOneLineError(await mljob('check', bad, '--no-config'), /bad\.sh:1:1: --worker-pool-spec #1: unknown key "gpus"/);
  });
});

describe('mljob check and plan --catalog: one override file for the facts of both services', () => {
  // GIVEN an override that allows fewer T4s on n1-standard-8 (both services), adds the n2d family to Vertex AI custom
  // training and a T4 region, and a region to AI Platform Training.
  const dir = tempDir();
  const catalog = writeFile(dir, 'platform-facts.yaml', [
    'regions:',
    '  - { id: me-west1, training: true, batchPrediction: false }',
    'accelerators:',
    '  - id: NVIDIA_TESLA_T4',
    '    countsByMachineType: { n1-standard-8: [1, 2] }',
    'vertex:',
    '  machineFamilies:',
    '    - { prefix: n2d, accelerators: none }',
    '  accelerators:',
    '    - { id: NVIDIA_TESLA_T4, regions: [us-central1, me-west1] }',
    '  machineAccelerators:',
    '    - { machineType: n1-standard-8, counts: { NVIDIA_TESLA_T4: [1, 2] } }',
    '',
  ].join('\n'));
  const mlEngineJob = writeFile(dir, 'ml-engine-job.json', {
    jobId: 'census_1',
    trainingInput: {
      region: 'us-central1', scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { imageUri: 'gcr.io/p/census:1', acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 4 } },
    },
  });
  const mlEngineInNewRegion = writeFile(dir, 'ml-engine-me-west1.json', {
    jobId: 'census_2',
    trainingInput: { region: 'me-west1', scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { imageUri: 'gcr.io/p/census:1' } },
  });
  const vertexJob = writeFile(dir, 'submit.sh', 'gcloud ai custom-jobs create --region=me-west1 --display-name=census '
    + '--worker-pool-spec=machine-type=n1-standard-8,replica-count=1,accelerator-type=NVIDIA_TESLA_T4,accelerator-count=4,container-image-uri=us-docker.pkg.dev/p/t/census:1 '
    + '--worker-pool-spec=machine-type=n2d-standard-8,replica-count=2,container-image-uri=us-docker.pkg.dev/p/t/census:1\n');
  const check = async (...extra: string[]): Promise<{ code: number; findings: Array<{ ruleId: string; severity: string; resource: string; path: string }> }> => {
    const run = await mljob('check', mlEngineJob, mlEngineInNewRegion, vertexJob, '--no-config', '--today', TODAY, '--format', 'json', ...extra);
    return { code: run.code, findings: JSON.parse(run.stdout).findings };
  };
  const ids = (findings: Array<{ ruleId: string; severity: string; resource: string }>, file: string): string[] =>
    findings.filter((f) => f.resource.endsWith(file) && f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}`).sort();

  test('check: the built-in facts, then the file\'s, on ML Engine jobs and a Vertex AI custom job', async () => {
    // WHEN
    const builtIn = await check();
    const overridden = await check('--catalog', catalog);

    // THEN with the built-in catalog: four T4s are fine on both, me-west1 is not a known AI Platform region, n2d and the
    // T4 in me-west1 are unknown to Vertex AI (warnings)
    expect(ids(builtIn.findings, 'ml-engine-job.json')).toEqual([]);
    expect(ids(builtIn.findings, 'ml-engine-me-west1.json')).toEqual(['warning MLJ-REGION-002']);
    expect(ids(builtIn.findings, 'submit.sh')).toEqual(['warning MLJ-VERTEX-004', 'warning MLJ-VERTEX-007']);
    // and with the file: four T4s are refused on both sides, the new facts are known
    expect(ids(overridden.findings, 'ml-engine-job.json')).toEqual([expect.stringMatching(/^error MLJ-ACCEL-/)]);
    expect(ids(overridden.findings, 'ml-engine-me-west1.json')).toEqual([]);
    expect(ids(overridden.findings, 'submit.sh')).toEqual(['error MLJ-VERTEX-006']);
    expect(overridden.findings.find((f) => f.ruleId === 'MLJ-VERTEX-006')!.path).toBe('jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount');
    expect(overridden.code).toBe(1);
  });

  test('plan: the Vertex rules of a synthesized custom job read the file too', async () => {
    // GIVEN the same custom job as Terraform JSON
    const stack = writeFile(dir, 'cdk.tf.json', {
      resource: {
        google_vertex_ai_custom_job: {
          census: {
            display_name: 'census',
            location: 'me-west1',
            job_spec: {
              worker_pool_specs: [
                { machine_spec: { machine_type: 'n1-standard-8', accelerator_type: 'NVIDIA_TESLA_T4', accelerator_count: 4 }, replica_count: 1, container_spec: { image_uri: 'us-docker.pkg.dev/p/t/census:1' } },
                { machine_spec: { machine_type: 'n2d-standard-8' }, replica_count: 2, container_spec: { image_uri: 'us-docker.pkg.dev/p/t/census:1' } },
              ],
            },
          },
        },
      },
    });
    const plan = async (...extra: string[]): Promise<string[]> => {
      const run = await mljob('plan', stack, '--today', TODAY, '--format', 'json', '--fail-on', 'never', ...extra);
      return JSON.parse(run.stdout).diagnostics.filter((d: any) => String(d.rule_id).startsWith('MLJ-VERTEX-')).map((d: any) => `${d.severity} ${d.rule_id}`).sort();
    };

    // THEN
    expect(await plan()).toEqual(['warning MLJ-VERTEX-004', 'warning MLJ-VERTEX-007']);
    expect(await plan('--catalog', catalog)).toEqual(['error MLJ-VERTEX-006']);
  });

  test('catalog vertex shows the merged facts', async () => {
    const text = await mljob('catalog', 'vertex', '--catalog', catalog);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^n2d +none +-$/m);
    expect(text.stdout).toMatch(/^n1-standard-8 +NVIDIA_TESLA_T4: 1\/2$/m);
    expect(text.stdout).toMatch(/^NVIDIA_TESLA_T4 +gpu +us-central1 me-west1 +-$/m);
    const json = JSON.parse((await mljob('catalog', 'vertex', '--format', 'json')).stdout);
    expect(json.machineFamilies.find((f: { prefix: string }) => f.prefix === 'n1')).toMatchObject({ accelerators: 'attachable', source: expect.stringMatching(/^https:/) });
  });
});

describe('mljob catalog and explain', () => {
  test('catalog topics as text and JSON', async () => {
    const accelerators = await mljob('catalog', 'accelerators');
    expect(accelerators.code).toBe(0);
    expect(accelerators.stdout).toMatch(/NVIDIA_TESLA_V100 +gpu +.*n1-standard-8: 1\/2\/4\/8/);
    const regions = JSON.parse((await mljob('catalog', 'regions', '--format', 'json')).stdout);
    expect(regions.find((r: { id: string }) => r.id === 'us-central1')).toMatchObject({ training: true, source: expect.stringMatching(/^https:/) });
    for (const topic of ['machine-types', 'runtimes', 'scale-tiers', 'vertex']) expect((await mljob('catalog', topic)).code).toBe(0);
    const bad = await mljob('catalog', 'gpus');
    expect(bad).toMatchObject({ code: 2, stderr: 'mljob: unknown catalog topic "gpus"; use one of regions, machine-types, accelerators, runtimes, scale-tiers, vertex\n' });
  });

  test('explain a rule, list them all, and refuse an unknown id', async () => {
    const one = await mljob('explain', 'mlj-queue-001');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^MLJ-QUEUE-001 \(plan, warning\)\n\n.*maxWaitTime.*\n\nWhy: .*\n\nSource: https:\/\/cloud\.google\.com\//s);
    const all = await mljob('explain');
    expect(all.stdout).toContain('MLJ-ACCEL-003');
    expect(all.stdout).toContain('MLJ-PLAN-003');
    // The policy packs' rules and the rules about suppressions are explained too.
    expect(all.stdout).toMatch(/^MLJ-SEC-001 +error +/m);
    expect(all.stdout).toMatch(/^MLJ-POL-003 +warning +/m);
    expect(await mljob('explain', 'MLJ-NOPE-999')).toMatchObject({ code: 2, stderr: 'mljob: unknown rule id "MLJ-NOPE-999"; run `mljob explain` for the list\n' });
    expect(await mljob('explain', 'MLJ-ACCEL-03')).toMatchObject({ code: 2, stderr: 'mljob: unknown rule id "MLJ-ACCEL-03" (did you mean MLJ-ACCEL-003?); run `mljob explain` for the list\n' });
  });

  test('--version prints the package version', async () => {
    expect(await mljob('--version')).toEqual({ code: 0, stdout: `${require('../../package.json').version}\n`, stderr: '' });
  });

  test('--help of every command exits 0', async () => {
    for (const command of ['plan', 'check', 'catalog', 'explain', 'import', 'export', 'migrate', 'emulator', 'provider']) {
      const run = await mljob(command, '--help');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: mljob ${command}`);
    }
  });
});

describe('rule ids', () => {
  test('are unique across the per-job rules and the plan rules', () => {
    const ids = allRuleDocs().map((doc) => doc.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^MLJ-[A-Z]+-\d{3}$/);
  });
});

describe('mljob check honours suppressions written in code', () => {
  test('MlJobChecks.suppress on an L1 job: the finding is suppressed', async () => {
    const out = synthApp({
      raw: (stack) => {
        badL1Job(stack);
        MlJobChecks.suppress(stack.node.findChild('raw'), 'MLJ-ACCEL-003', 'Legacy job kept for comparison; replaced next sprint.');
      },
    });

    const run = await mljob('check', out, '--today', TODAY, '--format', 'json');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('MLJ-ACCEL-003');
  });

  test('a missing cdktf.out says to run cdktf synth first', async () => {
    const run = await mljob('check', path.join(tempDir(), 'cdktf.out'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^mljob: \S+cdktf\.out: no such directory; run `cdktf synth` first to synthesize the stacks into it\n$/);
  });
});
