import { isAscii } from 'buffer';
import * as fs from 'fs';
import { InputFileError } from './input-file-error';

/**
 * The largest file mljob reads: 64 MiB. A job file is a few kilobytes, and the synthesized stacks or Terraform state
 * of a large project a few megabytes; a larger file is a mistake (or an attack), and reading it would only use up
 * memory and time.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Makes the error for a file that cannot be read; by default an `InputFileError` naming the whole file. */
export type InputFileFailure = (file: string, problem: string) => Error;

const inputFileError: InputFileFailure = (file, problem) => new InputFileError(file, '', problem);

/**
 * The text of a file the user named, read within bounds: a regular file only (a device such as `/dev/zero` never
 * ends; a FIFO or `/dev/stdin` can block forever), of at most `MAX_INPUT_BYTES`; UTF-8, a leading byte-order mark
 * removed. Every reader of user files (job files, Terraform files, synthesized stacks, states, plans, the policy
 * configuration, catalog and quota files) goes through this one function.
 *
 * The file is opened without blocking (opening a FIFO would wait for a writer), checked on the open descriptor (a
 * rename in between changes nothing), and read up to the limit only, in case it grows while it is read.
 */
export function readInputFile(file: string, fail: InputFileFailure = inputFileError): string {
  const io = <T>(call: () => T): T => {
    try {
      return call();
    } catch (error) {
      throw fail(file, fileSystemProblem(error));
    }
  };
  const fd = io(() => fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)));
  try {
    const stat = io(() => fs.fstatSync(fd));
    if (stat.isDirectory()) throw fail(file, 'is a directory, expected a file');
    if (!stat.isFile()) throw fail(file, `not a regular file (${kindOf(stat)}); mljob reads regular files only`);
    if (stat.size > MAX_INPUT_BYTES) throw fail(file, tooLarge());
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      const read = io(() => fs.readSync(fd, buffer, length, buffer.length - length, null));
      if (read === 0) break;
      length += read;
      if (length === buffer.length) {
        // Grown since fstat: past the limit is refused; under it, what there was at the open is read.
        if (length > MAX_INPUT_BYTES) throw fail(file, tooLarge());
        length--;
        break;
      }
    }
    // Most inputs are ASCII, whose Latin-1 decoding is the same text and a plain copy; UTF-8 decoding costs about as
    // much as parsing the JSON.
    const text = isAscii(buffer.subarray(0, length)) ? buffer.toString('latin1', 0, length) : buffer.toString('utf8', 0, length);
    return text.replace(/^\uFEFF/, '');
  } finally {
    fs.closeSync(fd);
  }
}

/** A short reason for a file-system error: `no such file`, `permission denied`, … */
export function fileSystemProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, expected a file';
    case 'ENOTDIR': return 'no such file (a part of the path is not a directory)';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return `cannot read the file (${code ?? (error as Error).message})`;
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function tooLarge(): string {
  return `the file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most mljob reads`;
}
