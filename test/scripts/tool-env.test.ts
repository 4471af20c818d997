import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { quietToolEnv } = require('../../scripts/tool-env.js') as { quietToolEnv: (env?: NodeJS.ProcessEnv) => NodeJS.ProcessEnv };

const ROOT = path.join(__dirname, '..', '..');

describe('the environment given to cdktf and Terraform', () => {
  test('the tests run with checkpoint calls off and an existing, empty Terraform CLI config', () => {
    // THEN (jest.config.js sets it for every worker)
    expect(process.env.CHECKPOINT_DISABLE).toBe('1');
    expect(fs.existsSync(process.env.TF_CLI_CONFIG_FILE ?? 'unset')).toBe(true);
  });

  test('quietToolEnv fills in what is unset and keeps what the user set', () => {
    // GIVEN a user's Terraform CLI config
    const rc = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-env-')), '.terraformrc');
    fs.writeFileSync(rc, '');

    // THEN
    expect(quietToolEnv({})).toEqual({ CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: os.devNull });
    expect(quietToolEnv({ CHECKPOINT_DISABLE: '0', TF_CLI_CONFIG_FILE: rc })).toEqual({ CHECKPOINT_DISABLE: '0', TF_CLI_CONFIG_FILE: rc });
    fs.rmSync(path.dirname(rc), { recursive: true });
  });

  test('a TF_CLI_CONFIG_FILE that names no file is replaced (Terraform would warn about it)', () => {
    expect(quietToolEnv({ TF_CLI_CONFIG_FILE: '/nonexistent/.terraformrc' }).TF_CLI_CONFIG_FILE).toBe(os.devNull);
  });

  test('every script sets it before it loads anything else', () => {
    const scripts = fs.readdirSync(path.join(ROOT, 'scripts')).filter((f) => f.endsWith('.js') && f !== 'tool-env.js');
    const runnable = scripts.filter((f) => fs.readFileSync(path.join(ROOT, 'scripts', f), 'utf8').startsWith('#!'));
    expect(runnable.length).toBeGreaterThan(5);
    for (const file of runnable) {
      const firstRequire = fs.readFileSync(path.join(ROOT, 'scripts', file), 'utf8').match(/require\([^)]*\)[^;\n]*/)?.[0];
      expect(`${file}: ${firstRequire}`).toBe(`${file}: require('./tool-env').quietToolEnv()`);
    }
  });

  test('no npm script runs cdktf or terraform bare: each goes through a script that sets the environment first', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const [name, command] of Object.entries(scripts)) {
      const bare = command.split('&&').map((part) => part.trim()).filter((part) => /^(npx )?(cdktf|terraform)\b/.test(part));
      expect(`${name}: ${bare.join(', ')}`).toBe(`${name}: `);
    }
    expect(scripts.synth).toBe('node scripts/cdktf.js synth');
  });

  test('CI exports both variables', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^export CHECKPOINT_DISABLE=1$/m);
    expect(ci).toContain('[ -f "${TF_CLI_CONFIG_FILE:-}" ] || export TF_CLI_CONFIG_FILE=/dev/null\n');
  });
});
