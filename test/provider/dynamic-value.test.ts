import { encode, ExtData } from '@msgpack/msgpack';
import { jobSchema } from '../../src/model/provider-schema';
import { decodeBlock, decodeRaw, encodeBlock } from '../../src/provider/dynamic-value';
import { isUnknown, UNKNOWN } from '../../src/provider/terraform-value';

describe('msgpack values', () => {
  test('an unknown is extension type 0 (fixext 1, one zero byte), as cty writes it', () => {
    const bytes = encodeBlock({ job_id: UNKNOWN }, jobSchema()).msgpack!;
    expect(Buffer.from(bytes).includes(Buffer.from([0xd4, 0x00, 0x00]))).toBe(true);
    expect(isUnknown((decodeRaw(bytes) as any).job_id)).toBe(true);
  });

  test('every extension decodes as unknown (a refined unknown is type 12 with a map payload)', () => {
    const refined = new ExtData(12, encode({ 1: 'prefix-' }));
    const value = decodeBlock({ msgpack: encode({ job_id: refined, labels: { a: new ExtData(0, new Uint8Array([0])) } }) }, jobSchema()) as any;
    expect(isUnknown(value.job_id)).toBe(true);
    expect(isUnknown(value.labels.a)).toBe(true);
  });

  test('decoding completes the object to the schema: every attribute present, absent list blocks [], numbers from strings', () => {
    const value = decodeBlock({ msgpack: encode({ job_id: 'j', training_input: [{ region: 'us-central1', worker_count: '3' }] }) }, jobSchema()) as any;
    expect(value.labels).toBeNull();
    expect(value.prediction_input).toEqual([]);
    expect(value.timeouts).toBeNull();
    expect(value.training_input[0].worker_count).toBe(3);
    expect(value.training_input[0].master_config).toEqual([]);
    expect(Object.keys(value.training_input[0])).toContain('scale_tier');
  });

  test('JSON state (UpgradeResourceState) decodes the same way; an empty value is null', () => {
    expect((decodeBlock({ json: Buffer.from('{"job_id":"j"}') }, jobSchema()) as any).job_id).toBe('j');
    expect(decodeBlock({}, jobSchema())).toBeNull();
  });

  test('a map key __proto__ is a value error (the decoder refuses it), not a crash', () => {
    const bytes = encodeBlock({ job_id: 'j', labels: JSON.parse('{"__proto__":"x"}') }, jobSchema()).msgpack!;
    expect(() => decodeBlock({ msgpack: bytes }, jobSchema())).toThrow(/map key "__proto__" cannot be read/);
  });
});
