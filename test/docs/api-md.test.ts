import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

describe('API.md', () => {
  test('is what jsii-docgen makes of the current jsii assembly (run `npm run docgen` and commit)', () => {
    // GIVEN the assembly `npm test` just built
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-docgen-')), 'API.md');

    // WHEN the reference is generated again
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'jsii-docgen'), ['-o', out], { cwd: ROOT, stdio: 'pipe' });

    // THEN it equals the committed one
    const committed = fs.readFileSync(path.join(ROOT, 'API.md'), 'utf8');
    // On failure: npm run docgen and commit API.md.
    expect(fs.readFileSync(out, 'utf8')).toBe(committed);
    expect(committed).toContain('### MlEngineTrainingJob');
    expect(committed).toContain('### BatchPredictionJob');
  }, 120000);
});
