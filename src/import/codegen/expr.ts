import { commentLines, numberLiteral, propertyKey, stringLiteral } from './ts-syntax';

/**
 * A TypeScript expression of generated code, as a tree, and its printer. Values from the input only ever appear as
 * `string`, `number` and `boolean` leaves (printed as escaped literals) or as object keys (`propertyKey`); `code`
 * and `call.callee` come from the generator's own tables (class and constant names) and sanitized identifiers.
 */
export type Expr =
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'array'; readonly items: readonly Expr[] }
  | { readonly kind: 'object'; readonly entries: readonly ObjectEntry[]; readonly multiline?: boolean }
  | { readonly kind: 'call'; readonly callee: string; readonly args: readonly Expr[] };

/** One `key: value` of an object expression, with an optional comment line above it (already comment-safe). */
export interface ObjectEntry {
  readonly key: string;
  readonly value: Expr;
  readonly comment?: string;
}

/** The longest line the printer aims for. */
const WIDTH = 120;

/** An expression for any JSON-like value (strings, numbers, booleans, arrays, plain objects; `undefined` as is). */
export function literalExpr(value: unknown): Expr {
  if (value === undefined) return { kind: 'code', code: 'undefined' };
  if (value === null) return { kind: 'code', code: 'null' };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value)) return { kind: 'array', items: value.map(literalExpr) };
  const entries = Object.keys(value as object).sort()
    .map((key) => ({ key, value: literalExpr((value as Record<string, unknown>)[key]) }));
  return { kind: 'object', entries };
}

/**
 * Prints `expr` starting at `column` of a line indented by `indent`: on one line when it fits (and holds no
 * comments), else spread over lines indented two more spaces. Deterministic; never emits trailing whitespace.
 */
export function printExpr(expr: Expr, indent: string, column: number): string {
  const flat = flatExpr(expr);
  // One character is kept for the `,` `;` or `)` that usually follows.
  if (flat !== undefined && column + flat.length + 1 <= WIDTH && !(expr.kind === 'object' && expr.multiline && expr.entries.length)) {
    return flat;
  }
  const inner = `${indent}  `;
  switch (expr.kind) {
    case 'array':
      return `[\n${expr.items.map((item) => `${inner}${printExpr(item, inner, inner.length)},`).join('\n')}\n${indent}]`;
    case 'object': {
      const lines: string[] = [];
      for (const entry of expr.entries) {
        if (entry.comment !== undefined) lines.push(...commentLines(entry.comment, inner));
        const key = propertyKey(entry.key);
        lines.push(`${inner}${key}: ${printExpr(entry.value, inner, inner.length + key.length + 2)},`);
      }
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    case 'call': {
      if (!expr.args.length) return `${expr.callee}()`;
      const head = expr.args.slice(0, -1).map(flatExpr);
      const last = expr.args[expr.args.length - 1];
      const prefix = `${expr.callee}(${head.map((h) => `${h}, `).join('')}`;
      // The usual shape, `f(a, b, {` … `})`, when the leading arguments fit on the first line.
      if (head.every((h) => h !== undefined) && column + prefix.length < WIDTH - 10) {
        return `${prefix}${printExpr(last, indent, column + prefix.length)})`;
      }
      return `${expr.callee}(\n${expr.args.map((arg) => `${inner}${printExpr(arg, inner, inner.length)},`).join('\n')}\n${indent})`;
    }
    default:
      return flat!;
  }
}

/** The one-line form, or undefined when the expression holds a comment and cannot be on one line. */
function flatExpr(expr: Expr): string | undefined {
  switch (expr.kind) {
    case 'code': return expr.code;
    case 'string': return stringLiteral(expr.value);
    case 'number': return numberLiteral(expr.value);
    case 'boolean': return String(expr.value);
    case 'array': {
      const items = expr.items.map(flatExpr);
      return items.every((i) => i !== undefined) ? `[${items.join(', ')}]` : undefined;
    }
    case 'object': {
      if (!expr.entries.length) return '{}';
      if (expr.entries.some((e) => e.comment !== undefined)) return undefined;
      const entries = expr.entries.map((e) => [propertyKey(e.key), flatExpr(e.value)] as const);
      return entries.every(([, v]) => v !== undefined) ? `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }` : undefined;
    }
    case 'call': {
      const args = expr.args.map(flatExpr);
      return args.every((a) => a !== undefined) ? `${expr.callee}(${args.join(', ')})` : undefined;
    }
  }
}
