import * as fs from 'fs';
import * as path from 'path';
import { CliIo } from './cli-io';
import { UsageError } from './usage-error';

/**
 * Writes a command's result to standard output, or to `out` when given. An existing file is never overwritten
 * without `force`: it may be something the user owns.
 */
export function writeOutput(io: CliIo, text: string, out: string | undefined, force: boolean | undefined): void {
  if (!out || out === '-') {
    io.out(text);
    return;
  }
  const file = path.resolve(out);
  if (isDirectory(file)) throw new UsageError(`${out}: is a directory; name the file to write`);
  if (isTaken(file) && !force) throw new UsageError(`${out}: the file exists; pass --force to overwrite it`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    replaceFile(file, text);
  } catch (error) {
    throw new UsageError(`${out}: ${writeProblem(error)}`);
  }
}

/** Why a file could not be written, in words: `is a directory`, `permission denied`, … */
function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EISDIR': return 'is a directory; name the file to write';
    // mkdir of a folder on the way that is a file says EEXIST; opening a file below a file says ENOTDIR.
    case 'ENOTDIR': case 'EEXIST': return 'cannot write the file: a part of its path is a file, not a directory';
    case 'EACCES': case 'EPERM': return 'cannot write the file: permission denied';
    case 'EROFS': return 'cannot write the file: read-only file system';
    case 'ENOSPC': return 'cannot write the file: no space left on the device';
    default: return `cannot write the file (${code ?? (error as Error).message})`;
  }
}

/** True when `file` is a directory (a link to one included). */
function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** One file of a set written together into an output directory. */
export interface OutputFile {
  /** Relative to the directory, `/`-separated, made of safe names. */
  readonly path: string;
  readonly text: string;
  /** Mark it executable (a script). */
  readonly executable?: boolean;
}

/**
 * Writes files into `dir`, all or none: every target is checked before anything is written, so a refusal (an
 * existing file without `force`, a folder on the way that links elsewhere) leaves the directory as it was. Returns
 * the paths written, as `dir` joined with each file's path.
 */
export function writeFilesInto(dir: string, files: readonly OutputFile[], force: boolean | undefined): string[] {
  const root = path.resolve(dir);
  if (fs.existsSync(root) && !fs.statSync(root).isDirectory()) throw new UsageError(`${dir}: not a directory`);
  const targets = files.map((file) => {
    const target = path.join(root, ...file.path.split('/'));
    const shown = path.join(dir, ...file.path.split('/'));
    if (!target.startsWith(root + path.sep)) throw new UsageError(`${shown}: would be written outside ${dir}`);
    assertInside(root, target, shown);
    return { ...file, target, shown };
  });
  const folder = targets.find((t) => isDirectory(t.target));
  if (folder) throw new UsageError(`${folder.shown}: is a directory, where a file would be written (nothing was written)`);
  const existing = targets.filter((t) => isTaken(t.target));
  if (existing.length && !force) {
    const more = existing.length > 1 ? ` (and ${existing.length - 1} more)` : '';
    throw new UsageError(`${existing[0].shown}: the file exists${more}; pass --force to overwrite (nothing was written)`);
  }
  for (const t of targets) {
    try {
      fs.mkdirSync(path.dirname(t.target), { recursive: true });
      replaceFile(t.target, t.text);
      if (t.executable) fs.chmodSync(t.target, 0o755);
    } catch (error) {
      throw new UsageError(`${t.shown}: ${writeProblem(error)}`);
    }
  }
  return targets.map((t) => t.shown);
}

/**
 * True when anything is at `file`, a symbolic link included, even one whose target does not exist (`existsSync`
 * follows links, so a dangling link would look free and be written through).
 */
function isTaken(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `text` to `file`, replacing a symbolic link there instead of writing through it: its target may be
 * anywhere, outside the output the user chose.
 */
function replaceFile(file: string, text: string): void {
  if (isSymbolicLink(file)) fs.unlinkSync(file);
  fs.writeFileSync(file, text);
}

/**
 * Checks that `file` would land inside `root` once links are followed: a folder on the way may be a symbolic link
 * that points elsewhere. Folders that do not exist yet are created by us, inside `root`.
 */
function assertInside(root: string, file: string, shown: string): void {
  const absoluteRoot = path.resolve(root);
  let dir = path.dirname(path.resolve(file));
  while (!fs.existsSync(dir) && dir !== absoluteRoot && dir !== path.dirname(dir)) dir = path.dirname(dir);
  // Nothing of the way exists yet below the root: we create it all, inside.
  if (!fs.existsSync(dir)) return;
  const realRoot = fs.realpathSync(absoluteRoot);
  const realDir = fs.realpathSync(dir);
  if (realDir !== realRoot && !realDir.startsWith(realRoot + path.sep)) {
    throw new UsageError(`${shown}: would be written outside the output directory (a folder on the way is a link)`);
  }
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
