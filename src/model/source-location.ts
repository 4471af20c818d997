import * as path from 'path';

/** Where the user's code created a construct: a file (relative to the working directory when under it), line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Where a job's source location travels in `cdk.tf.json`: the resource's `//` block, beside cdktf's own metadata. */
export const SOURCE_OVERRIDE_PATH = '//.mljob.source';

/** `at fn (file:line:col)` or `at file:line:col` (V8 stack frames). */
const FRAME = /\(?((?:[A-Za-z]:)?[^()\s]+?\.[cm]?[jt]sx?):(\d+):(\d+)\)?\s*$/;

/** Frames that are not the project's code: Node itself and installed packages. */
const NOT_USER_CODE = /node_modules|^node:|^internal[\\/]/;

/**
 * The call site of `constructorFn` (pass `new.target`), from a stack trace captured now: V8 drops the frames of the
 * constructor and everything it called, so the first frame left that is not Node's or an installed package's is the
 * line that created the construct. The file is made relative to `cwd` (where `cdktf synth` runs, the project root)
 * so that synth output is the same in every checkout.
 */
export function callerLocation(constructorFn: Function, cwd: string = process.cwd()): SourceLocation | undefined {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, constructorFn);
  for (const frame of (holder.stack ?? '').split('\n').slice(1)) {
    const location = parseFrame(frame);
    if (location && !NOT_USER_CODE.test(location.file)) return { ...location, file: relativeToCwd(location.file, cwd) };
  }
  return undefined;
}

/** `file:line:col` of a stack frame, or undefined. */
export function parseFrame(frame: string): SourceLocation | undefined {
  const match = FRAME.exec(frame);
  return match ? { file: match[1].replace(/^file:\/\//, ''), line: Number(match[2]), column: Number(match[3]) } : undefined;
}

/** `file:line:col`, as the location is written into `cdk.tf.json`. */
export function formatSourceLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** Reads `file:line:col` back; undefined for anything else. */
export function parseSourceLocation(text: unknown): SourceLocation | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(.+):(\d+):(\d+)$/.exec(text);
  return match ? { file: match[1], line: Number(match[2]), column: Number(match[3]) } : undefined;
}

function relativeToCwd(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
