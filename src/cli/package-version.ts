import * as fs from 'fs';
import * as path from 'path';

let cached: string | undefined;

/** This package's version, from its package.json (two levels above `lib/cli` and `src/cli` alike). */
export function packageVersion(): string {
  if (cached === undefined) {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    cached = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return cached;
}
