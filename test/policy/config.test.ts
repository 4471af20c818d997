import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findConfig } from '../../src/policy/config';
import { loadConfig } from '../../src/policy/load-config';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-config-'));
}

describe('findConfig', () => {
  test('finds the nearest configuration walking up from a file or folder, stopping at the repository root', () => {
    const repo = tempDir();
    fs.mkdirSync(path.join(repo, '.git'));
    fs.mkdirSync(path.join(repo, 'stacks', 'training'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'stacks', 'training', 'cdk.tf.json'), '{}');
    expect(findConfig(path.join(repo, 'stacks', 'training'))).toBeUndefined();
    fs.writeFileSync(path.join(repo, 'mljob.config.yaml'), 'packs: [hygiene]\n');
    expect(findConfig(path.join(repo, 'stacks', 'training', 'cdk.tf.json'))).toBe(path.join(repo, 'mljob.config.yaml'));
    fs.writeFileSync(path.join(repo, 'stacks', 'mljob.config.yml'), 'packs: [cost]\n');
    expect(findConfig(path.join(repo, 'stacks', 'training'))).toBe(path.join(repo, 'stacks', 'mljob.config.yml'));
    expect(loadConfig(findConfig(path.join(repo, 'stacks'))!).packs).toEqual(['cost']);
  });

});
