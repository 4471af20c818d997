import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { defaultCacheDir } from '../../src/provider/compile-cache';
import { tempDir } from '../plan/plan-test-helpers';

const COMPILE_CACHE = path.join(__dirname, '..', '..', 'src', 'provider', 'compile-cache.ts');

/** Runs `file` through runWithCompileCache in a fresh node (ts-node), printing what it reports. */
function runThroughCache(file: string, cacheDir: string): { stdout: string; status: number | null } {
  const script = `const r = require(${JSON.stringify(COMPILE_CACHE)}).runWithCompileCache(${JSON.stringify(file)}, { cacheDir: ${JSON.stringify(cacheDir)} }); console.log('cacheUsed=' + r.cacheUsed);`;
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '..', '..', 'tsconfig.dev.json') } });
  return { stdout: run.stdout, status: run.status };
}

describe('runWithCompileCache', () => {
  test('runs the file as CommonJS; the second run uses the cache the first one saved', () => {
    // GIVEN a module that uses require, __dirname and module.exports
    const dir = tempDir('mljob-compile-cache-');
    const file = path.join(dir, 'main.js');
    fs.writeFileSync(path.join(dir, 'helper.js'), 'module.exports = (x) => x * 2;\n');
    fs.writeFileSync(file, "const path = require('path'); const double = require('./helper'); console.log('ran', double(21), path.basename(__dirname) === path.basename(" + JSON.stringify(dir) + "));\n");
    const cacheDir = path.join(dir, 'cache');
    // WHEN
    const first = runThroughCache(file, cacheDir);
    const second = runThroughCache(file, cacheDir);
    // THEN
    expect(first.stdout).toBe('ran 42 true\ncacheUsed=false\n');
    expect(fs.readdirSync(cacheDir)).toEqual([expect.stringMatching(/^provider-[0-9a-f]{32}\.v8cache$/)]); // a short process: the "cold" cache
    expect(second.stdout).toBe('ran 42 true\ncacheUsed=true\n');
  });

  test('the first process that lives a second saves the "warm" cache, which later processes prefer', () => {
    const dir = tempDir('mljob-compile-cache-');
    const file = path.join(dir, 'main.js');
    const cacheDir = path.join(dir, 'cache');
    fs.writeFileSync(file, "if (process.env.LONG) setTimeout(() => console.log('long'), 1100); else console.log('short');\n");
    runThroughCache(file, cacheDir);
    const long = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', `require(${JSON.stringify(COMPILE_CACHE)}).runWithCompileCache(${JSON.stringify(file)}, { cacheDir: ${JSON.stringify(cacheDir)} })`], {
      encoding: 'utf8', env: { ...process.env, LONG: '1', TS_NODE_PROJECT: path.join(__dirname, '..', '..', 'tsconfig.dev.json') },
    });
    expect(long.stdout).toBe('long\n');
    expect(fs.readdirSync(cacheDir).sort()).toEqual([expect.stringMatching(/^provider-[0-9a-f]{32}\.v8cache$/), expect.stringMatching(/^provider-[0-9a-f]{32}\.warm\.v8cache$/)]);
    expect(runThroughCache(file, cacheDir).stdout).toBe('short\ncacheUsed=true\n');
  });

  test('a changed file gets a cache of its own; an unwritable cache directory only costs the cache', () => {
    const dir = tempDir('mljob-compile-cache-');
    const file = path.join(dir, 'main.js');
    const cacheDir = path.join(dir, 'cache');
    fs.writeFileSync(file, "console.log('one');\n");
    runThroughCache(file, cacheDir);
    fs.writeFileSync(file, "console.log('two');\n");
    expect(runThroughCache(file, cacheDir).stdout).toBe('two\ncacheUsed=false\n');
    expect(fs.readdirSync(cacheDir).length).toBe(2);
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    expect(runThroughCache(file, path.join(blocked, 'cache'))).toEqual({ stdout: 'two\ncacheUsed=false\n', status: 0 });
  });

  test('the default directory: MLJOB_PROVIDER_CACHE, else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultCacheDir({ MLJOB_PROVIDER_CACHE: '/c' })).toBe('/c');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe(path.join('/x', 'cdktf-gcp-ml-jobs'));
    expect(defaultCacheDir({})).toMatch(/\.cache[/\\]cdktf-gcp-ml-jobs$/);
  });
});
