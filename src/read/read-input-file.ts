import { isAscii, isUtf8 } from 'buffer';
import * as fs from 'fs';
import { InputFileError } from './input-file-error';
import { lineAndColumn } from './text-position';

/**
 * The largest file mljob reads: 64 MiB. A job file is a few kilobytes, and the synthesized stacks or Terraform state
 * of a large project a few megabytes; a larger file is a mistake (or an attack), and reading it would only use up
 * memory and time.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Makes the error for a file that cannot be read; by default an `InputFileError` naming the whole file, or the 1-based
 * line and column of the problem when there is one (a byte that is not UTF-8).
 */
export type InputFileFailure = (file: string, problem: string, place?: { readonly line: number; readonly column: number }) => Error;

const inputFileError: InputFileFailure = (file, problem, place) => new InputFileError(file, place ? `${place.line}:${place.column}` : '', problem);

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
    const bytes = buffer.subarray(0, length);
    if (isAscii(bytes)) return bytes.toString('latin1');
    // Not UTF-8 is refused, not read with U+FFFD in place of what it held (an import would write the changed text as
    // code): JSON, YAML as gcloud reads it and HCL are UTF-8. A UTF-16 file is what PowerShell's `>` writes.
    if (!isUtf8(bytes)) {
      const bom = UTF16_BOMS.find(([mark]) => bytes.subarray(0, mark.length).equals(mark));
      if (bom) throw fail(file, `${bom[1]} text; mljob reads UTF-8: save the file as UTF-8`);
      const at = firstInvalidUtf8(bytes);
      const place = lineAndColumn(bytes.toString('utf8', 0, at), Number.MAX_SAFE_INTEGER);
      throw fail(file, `not UTF-8 text (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}); save the file as UTF-8`, place);
    }
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
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

const UTF16_BOMS: ReadonlyArray<readonly [Buffer, string]> = [
  [Buffer.from([0xff, 0xfe]), 'UTF-16 (little-endian)'],
  [Buffer.from([0xfe, 0xff]), 'UTF-16 (big-endian)'],
];

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range depends on the lead (no overlong forms, surrogates or code points past U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
