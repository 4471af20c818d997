import { Expr, ObjectEntry } from './expr';

/**
 * A piece of generated code together with the value it evaluates to, built side by side so the generator can hand
 * the very same props to a real construct (to see what it renders) that the printed code will pass at synth.
 */
export interface Built {
  readonly expr: Expr;
  readonly value: unknown;
}

/** A string literal. */
export function builtString(value: string): Built {
  return { expr: { kind: 'string', value }, value };
}

/** A number literal. */
export function builtNumber(value: number): Built {
  return { expr: { kind: 'number', value }, value };
}

/** A boolean literal. */
export function builtBoolean(value: boolean): Built {
  return { expr: { kind: 'boolean', value }, value };
}

/** An array of built items. */
export function builtArray(items: readonly Built[]): Built {
  return { expr: { kind: 'array', items: items.map((i) => i.expr) }, value: items.map((i) => i.value) };
}

/** An array of strings. */
export function builtStrings(values: readonly string[]): Built {
  return builtArray(values.map(builtString));
}

/** An array of numbers. */
export function builtNumbers(values: readonly number[]): Built {
  return builtArray(values.map(builtNumber));
}

/** An object of the entries that are defined, in the order given. */
export function builtObject(entries: ReadonlyArray<readonly [string, Built | undefined]>, multiline = false): Built {
  const exprEntries: ObjectEntry[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    if (item === undefined) continue;
    exprEntries.push({ key, value: item.expr });
    Object.defineProperty(value, key, { value: item.value, enumerable: true, writable: true, configurable: true });
  }
  return { expr: { kind: 'object', entries: exprEntries, multiline }, value };
}

/** A constant of the library, e.g. `MachineType.N1_STANDARD_8`, with its value. */
export function builtConstant(code: string, value: unknown): Built {
  return { expr: { kind: 'code', code }, value };
}

/** A call of a library factory, e.g. `Accelerator.nvidiaTeslaT4(2)`, with the value the call returns. */
export function builtCall(callee: string, args: readonly Built[], value: unknown): Built {
  return { expr: { kind: 'call', callee, args: args.map((a) => a.expr) }, value };
}

/** A JSON-like value as literal code (object keys sorted), e.g. the fields of an L1 struct. */
export function builtLiteral(value: unknown): Built {
  if (typeof value === 'string') return builtString(value);
  if (typeof value === 'number') return builtNumber(value);
  if (typeof value === 'boolean') return builtBoolean(value);
  if (Array.isArray(value)) return builtArray(value.map(builtLiteral));
  const record = value as Record<string, unknown>;
  return builtObject(Object.keys(record).sort().map((key) => [key, builtLiteral(record[key])] as const));
}
