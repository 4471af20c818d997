import * as path from 'path';
import { fileURLToPath } from 'url';
import { SourceLocation, relativeToRoot } from '../model/source-location';

/** Frames that are not the project's code: Node itself, installed packages, and the jsii runtime of other languages. */
const NOT_USER_CODE = /[\\/]node_modules[\\/]|^node:|^internal[\\/]|[\\/]jsii[\\/]|[\\/]@jsii[\\/]/;

/**
 * This library's own folders (`src/` under ts-node or jest, `lib/` once compiled). Installed, they sit under
 * node_modules already; from a checkout of this repository (its examples, its tests) they do not, and a factory such
 * as `VertexCustomJob.fromMlEngineTrainingJob` would otherwise be named as the line that created the job.
 */
const LIBRARY_FOLDERS = ['src', 'lib'].map((folder) => path.join(path.resolve(__dirname, '..', '..'), folder) + path.sep);

function isUserCode(file: string): boolean {
  return !NOT_USER_CODE.test(file) && !LIBRARY_FOLDERS.some((folder) => file.startsWith(folder));
}

/**
 * The call site of `constructorFn` (pass `new.target`), from a stack trace captured now: V8 drops the frames of the
 * constructor and everything it called, so the first frame left that is not Node's, an installed package's or this
 * library's own (a factory such as `fromMlEngineTrainingJob`) is the line that created the construct (in a helper
 * function that creates jobs, the helper's line). The file is made
 * relative to `cwd`, the cdktf project folder where `cdktf synth` runs, so that synth output is the same in every
 * checkout; `mljob check` resolves it against the folder that holds the cdktf output directory.
 *
 * Returns undefined when the app runs through jsii from another language: the frames are the jsii runtime's, not
 * the user's code.
 */
export function callerLocation(constructorFn: Function, cwd: string = process.cwd()): SourceLocation | undefined {
  if (process.env.JSII_AGENT) return undefined;
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, constructorFn);
  for (const frame of (holder.stack ?? '').split('\n').slice(1)) {
    const location = parseFrame(frame);
    if (location && isUserCode(location.file)) return { ...location, file: relativeToRoot(location.file, cwd) };
  }
  return undefined;
}

/**
 * `file:line:col` of a V8 stack frame (`at fn (FILE:L:C)` or `at FILE:L:C`), the file as a path (`file:` URLs of ES
 * modules decoded); undefined for frames without a file (`<anonymous>`, `native`).
 */
export function parseFrame(frame: string): SourceLocation | undefined {
  const text = frame.trim().replace(/^at\s+/, '');
  // The location is the last parenthesized group when there is a function name; paths may hold spaces and parentheses.
  const match = /\((.+):(\d+):(\d+)\)$/.exec(text) ?? /^(.+):(\d+):(\d+)$/.exec(text);
  if (!match) return undefined;
  let file = match[1];
  if (file.startsWith('file://')) {
    try {
      file = fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  if (!path.isAbsolute(file) && !path.win32.isAbsolute(file)) return undefined;
  return { file, line: Number(match[2]), column: Number(match[3]) };
}
