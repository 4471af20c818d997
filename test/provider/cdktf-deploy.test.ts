// `cdktf deploy` with the mljobs provider, as a user runs it: the real cdktf CLI synthesizes an example stack
// (examples/distributed-gpu-training.ts), runs terraform init, `terraform providers lock` (pointed at the mirror by the
// environment that `mljob provider install` prints) and apply against the API emulator; then a label change deploys as
// an update in place, and `cdktf destroy` cancels the running job. Skipped loudly without a terraform binary.
//
// The example stack also declares the Google provider, which none of its resources use and which cannot be installed
// offline: the test app removes that one construct before synthesis.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { RunningEmulator } from '../../src/emulator/emulator-server';
import { describeWithTerraform, terraformBinary, TerraformWorkspace, openTerraformWorkspace } from './terraform-workspace';

const ROOT = path.join(__dirname, '..', '..');
const STACK = 'distributed-gpu-training';
const PROJECT = 'my-ml-project';

/** The cdktf app: the example stack, without its unused Google provider, and a `stage` label when STAGE is set. */
function appSource(): string {
  const from = (request: string): string => JSON.stringify(require.resolve(request, { paths: [ROOT] }).replace(/\.(js|ts)$/, ''));
  return [
    `import { App, Aspects } from ${from('cdktf')};`,
    `import { IConstruct } from ${from('constructs')};`,
    `import { DistributedGpuTrainingStack } from ${JSON.stringify(path.join(ROOT, 'examples', 'distributed-gpu-training'))};`,
    `import { MlEngineJob } from ${JSON.stringify(path.join(ROOT, 'src'))};`,
    'const app = new App();',
    `const stack = new DistributedGpuTrainingStack(app, ${JSON.stringify(STACK)});`,
    "stack.node.tryRemoveChild('google');",
    'const stage = process.env.STAGE;',
    "if (stage) Aspects.of(stack).add({ visit: (node: IConstruct) => { if (node instanceof MlEngineJob) node.addOverride('labels.stage', stage); } });",
    'app.synth();',
    '',
  ].join('\n');
}

describeWithTerraform('cdktf deploy with the mljobs provider', () => {
  let ws: TerraformWorkspace;
  let api: RunningEmulator;
  let work: string;
  let env: NodeJS.ProcessEnv;
  const cdktf = path.join(path.dirname(require.resolve('cdktf-cli/package.json', { paths: [ROOT] })), 'bundle', 'bin', 'cdktf');

  const run = (args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; output: string }> =>
    new Promise((resolve) => {
      execFile(process.execPath, [cdktf, ...args], { cwd: work, env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}\n${stderr}` });
      });
    });
  const ok = async (args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<string> => {
    const result = await run(args, extraEnv);
    if (result.status !== 0) throw new Error(`cdktf ${args.join(' ')} exited ${result.status}:\n${result.output.slice(-4000)}`);
    return result.output;
  };
  const calls = (method: string): string[] => api.requests().filter((r) => r.method === method && r.status < 300).map((r) => r.url);

  beforeAll(async () => {
    ws = await openTerraformWorkspace({ prefix: 'mljob-cdktf-' });
    api = ws.api;
    work = ws.dir;
    fs.writeFileSync(path.join(work, 'app.ts'), appSource());
    fs.writeFileSync(path.join(work, 'cdktf.json'), JSON.stringify({
      language: 'typescript',
      app: `${JSON.stringify(process.execPath)} -r ${JSON.stringify(require.resolve('ts-node/register/transpile-only', { paths: [ROOT] }))} app.ts`,
      output: 'cdktf.out',
      sendCrashReports: 'false',
      terraformProviders: [],
      terraformModules: [],
    }));
    env = {
      ...ws.env,
      ...ws.lockEnvironment,
      CI: '1',
      TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json'),
      TERRAFORM_BINARY_NAME: terraformBinary!,
    };
    delete env.STAGE;
  }, 60_000);

  afterAll(async () => {
    await ws?.close();
  });

  test('deploy creates the job, with the provider locked from the mirror', async () => {
    await ok(['deploy', STACK, '--auto-approve']);
    expect(calls('POST').filter((url) => url === `/v1/projects/${PROJECT}/jobs`).length).toBe(1);
    const lock = fs.readFileSync(path.join(work, 'cdktf.out', 'stacks', STACK, '.terraform.lock.hcl'), 'utf8');
    expect(lock).toMatch(/provider "terraform\.local\/cdktf-gcp-ml-jobs\/mljobs" \{[\s\S]*h1:[A-Za-z0-9+/=]{44}/);
  }, 240_000);

  test('a label change deploys as an update in place (PATCH), with no new job', async () => {
    await ok(['deploy', STACK, '--auto-approve'], { STAGE: 'prod' });
    expect(calls('POST').length).toBe(1);
    const patches = calls('PATCH');
    expect(patches).toEqual([expect.stringMatching(new RegExp(`^/v1/projects/${PROJECT}/jobs/[^/?]+\\?updateMask=labels%2Cetag$`))]);
    const jobId = decodeURIComponent(patches[0].replace(/^.*\/jobs\/|\?.*$/g, ''));
    expect(api.store.get(PROJECT, jobId).labels).toEqual({ team: 'ml-platform', 'cost-center': 'cc-1234', stage: 'prod' });
  }, 240_000);

  test('destroy cancels the running job', async () => {
    api.advance(2 * 60_000); // QUEUED 5 s, PREPARING 60 s: RUNNING
    await ok(['destroy', STACK, '--auto-approve'], { STAGE: 'prod' });
    const cancels = calls('POST').filter((url) => url.endsWith(':cancel'));
    expect(cancels.length).toBe(1);
    const jobId = decodeURIComponent(cancels[0].replace(/^.*\/jobs\/|:cancel$/g, ''));
    expect(api.store.get(PROJECT, jobId).state).toBe('CANCELLING');
  }, 240_000);
});
