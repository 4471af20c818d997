import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

/** Options of `runWithCompileCache`. */
export interface CompileCacheOptions {
  /**
   * The cache directory (default: `MLJOB_PROVIDER_CACHE`, else `$XDG_CACHE_HOME/cdktf-gcp-ml-jobs`, else
   * `~/.cache/cdktf-gcp-ml-jobs`). Never inside the provider's package directory: Terraform checks that directory's
   * hash against the lock file on every command, so nothing may be written there.
   */
  readonly cacheDir?: string;
  /** The environment the default directory is read from (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
}

/** What `runWithCompileCache` did, for tests and logs. */
export interface CompileCacheRun {
  /** The cache file of this script, Node.js version and architecture. */
  readonly cacheFile: string;
  /** Whether V8 accepted a cached compilation (false: none, or made by another V8 or with other flags). */
  readonly cacheUsed: boolean;
}

/**
 * Runs a CommonJS file as `require` would, but compiled through V8's code cache: the compiled code of the functions
 * that ran is saved when the process exits, and the next process with the same file, Node.js and architecture skips
 * compiling them. A provider starts 2-5 times per Terraform command, so compiling a bundle of this size each time is
 * a visible share of every plan (Node.js 20 has no `module.enableCompileCache`, hence V8's own cache through `vm`).
 *
 * A cache is saved when there was none or V8 rejected it, and once more by the first long-lived process (see
 * below). A cache that cannot be read or written only costs the compile time: it is never an error.
 */
export function runWithCompileCache(file: string, options: CompileCacheOptions = {}): CompileCacheRun {
  const source = fs.readFileSync(file, 'utf8');
  const key = crypto.createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 32);
  const dir = options.cacheDir ?? defaultCacheDir(options.env ?? process.env);
  // Two caches: one saved by a short process (a schema request), one by a process that ran longer (a plan or an
  // apply) and so compiled more. The longer one is preferred; once it exists no process saves again, because making
  // a cache costs milliseconds at every exit, which Terraform waits for.
  const files = { warm: path.join(dir, `provider-${key}.warm.v8cache`), cold: path.join(dir, `provider-${key}.v8cache`) };
  let cachedData: Buffer | undefined;
  let cacheKind: 'warm' | 'cold' | undefined;
  for (const kind of ['warm', 'cold'] as const) {
    try {
      cachedData = fs.readFileSync(files[kind]);
      cacheKind = kind;
      break;
    } catch {
      // No cache of this kind yet.
    }
  }
  const Module = require('module') as typeof import('module') & { wrap(source: string): string };
  const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cacheUsed = !!cachedData && !script.cachedDataRejected;
  const started = Date.now();
  process.once('exit', () => {
    const warm = Date.now() - started >= WARM_AFTER_MS;
    if (!cacheUsed || (cacheKind === 'cold' && warm)) saveCache(script, warm ? files.warm : files.cold);
  });
  const moduleObject = { exports: {}, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run.call(moduleObject.exports, moduleObject.exports, Module.createRequire(file), moduleObject, file, path.dirname(file));
  return { cacheFile: cacheUsed ? files[cacheKind!] : files.cold, cacheUsed };
}

/** A process that lived this long has compiled what a plan or an apply needs: its cache is the "warm" one. */
const WARM_AFTER_MS = 1000;

/** The default cache directory (see `CompileCacheOptions.cacheDir`). */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.MLJOB_PROVIDER_CACHE) return env.MLJOB_PROVIDER_CACHE;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'cdktf-gcp-ml-jobs');
}

function saveCache(script: vm.Script, cacheFile: string): void {
  try {
    const data = script.createCachedData();
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, cacheFile);
  } catch {
    // A read-only or full disk: the next start compiles again.
  }
}
