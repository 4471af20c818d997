import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

/** The files `npm pack` puts in the tarball (paths relative to the package root), from the built lib/. */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [pack] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
  return pack.files.map((f) => f.path).sort();
}

/** Relative links and `path/like/this` code spans in README.md that name files or folders of the package. */
function readmeLinks(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(((?:docs|examples)\/[^)#\s]+)\)/g)].map((m) => m[1]);
  const spans = [...readme.matchAll(/`((?:docs|examples)\/[\w./-]*)`/g)].map((m) => m[1]);
  return [...new Set([...links, ...spans])].map((p) => p.replace(/\/$/, ''));
}

describe('the npm package', () => {
  let files: string[];
  beforeAll(() => {
    files = packedFiles();
  }, 120000);

  test('has the library, the CLI, the schema, the jsii assembly, the docs, the examples and the license', () => {
    for (const file of ['LICENSE', 'README.md', 'API.md', '.jsii', 'package.json', 'bin/mljob', 'lib/index.js', 'lib/index.d.ts', 'lib/cli/main.js', 'schema/google_ml_engine_job.json', 'schema/google_vertex_ai_custom_job.json', 'docs/POLICY.md', 'docs/RULES.md']) {
      expect(files).toContain(file);
    }
    const examples = execFileSync('git', ['ls-files', 'examples'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    expect(examples.length).toBeGreaterThan(5);
    expect(files).toEqual(expect.arrayContaining(examples));
  });

  test('a packed example that imports the library from ../src (the repository\'s layout) says to import the package in an app', () => {
    for (const file of files.filter((f) => /^examples\/.*\.ts$/.test(f))) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      if (!/from '\.\.\/src'/.test(text)) continue;
      expect(`${file}: ${text.includes(`In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.`)}`).toBe(`${file}: true`);
    }
  });

  test('has every docs/ and examples/ path the README names', () => {
    const named = readmeLinks();
    expect(named).toEqual(expect.arrayContaining(['docs/POLICY.md', 'docs/RULES.md', 'examples/quotas.yaml']));
    for (const name of named) {
      expect(`${name}: ${files.some((f) => f === name || f.startsWith(`${name}/`))}`).toBe(`${name}: true`);
    }
  });

  test('LICENSE is the Apache License 2.0 that package.json names', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string };
    const license = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(pkg.license).toBe('Apache-2.0');
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain('END OF TERMS AND CONDITIONS');
    // The text of https://www.apache.org/licenses/LICENSE-2.0.txt, byte for byte.
    expect(createHash('md5').update(license).digest('hex')).toBe('3b83ef96387f14655fc854ddc3c6bd57');
  });

  test('has no sources, tests, source maps or build state of its own', () => {
    const own = files.filter((f) => !f.startsWith('node_modules/') && !f.startsWith('../'));
    expect(own.filter((f) => /^(src|test|scripts|\.ci|cdktf\.out|coverage)\//.test(f))).toEqual([]);
    expect(own.filter((f) => /\.map$|tsbuildinfo$/.test(f))).toEqual([]);
    expect(own.filter((f) => f.startsWith('lib/') && f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    const withMaps = own.filter((f) => f.startsWith('lib/') && f.endsWith('.js') && fs.readFileSync(path.join(ROOT, f), 'utf8').includes('sourceMappingURL'));
    expect(withMaps).toEqual([]);
  });

  test('carries zod as one bundled file with its license, not as a package of sources, tests and two module formats', () => {
    // GIVEN zod, a build-time dependency that scripts/bundle-zod.js bundles into lib/zod.js
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: object; devDependencies: object };
    expect(Object.keys(pkg.dependencies)).not.toContain('zod');
    expect(Object.keys(pkg.devDependencies)).toContain('zod');

    // THEN the package has no node_modules/zod, and lib/zod.js is zod itself, under its license
    expect(files.filter((f) => /(^|\/)node_modules\/zod\//.test(f))).toEqual([]);
    expect(files).toContain('lib/zod.js');
    const bundled = fs.readFileSync(path.join(ROOT, 'lib', 'zod.js'), 'utf8');
    expect(bundled).not.toMatch(/require\(\s*["']zod["']\s*\)/);
    const license = fs.readFileSync(path.join(ROOT, 'node_modules', 'zod', 'LICENSE'), 'utf8').trim();
    expect(bundled.slice(0, 2000)).toContain(license);
    const { z } = require(path.join(ROOT, 'lib', 'zod.js')) as typeof import('zod');
    expect(z.strictObject({ id: z.string() }).safeParse({ id: 'a', extra: 1 }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['extra'] });
    expect(bundled.length).toBeLessThan(1_000_000);

    // AND no declaration of the package refers to zod, which its users do not have
    expect(files).not.toContain('lib/zod.d.ts');
    const zodTypes = files.filter((f) => /\.d\.ts$/.test(f) && !f.startsWith('node_modules/') && !f.startsWith('../'))
      .filter((f) => /(?:from\s+|import\(\s*|require\(\s*)["'](?:zod|(?:\.\.?\/)+zod)["']/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(zodTypes).toEqual([]);
  });

  test('every module the package loads needs only Node built-ins, its dependencies and its peers (the provider bundle carries its own)', () => {
    // GIVEN the entry points: the CLI, the library, and the provider that `mljob provider install` copies out
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: object; peerDependencies: object };
    const entries = ['bin/mljob', 'lib/index.js', ...files.filter((f) => /^lib\/provider-bundle\/[^/]+\.js$/.test(f))];
    expect(entries.length).toBeGreaterThan(3);

    // WHEN every literal require() is followed through the packed files
    const { loaded, problems } = followRequires(entries, new Set(files), [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);

    // THEN nothing is missing: the gRPC, msgpack and Google auth code of the provider is inside its bundle only
    expect(problems).toEqual([]);
    expect(loaded).toEqual(expect.arrayContaining(['lib/cli/main.js', 'lib/zod.js', 'lib/provider/install-provider.js', 'lib/provider-bundle/google-auth.js']));
    expect(loaded).not.toContain('lib/provider/grpc-server.js');
  });

  test('no bundled package brings TypeScript sources or tests', () => {
    const sources = files.filter((f) => /(^|\/)node_modules\//.test(f))
      .filter((f) => /\/(tests?|__tests__)\/|\.(test|spec)\.[cm]?[jt]s$/.test(f) || (/\.[cm]?ts$/.test(f) && !/\.d\.[cm]?ts$/.test(f)));
    expect(sources).toEqual([]);
  });

  test('bundles exactly its dependencies (jsii needs non-jsii dependencies bundled), nothing else from node_modules', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: object; bundledDependencies: string[] };
    expect([...pkg.bundledDependencies].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    const topLevel = new Set(
      files
        .filter((f) => f.startsWith('node_modules/'))
        .map((f) => f.split('/'))
        .map((parts) => (parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1])),
    );
    // npm also packs the dependencies of bundled packages (hoisted ones at the top): each must be one of those.
    for (const name of topLevel) {
      const isBundled = pkg.bundledDependencies.includes(name);
      expect(`${name}: ${isBundled || isDependencyOfBundled(name, pkg.bundledDependencies)}`).toBe(`${name}: true`);
    }
    // A symbolic-link node_modules (a git worktree sharing another checkout's) makes npm name the nested
    // dependencies of bundled packages by a path outside the package; a real node_modules, as CI has, never does.
    const outside = files.filter((f) => f.startsWith('../'));
    if (!fs.lstatSync(path.join(ROOT, 'node_modules')).isSymbolicLink()) expect(outside).toEqual([]);
    else for (const f of outside) expect(f).toMatch(/\/node_modules\/(@[^/]+\/)?[^/]+\/node_modules\//);
  });
});

/**
 * Whether `name` is a (transitive) dependency of one of the `bundled` packages. Each dependency is resolved as Node
 * resolves it, nested copy first (gaxios keeps node-fetch 3 under its own node_modules, whose data-uri-to-buffer is
 * hoisted to the top), then the hoisted one.
 */
function isDependencyOfBundled(name: string, bundled: readonly string[]): boolean {
  const top = path.join(ROOT, 'node_modules');
  const seen = new Set<string>();
  const queue = bundled.map((dep) => path.join(top, dep));
  while (queue.length > 0) {
    const dir = queue.pop()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const deps = Object.keys((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { dependencies?: object }).dependencies ?? {});
    if (deps.includes(name)) return true;
    for (const dep of deps) queue.push(resolveFrom(dir, dep, top));
  }
  return false;
}

/** The directory Node loads `dep` from when `dir` requires it: the nearest node_modules above `dir` that has it. */
function resolveFrom(dir: string, dep: string, top: string): string {
  for (let at = dir; at.startsWith(top) && at !== top; at = path.dirname(at)) {
    const candidate = path.join(at, 'node_modules', dep);
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join(top, dep);
}

/**
 * Follows the literal `require()` calls of the packed JavaScript from `entries`: a relative one must name a packed
 * file, a bare one a Node built-in, a dependency or a peer (which are not followed further).
 */
function followRequires(entries: readonly string[], packed: ReadonlySet<string>, packages: readonly string[]): { loaded: string[]; problems: string[] } {
  const builtins = new Set(builtinModules);
  const loaded = new Set<string>();
  const problems: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (loaded.has(file)) continue;
    loaded.add(file);
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const [, , spec] of text.matchAll(/\brequire\(\s*(["'])([^"'\n]+)\1\s*\)/g)) {
      if (spec.startsWith('.')) {
        const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
        const target = [base, `${base}.js`, `${base}.json`, `${base}/index.js`].find((candidate) => packed.has(candidate));
        if (!target) problems.push(`${file} requires ${spec}, which is not in the package`);
        else if (target.endsWith('.js')) queue.push(target);
        continue;
      }
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (spec.startsWith('node:') || builtins.has(name) || packages.includes(name)) continue;
      problems.push(`${file} requires ${spec}, which is neither a built-in nor a dependency or peer`);
    }
  }
  return { loaded: [...loaded].sort(), problems };
}
