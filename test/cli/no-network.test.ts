// The real module objects (an ES import would give a read-only namespace copy).
const dns: typeof import('dns') = require('dns');
const http: typeof import('http') = require('http');
const https: typeof import('https') = require('https');
const net: typeof import('net') = require('net');
const tls: typeof import('tls') = require('tls');
import { TerraformStack } from 'cdktf';
import { Accelerator, MachineType, MlEngineTrainingJob, TrainingCode } from '../../src';
import { mljob, synthApp, synthesizedJobs, tempDir, terraformState, writeFile } from '../plan/plan-test-helpers';

type Patch = [object, string];

/** Every way Node code can reach the network. */
const ENTRY_POINTS: Patch[] = [
  [net, 'connect'], [net, 'createConnection'], [net.Socket.prototype, 'connect'],
  [tls, 'connect'],
  [http, 'request'], [http, 'get'], [https, 'request'], [https, 'get'],
  [dns, 'lookup'], [dns, 'resolve'], [dns, 'resolve4'], [dns, 'resolve6'], [dns.promises, 'lookup'], [dns.promises, 'resolve'],
  [globalThis, 'fetch'],
];

describe('plan and check run with no network', () => {
  const saved = new Map<Patch, unknown>();
  const attempts: string[] = [];

  beforeAll(() => {
    for (const patch of ENTRY_POINTS) {
      const [target, name] = patch;
      saved.set(patch, (target as Record<string, unknown>)[name]);
      (target as Record<string, unknown>)[name] = () => {
        attempts.push(name);
        throw new Error(`network access: ${name}`);
      };
    }
  });

  afterAll(() => {
    for (const [patch, original] of saved) (patch[0] as Record<string, unknown>)[patch[1]] = original;
  });

  test('the entry points really throw', () => {
    expect(() => net.connect(80, 'example.com')).toThrow('network access: connect');
    expect(() => fetch('https://example.com')).toThrow('network access: fetch');
    attempts.length = 0;
  });

  test('plan (with state, jobs and quotas) and check succeed without touching the network', async () => {
    const build = (stack: TerraformStack): void => {
      new MlEngineTrainingJob(stack, 'resnet', {
        region: 'us-central1',
        code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1' }),
        master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaT4(1) },
      });
    };
    const out = synthApp({ vision: build });
    const [[name, job]] = Object.entries(synthesizedJobs(out, 'vision'));
    const dir = tempDir();
    const state = writeFile(dir, 'terraform.vision.tfstate', terraformState([{ name, job: { ...job, labels: { old: 'yes' } }, state: 'RUNNING' }]));
    const jobs = writeFile(dir, 'jobs.json', { jobs: [{ ...job, state: 'RUNNING' }] });
    const quotas = writeFile(dir, 'quotas.yaml', 'acceleratorsPerRegion: { us-central1: { NVIDIA_TESLA_T4: 4 } }\n');

    for (const format of ['text', 'json', 'markdown']) {
      const plan = await mljob('plan', out, '--state', state, '--jobs', jobs, '--quotas', quotas, '--format', format, '--today', '2026-11-24');
      expect(plan.stderr).toBe('');
      expect(plan.code).toBe(0);
    }
    const check = await mljob('check', out, '--format', 'json', '--today', '2026-11-24');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
    expect(attempts).toEqual([]);
  });
});
