import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// What each command loads, counted through the require hook of `npm run bench` (scripts/bench-cli.js) on the built
// `bin/mljob`: a fact about the module graph, the same on every machine. Start-up time follows from it.
const ROOT = path.join(__dirname, '..', '..');
const HOOK = path.join(ROOT, 'scripts', 'module-list-hook.js');
const VALID = path.join(ROOT, 'test', 'fixtures', 'jobs', 'valid');

/** The modules `mljob ARGS` loads, as paths relative to the package (`node_modules/<pkg>/…`, `lib/…`). */
function modulesOf(...args: string[]): string[] {
  const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-modules-')), 'modules.txt');
  const result = spawnSync(process.execPath, ['--require', HOOK, path.join(ROOT, 'bin', 'mljob'), ...args], {
    cwd: os.tmpdir(),
    env: { ...process.env, MLJOB_MODULE_LIST: list },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  return fs.readFileSync(list, 'utf8').split('\n').filter(Boolean).map((file) => path.relative(ROOT, fs.realpathSync(file)).split(path.sep).join('/'));
}

/** The packages among `modules` (`yaml`, `@cdktf/hcl2json`), and the library folders (`lib/rules`). */
function groupsOf(modules: readonly string[]): Set<string> {
  return new Set(modules.map((file) => {
    const inPackage = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    return inPackage ? inPackage[1] : file.split('/').slice(0, 2).join('/');
  }));
}

const FRAMEWORK = ['cdktf', 'constructs', '@cdktf/provider-google', 'lib/l1', 'lib/constructs', 'lib/cdk.js', 'lib/index.js'];

describe('modules loaded per command', () => {
  test('--version loads commander and the version reader, nothing of the engine', () => {
    const groups = groupsOf(modulesOf('--version'));

    expect([...groups].sort()).toEqual(['bin/mljob', 'commander', 'lib/catalog', 'lib/cli', 'lib/import', 'lib/read']);
  });

  test('check of a JSON job file: the rules and the policy, no cdktf, no YAML or schema library, no importer', () => {
    const modules = modulesOf('check', path.join(VALID, 'batch-predict-census-text.json'), '--today', '2026-11-24', '--no-config');
    const groups = groupsOf(modules);

    for (const group of [...FRAMEWORK, 'yaml', 'zod', '@cdktf/hcl2json']) expect(groups).not.toContain(group);
    expect(modules.filter((file) => /^lib\/(import\/(?!export-error)|plan\/render|policy\/load-config)/.test(file))).toEqual([]); // readers are lib/read
    expect(groups).toContain('lib/rules');
    expect(groups).toContain('lib/policy');
  });

  test('check of a gcloud config.yaml loads the YAML reader, still no cdktf', () => {
    const groups = groupsOf(modulesOf('check', path.join(VALID, 'basic-gpu-config.yaml'), '--today', '2026-11-24', '--no-config'));

    expect(groups).toContain('yaml');
    for (const group of [...FRAMEWORK, 'zod', '@cdktf/hcl2json']) expect(groups).not.toContain(group);
  });

  test('explain, catalog and import never load cdktf', () => {
    for (const args of [['explain', 'MLJ-ACCEL-003'], ['catalog', 'regions'], ['import', path.join(VALID, 'batch-predict-census-text.json')]]) {
      const groups = groupsOf(modulesOf(...args));
      for (const group of ['cdktf', 'constructs', '@cdktf/provider-google', 'lib/l1']) expect(groups).not.toContain(group);
    }
  });
});
