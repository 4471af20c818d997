import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The README's "Use it in your own project" path, as a new user follows it: the packed tarball installed into a fresh
 * app with npm (offline: every dependency of the package is bundled in it), the other packages the README installs
 * taken from this repository's node_modules (symbolic links, so no registry is needed and CI stays fast), the README's
 * cdktf.json, tsconfig.json and main.ts written as given, then `cdktf synth` and `mljob check` run there.
 */

const ROOT = path.join(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The text of the README section under `## title`, up to the next `## ` heading. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no section "${title}"`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** The code blocks of `text` with their language and the last `file.ext` named in backticks before each. */
function codeBlocks(text: string): Array<{ lang: string; file?: string; body: string }> {
  const blocks: Array<{ lang: string; file?: string; body: string }> = [];
  let previousEnd = 0;
  for (const m of text.matchAll(/```(\w+)\n([\s\S]*?)```/g)) {
    const before = text.slice(previousEnd, m.index);
    const names = [...before.matchAll(/`([\w.-]+\.(?:json|ts))`/g)].map((n) => n[1]);
    blocks.push({ lang: m[1], file: names[names.length - 1], body: m[2] });
    previousEnd = m.index! + m[0].length;
  }
  return blocks;
}

/** `name@version` of every package the README's install commands name. */
function installedPackages(commands: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const line of commands.split('\n').filter((l) => /^npm install /.test(l))) {
    for (const word of line.replace(/^npm install /, '').split(/\s+/).filter((w) => w && !w.startsWith('-'))) {
      const at = word.lastIndexOf('@');
      if (at > 0) out.set(word.slice(0, at), word.slice(at + 1));
      else out.set(word, undefined);
    }
  }
  return out;
}

const use = section('Use it in your own project');
const blocks = codeBlocks(use);
const installs = installedPackages(blocks.filter((b) => b.lang === 'sh').map((b) => b.body).join('\n'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; devDependencies: Record<string, string> };

describe('README: use it in your own project', () => {
  test('installs exactly the cdktf, cdktf-cli, constructs and provider versions this package is built with, and TypeScript 6', () => {
    for (const name of ['cdktf', 'cdktf-cli', 'constructs', '@cdktf/provider-google']) {
      expect(`${name}@${installs.get(name)}`).toBe(`${name}@${pkg.devDependencies[name]}`);
    }
    expect(installs.get('typescript')).toBe('~6.0');
    // package.json keeps them exact too (npm writes ^x.y.z without --save-exact).
    const installLines = blocks.filter((b) => b.lang === 'sh').flatMap((b) => b.body.split('\n')).filter((l) => /^npm install /.test(l));
    expect(installLines.length).toBeGreaterThan(0);
    for (const line of installLines) expect(line).toMatch(/ --save-exact /);
    expect(installs.has(pkg.name)).toBe(true);
    // The app below runs with this repository's copies: they must be the versions the README installs.
    for (const [name, version] of installs) {
      if (name === pkg.name || version === undefined) continue;
      const installed = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      const wanted = version.replace(/^~/, '');
      expect(`${name}@${installed}`).toMatch(new RegExp(`^${name.replace(/[/.]/g, '\\$&')}@${wanted.replace(/\./g, '\\.')}(\\.|$)`));
    }
  });

  test('cdktf.json runs main.ts with ts-node', () => {
    const cdktfJson = blocks.find((b) => b.file === 'cdktf.json');
    expect(JSON.parse(cdktfJson!.body)).toMatchObject({ language: 'typescript', app: 'npx ts-node main.ts', output: 'cdktf.out' });
  });

  test('a fresh app with the packed tarball synthesizes the minimal job and passes mljob check', () => {
    // GIVEN the tarball, installed into an empty app
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-consumer-'));
    try {
      consumerApp(tmp);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 300000);
});

/** Builds the README's app in `tmp`, runs its commands and checks what they produce. */
function consumerApp(tmp: string): void {
  const app = path.join(tmp, 'ml-jobs');
  fs.mkdirSync(app);
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Array<{ filename: string }>;
  const tarball = path.join(tmp, packed[0].filename);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'ml-jobs', version: '1.0.0', private: true }, null, 2));
  // --legacy-peer-deps: the peers come next, from this repository; the package's own dependencies are in the tarball.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--legacy-peer-deps', '--ignore-scripts', tarball], { cwd: app, stdio: 'pipe' });
  // AND the other packages the README installs
  const modules = path.join(app, 'node_modules');
  for (const name of installs.keys()) {
    if (name === pkg.name) continue;
    fs.mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
    fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules', name)), path.join(modules, name));
  }
  for (const [bin, target] of [['cdktf', 'cdktf-cli/bundle/bin/cdktf'], ['ts-node', 'ts-node/dist/bin.js']]) {
    fs.symlinkSync(path.join('..', target), path.join(modules, '.bin', bin));
  }
  // AND the README's files
  for (const file of ['cdktf.json', 'tsconfig.json']) fs.writeFileSync(path.join(app, file), blocks.find((b) => b.file === file)!.body);
  const mainTs = codeBlocks(section('A minimal job')).find((b) => b.lang === 'ts')!.body;
  fs.writeFileSync(path.join(app, 'main.ts'), mainTs);

  // WHEN the README's commands run
  const synth = spawnSync(path.join(modules, '.bin', 'cdktf'), ['synth'], { cwd: app, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const check = spawnSync(path.join(modules, '.bin', 'mljob'), ['check'], { cwd: app, encoding: 'utf8' });

  // THEN the job is synthesized with its derived id and the line of main.ts that created it
  expect(synth.status === 0 ? '' : synth.stdout + synth.stderr).toBe('');
  const tfJson = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out', 'stacks', 'training', 'cdk.tf.json'), 'utf8'));
  const jobs = Object.values(tfJson.resource.google_ml_engine_job) as Array<{ job_id: string; '//': { mljob: { source: string } } }>;
  expect(jobs).toHaveLength(1);
  expect(jobs[0].job_id).toMatch(/^census_[0-9a-f]{8}$/);
  const line = mainTs.split('\n').findIndex((l) => l.startsWith('new MlEngineTrainingJob(')) + 1;
  expect(jobs[0]['//'].mljob.source).toBe(`main.ts:${line}:1`);
  // AND mljob check reads cdktf.out and finds no errors
  expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  expect(check.stdout).toMatch(/^1 resource checked: 0 errors/m);
  // AND the bundled zod validates a catalog override there: a good one merges, a bad one is one line naming the field
  fs.writeFileSync(path.join(app, 'good-catalog.yaml'), 'quotas:\n  vcpusPerProject: 96\n');
  fs.writeFileSync(path.join(app, 'bad-catalog.yaml'), 'quotas:\n  vcpusPerProject: many\n');
  const loadCatalog = (file: string) => spawnSync(process.execPath, ['-e', `
    const { loadCatalogFile } = require('${pkg.name}');
    try { console.log(loadCatalogFile('${file}').quotas.vcpusPerProject); } catch (error) { console.log(error.message); }`], { cwd: app, encoding: 'utf8' });
  expect(loadCatalog('good-catalog.yaml')).toMatchObject({ status: 0, stdout: '96\n', stderr: '' });
  expect(loadCatalog('bad-catalog.yaml')).toMatchObject({ status: 0, stdout: 'bad-catalog.yaml: quotas.vcpusPerProject: expected a number\n', stderr: '' });
  expect(fs.existsSync(path.join(modules, pkg.name, 'node_modules', 'zod'))).toBe(false);
  // AND the package brought its docs and license
  for (const file of ['LICENSE', 'README.md', 'docs/CATALOG.md', 'docs/RULES.md']) {
    expect(fs.existsSync(path.join(modules, pkg.name, file))).toBe(true);
  }
}
