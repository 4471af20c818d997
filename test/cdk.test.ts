import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('src/cdk.ts', () => {
  test('is the only module of the library that imports cdktf', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => path.relative(SRC, file) !== 'cdk.ts')
      .filter((file) => /from ['"]cdktf['"]|require\(['"]cdktf['"]\)/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
