import * as fc from 'fast-check';
import { DefaultTokenResolver, Fn, Lazy, StringConcat, TerraformStack, TerraformVariable, Testing, Token, Tokenization } from 'cdktf';
import { plainCopy } from '../../src/constructs/plain-copy';

function cdktfResolve(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });
}

/** JSON-like values as job specs hold them, with undefined entries and the text of real specs. */
const specValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(undefined, null, true, false, 0, -1, 0.5, 1e21, Number.MAX_SAFE_INTEGER),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.string(),
    fc.constantFrom('us-central1', 'gs://bucket/trainer-0.1.tar.gz', '--lr=1e-4', '--epochs=10', 'n1-standard-8', 'a}b', 'x{y'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('trainingInput', 'e+1', '{k}')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('plainCopy', () => {
  test('whenever it copies a value, the copy is what cdktf resolves the value to', () => {
    const stack = new TerraformStack(Testing.app(), 'plain');
    fc.assert(fc.property(specValue, (value) => {
      const copied = plainCopy(value);
      if (copied) expect(copied.value).toEqual(cdktfResolve(stack, value));
    }));
  });

  test('a job spec without tokens is copied, undefined entries dropped, nothing shared with the input', () => {
    // GIVEN
    const spec = { trainingInput: { region: 'us-central1', args: ['--epochs=10', undefined], workerCount: 2, masterConfig: { imageUri: undefined } } };

    // WHEN
    const copied = plainCopy(spec);

    // THEN
    expect(copied).toEqual({ value: { trainingInput: { region: 'us-central1', args: ['--epochs=10'], workerCount: 2, masterConfig: {} } } });
    expect((copied!.value as typeof spec).trainingInput).not.toBe(spec.trainingInput);
  });

  test('anything that may hold a token is left to cdktf', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'tokens');
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    const zones = new TerraformVariable(stack, 'zones', { type: 'list(string)' });
    const labels = new TerraformVariable(stack, 'labels', { type: 'map(string)' });

    // THEN
    for (const value of [
      count.stringValue, count.numberValue, `--workers=${count.numberValue}`, zones.listValue, Token.asNumberList(zones.value),
      Token.asStringMap(labels.value), { [Token.asString(labels.value)]: 'x' }, Lazy.stringValue({ produce: () => 'a' }),
      Fn.lengthOf(zones.listValue), '${var.literal}', Token.STRING_MAP_TOKEN_VALUE, Token.NUMBER_MAP_TOKEN_VALUE,
      new Date(0), () => 1, stack, Number.POSITIVE_INFINITY,
    ]) {
      expect(plainCopy({ trainingInput: { value } })).toBeUndefined();
    }
  });

  test('a cycle is left to cdktf (which reports it)', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(plainCopy(cyclic)).toBeUndefined();
  });
});
