import { Finding } from '../../rules/rule';
import { Built } from './built';
import { Expr, literalExpr, printExpr } from './expr';
import { Override } from './terraform-diff';
import { commentLines, commentText, stringLiteral } from './ts-syntax';

/** What every job's statements are made of besides the job: its names in the file, its notes and findings. */
export interface StatementsContext {
  /** The variable chosen for the construct (a sanitized, unique identifier). */
  readonly variable: string;
  /** The construct id chosen for the job (sanitized, unique). */
  readonly constructId: string;
  /** Comment text (already comment-safe) to put above the construct: where it came from, what to do. */
  readonly notes: readonly string[];
  /** Findings of the rules, shown above the construct. */
  readonly findings: readonly Finding[];
}

/** The statements of one job and what they need from the rest of the file; `C` is the construct class used. */
export interface Statements<C extends string> {
  /** Lines of the constructor body, indented four spaces. */
  readonly lines: string[];
  /** The construct class used. */
  readonly className: C;
  /** Why the L1 was used instead of the L2, if it was. */
  readonly fallbackReason?: string;
  /** Every expression of the statements, to collect the library symbols they use. */
  readonly expressions: Expr[];
  /** How many rule errors the job has (synth fails on them). */
  readonly errors: number;
  /** Whether the statements call the import id helper of their resource type. */
  readonly usesImportId: boolean;
  /** The escape hatches the statements set. */
  readonly overrides: readonly Override[];
}

/** What the statements of one job's construct are made of, whatever its resource type. */
export interface ConstructStatementsInput<C extends string> extends StatementsContext {
  /** The construct class the statement instantiates. */
  readonly className: C;
  /** Its props, as code and value. */
  readonly props: Built;
  /** Why the L1 is used instead of the L2, when it is (`isL1`). */
  readonly fallbackReason?: string;
  /** The escape hatches to set, and why each (one sentence, no input text). */
  readonly overrides: readonly Override[];
  readonly overrideReason: (override: Override) => string;
  /** Whether the class is the L1 itself (escape hatches go on it) or an L2 (on its `resource`). */
  readonly isL1: boolean;
  /** The import id expression, when the job exists and is adopted with an import block. */
  readonly importId?: string;
}

const INDENT = '    ';

/**
 * The statements of one job: its notes and rule findings as comments, the construct (`new X(this, 'id', {…})`, held
 * in a variable only when later lines need it), an `addOverride` escape hatch per field the props cannot express, and
 * the import block. Shared by ML Engine jobs and Vertex AI custom jobs.
 */
export function constructStatements<C extends string>(input: ConstructStatementsInput<C>): Statements<C> {
  const lines: string[] = [];
  const expressions: Expr[] = [input.props.expr];
  for (const note of input.notes) lines.push(...commentLines(note, INDENT));
  for (const finding of input.findings) {
    const text = `${finding.ruleId} (${finding.severity}) ${finding.path || 'job'}: ${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''}`;
    lines.push(...commentLines(commentText(text), INDENT));
  }
  if (input.fallbackReason !== undefined) lines.push(...commentLines(commentText(`The L1 ${input.className}, because ${input.fallbackReason}.`), INDENT));
  const needsVariable = input.overrides.length > 0 || input.importId !== undefined;
  const head = `${INDENT}${needsVariable ? `const ${input.variable} = ` : ''}new ${input.className}(this, ${stringLiteral(input.constructId)}, `;
  lines.push(`${head}${printExpr(input.props.expr, INDENT, head.length)});`);
  const resource = input.isL1 ? input.variable : `${input.variable}.resource`;
  for (const override of input.overrides) {
    lines.push(...commentLines(`Escape hatch: ${input.overrideReason(override)}`, INDENT));
    const value = literalExpr(override.value);
    expressions.push(value);
    const call = `${INDENT}${resource}.addOverride(${stringLiteral(override.path)}, `;
    lines.push(`${call}${printExpr(value, INDENT, call.length)});`);
  }
  if (input.importId !== undefined) lines.push(`${INDENT}${resource}.importFrom(${input.importId});`);
  return {
    lines,
    className: input.className,
    ...(input.fallbackReason !== undefined ? { fallbackReason: input.fallbackReason } : {}),
    expressions,
    errors: input.findings.filter((f) => f.severity === 'error').length,
    usesImportId: input.importId !== undefined,
    overrides: input.overrides,
  };
}
