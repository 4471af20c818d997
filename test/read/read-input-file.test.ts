import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputFileError } from '../../src/read/input-file-error';
import { MAX_INPUT_BYTES, readInputFile } from '../../src/read/read-input-file';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-read-'));
}

function problemOf(file: string): string {
  try {
    readInputFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as InputFileError).problem;
  }
  throw new Error(`${file} was read`);
}

describe('readInputFile', () => {
  test('reads a regular file as UTF-8 without its byte-order mark', () => {
    const file = path.join(tempDir(), 'job.json');
    fs.writeFileSync(file, '\uFEFF{"jobId": "é"}');
    expect(readInputFile(file)).toBe('{"jobId": "é"}');
  });

  test('reads ASCII and UTF-8 alike: the ASCII fast path gives the same text', () => {
    const dir = tempDir();
    const texts = ['{"jobId": "census_1", "args": ["--lr=0.1"]}', '{"labels": {"team": "façade ✓ 𝔘"}}', ''];
    for (const [i, text] of texts.entries()) {
      const file = path.join(dir, `${i}.json`);
      fs.writeFileSync(file, text);
      expect(readInputFile(file)).toBe(text);
    }
  });

  test('refuses a device at once instead of reading it forever (/dev/zero was read at 250 MB/s)', () => {
    const start = Date.now();
    expect(problemOf('/dev/zero')).toBe('not a regular file (a character device); mljob reads regular files only');
    expect(Date.now() - start).toBeLessThan(1000);
  });

  test('refuses a link to a device, whatever its name says', () => {
    const link = path.join(tempDir(), 'cdk.tf.json');
    fs.symlinkSync('/dev/zero', link);
    expect(problemOf(link)).toMatch(/^not a regular file \(a character device\)/);
  });

  test('refuses a named pipe without waiting for a writer', () => {
    const fifo = path.join(tempDir(), 'jobs.json');
    execFileSync('mkfifo', [fifo]);
    expect(problemOf(fifo)).toMatch(/^not a regular file \(a named pipe\)/);
  });

  test('refuses a file past the size limit without reading it', () => {
    // GIVEN a sparse file one byte past the limit (no disk space used)
    const file = path.join(tempDir(), 'big.json');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_INPUT_BYTES + 1);
    const start = Date.now();

    // THEN
    expect(problemOf(file)).toBe('the file is larger than 64 MiB, the most mljob reads');
    expect(Date.now() - start).toBeLessThan(1000);
  });

  test('says what is wrong with a path: missing, a directory', () => {
    const dir = tempDir();
    expect(problemOf(path.join(dir, 'missing.json'))).toBe('no such file');
    expect(problemOf(dir)).toBe('is a directory, expected a file');
  });

  test('makes the error the caller asks for', () => {
    expect(() => readInputFile('/dev/zero', (file, problem) => new RangeError(`${file} - ${problem}`))).toThrow(RangeError);
  });
});
