import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_SOURCE } from '../../src/provider/provider-settings';
import { expectOneLineError, mljob, tempDir } from '../plan/plan-test-helpers';

const ROOT = path.join(__dirname, '..', '..');
const VERSION = require('../../package.json').version as string;

describe('mljob provider install', () => {
  test('lays out an unpacked filesystem mirror with an exec wrapper and the bundle, and prints the provider_installation block', async () => {
    // GIVEN
    const dir = tempDir();
    // WHEN
    const run = await mljob('provider', 'install', '--dir', dir, '--platform', 'linux_amd64', '--platform', 'darwin_arm64');
    // THEN
    expect(run.code).toBe(0);
    for (const platform of ['linux_amd64', 'darwin_arm64']) {
      const pkg = path.join(dir, ...PROVIDER_SOURCE.split('/'), VERSION, platform);
      expect(fs.readdirSync(pkg).sort()).toEqual(['google-auth.js', 'mljobs-provider-main.js', 'mljobs-provider.js', 'schema', `terraform-provider-mljobs_v${VERSION}`]);
      const wrapper = path.join(pkg, `terraform-provider-mljobs_v${VERSION}`);
      expect(fs.statSync(wrapper).mode & 0o111).toBe(0o111);
      expect(fs.readFileSync(wrapper, 'utf8')).toMatch(/^#!\/bin\/sh\n[\s\S]*\nexec "\$\{MLJOB_NODE:-node\}" "\$dir\/mljobs-provider\.js" "\$@"\n$/);
      expect(fs.readdirSync(path.join(pkg, 'schema')).sort()).toEqual(['google_ml_engine_job.json', 'google_vertex_ai_custom_job.json', 'mljobs_provider.json']);
    }
    expect(run.stdout).toBe([
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(dir)}`,
      '    include = ["terraform.local/cdktf-gcp-ml-jobs/mljobs"]',
      '  }',
      '  direct {',
      '    exclude = ["terraform.local/cdktf-gcp-ml-jobs/mljobs"]',
      '  }',
      '}',
      '',
    ].join('\n'));
    expect(run.stderr).toContain(`installed provider mljobs ${VERSION} in ${dir}/`);
    // cdktf deploy runs `terraform providers lock`, which reads the mirror only when told so.
    expect(run.stderr).toContain(`\nexport TF_CLI_ARGS_providers_lock=-fs-mirror=${dir}\n`);
  });

  test('the installed wrapper runs the provider, which refuses to start outside Terraform', async () => {
    const dir = tempDir();
    await mljob('provider', 'install', '--dir', dir);
    const [platform] = fs.readdirSync(path.join(dir, ...PROVIDER_SOURCE.split('/'), VERSION));
    const wrapper = path.join(dir, ...PROVIDER_SOURCE.split('/'), VERSION, platform, `terraform-provider-mljobs_v${VERSION}`);
    const env: NodeJS.ProcessEnv = { ...process.env, MLJOB_NODE: process.execPath };
    delete env.TF_PLUGIN_MAGIC_COOKIE;
    const run = spawnSync(wrapper, [], { env, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('not meant to be run directly');
  });

  test('a platform that is not a Unix os_arch is a one-line usage error', async () => {
    expectOneLineError(await mljob('provider', 'install', '--dir', tempDir(), '--platform', 'windows_amd64'), /--platform windows_amd64: not a Unix os_arch/);
  });

  test('the provider is loaded only by the provider command: mljob --version loads neither gRPC nor src/provider', () => {
    const script = [
      "process.argv = [process.argv[0], 'mljob', '--version'];",
      "require('./lib/cli/main').main();",
      "process.on('exit', () => { const loaded = Object.keys(require.cache).filter((f) => /@grpc|msgpack|[\\\\/]provider[\\\\/]/.test(f)); if (loaded.length) { process.stderr.write(loaded.join('\\n')); process.exitCode = 3; } });",
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${VERSION}\n`);
    expect(run.status).toBe(0);
  });
});
