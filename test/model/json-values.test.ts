import { execFileSync } from 'child_process';
import * as path from 'path';
import { Fn, Lazy, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { isUnresolved, parseNumericString } from '../../src/model/json-values';

describe('isUnresolved', () => {
  test('every kind of cdktf token is unknown', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'tokens');
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    const zones = new TerraformVariable(stack, 'zones', { type: 'list(string)' });
    const labels = new TerraformVariable(stack, 'labels', { type: 'map(string)' });

    // THEN
    expect(isUnresolved(count.stringValue)).toBe(true);
    expect(isUnresolved(count.numberValue)).toBe(true);
    expect(isUnresolved(zones.listValue)).toBe(true);
    expect(isUnresolved(Token.asNumberList(zones.value))).toBe(true);
    expect(isUnresolved(labels.value)).toBe(true);
    expect(isUnresolved(Token.asStringMap(labels.value))).toBe(true);
    expect(isUnresolved(Lazy.anyValue({ produce: () => 1 }))).toBe(true);
    expect(isUnresolved(Fn.lengthOf(zones.listValue))).toBe(true);
  });

  test('a Terraform reference read from cdk.tf.json is unknown', () => {
    expect(isUnresolved('${google_kms_crypto_key.k.id}')).toBe(true);
    expect(isUnresolved(['${var.zone}'])).toBe(false); // a list holding a reference is a known list of one unknown item
  });

  test('plain data is known, including values near the token encodings', () => {
    for (const value of ['us-central1', '#{not a token}', 8, -1e300, 1e300, Number.NaN, [1], [-1e300], ['a', 'b'], {}, { resolve: 'text' }, { '&{': 1 }, null, true]) {
      expect(isUnresolved(value)).toBe(false);
    }
  });

  test('plain data never loads cdktf (mljob check and plan read files, not constructs)', () => {
    // GIVEN a fresh process that only loads the compiled module
    const lib = path.join(__dirname, '..', '..', 'lib', 'model', 'json-values.js');
    const script = `const { isUnresolved } = require(${JSON.stringify(lib)});
      for (const v of ['x', '\${a.b}', 8, -1e20, [1], ['a'], { a: 1 }, { resolve: 1 }]) isUnresolved(v);
      process.stdout.write(String(Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]cdktf[\\\\/]/.test(file))));`;

    // WHEN
    const loaded = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });

    // THEN
    expect(loaded).toBe('false');
  });
});

describe('parseNumericString', () => {
  test('a number a double holds exactly; anything else stays a string', () => {
    expect(parseNumericString(' 42 ')).toBe(42);
    expect(parseNumericString('-0.5e2')).toBe(-50);
    expect(parseNumericString('9007199254740993')).toBeUndefined();
    expect(parseNumericString('1e400')).toBeUndefined();
    expect(parseNumericString('0x10')).toBeUndefined();
  });
});
