import * as fs from 'fs';
import * as path from 'path';

/** A place in the user's code: a file, line and column. */
export interface SourceLocation {
  /** Relative (with `/`) to the folder it is anchored at when the file is inside it, else absolute. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Where a job's source location travels in `cdk.tf.json`: the resource's `//` block, beside cdktf's own metadata. The
 * file is relative to the cdktf project folder (where synth ran).
 */
export const SOURCE_OVERRIDE_PATH = '//.mljob.source';

/**
 * The folder reports make locations relative to: the repository root (the nearest folder from `start` up with a
 * `.git`), or `start` itself outside a repository. Code scanning and PR annotations resolve paths from the checkout,
 * whichever folder the cdktf project is in and whichever folder `mljob check` runs from.
 */
export function locationRoot(start: string = process.cwd()): string {
  const from = path.resolve(start);
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/** `file` relative to `root` with `/` separators when it is inside it; else as it is (absolute). */
export function relativeToRoot(file: string, root: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return path.resolve(root, file);
  return relative.split(path.sep).join('/');
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

/**
 * The cdktf project folder of a synthesized file or folder: the parent of the output directory (the nearest folder
 * from `input` up that holds cdktf's `manifest.json`), where `cdktf synth` ran; undefined when there is none.
 */
export function projectFolderOf(input: string): string | undefined {
  for (let dir = path.resolve(input); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'manifest.json'))) return path.dirname(dir);
    if (path.dirname(dir) === dir) return undefined;
  }
}
