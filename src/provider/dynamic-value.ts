import { Decoder, Encoder, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import { SchemaBlock } from '../model/provider-schema';
import { conformBlock, isUnknown, TerraformObject, UnknownValue, UNKNOWN, ValueTypeError } from './terraform-value';

/** The wire form of a Terraform value (tfplugin6 `DynamicValue`). */
export interface DynamicValue {
  readonly msgpack?: Uint8Array | null;
  readonly json?: Uint8Array | null;
}

// cty writes an unknown as msgpack extension type 0 with one zero byte (fixext 1).
const codec = new ExtensionCodec();
codec.register({
  type: 0,
  encode: (value: unknown) => (isUnknown(value) ? new Uint8Array([0]) : null),
  decode: () => UNKNOWN,
});

// One encoder and decoder for the process: each RPC decodes and encodes several values.
const decoder = new Decoder({ extensionCodec: codec });
const encoder = new Encoder({ extensionCodec: codec });

/**
 * Any extension is an unknown: type 0 is a plain unknown, type 12 a refined one (with a payload of refinements such
 * as a known string prefix, sent for template strings). Terraform sends no other extensions.
 */
function isExtension(value: unknown): boolean {
  return value instanceof ExtData;
}

/** Decodes a block's value (a resource's state or config, the provider config), completed to its schema. */
export function decodeBlock(value: DynamicValue | null | undefined, block: SchemaBlock): TerraformObject | null | UnknownValue {
  if (!value) return null;
  let raw: unknown;
  if (value.msgpack && value.msgpack.length) raw = decodeMsgpack(value.msgpack);
  else if (value.json && value.json.length) raw = JSON.parse(Buffer.from(value.json).toString('utf8'));
  else return null;
  return conformBlock(raw, block, '', isExtension);
}

/** Encodes a block's value as msgpack; a null value is msgpack nil (Terraform's null object). */
export function encodeBlock(value: TerraformObject | null | UnknownValue, block: SchemaBlock): DynamicValue {
  const conformed = conformBlock(value, block);
  return { msgpack: encoder.encode(conformed) };
}

/** Encodes any value without a schema (tests build requests with it). */
export function encodeRaw(value: unknown): Uint8Array {
  return encoder.encode(value);
}

/** Decodes msgpack without a schema, extensions as UNKNOWN (tests read responses with it). */
export function decodeRaw(bytes: Uint8Array): unknown {
  return replaceExtensions(decodeMsgpack(bytes));
}

function decodeMsgpack(bytes: Uint8Array): unknown {
  try {
    return decoder.decode(bytes);
  } catch (error) {
    // The decoder refuses a map key `__proto__` (a label key no job can have: keys start with a lowercase letter).
    if (/__proto__/.test((error as Error).message)) throw new ValueTypeError('', 'a map key "__proto__" cannot be read; label keys start with a lowercase letter');
    throw error;
  }
}

function replaceExtensions(value: unknown): unknown {
  if (value instanceof ExtData) return UNKNOWN;
  if (Array.isArray(value)) return value.map(replaceExtensions);
  if (typeof value === 'object' && value !== null && !isUnknown(value)) {
    const out: { [name: string]: unknown } = {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { value: replaceExtensions(item), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
