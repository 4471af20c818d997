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

describe('readInputFile: text that is not UTF-8', () => {
  function errorOf(file: string): InputFileError {
    try {
      readInputFile(file);
    } catch (error) {
      return error as InputFileError;
    }
    throw new Error(`${file} was read`);
  }

  test('a Latin-1 byte is refused at its line and column, not read as U+FFFD (an import wrote the changed text)', () => {
    // GIVEN a job saved as Latin-1: "é" is the one byte E9
    const file = path.join(tempDir(), 'job.yaml');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('jobId: census_1\nlabels:\n  team: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));

    // THEN
    expect(errorOf(file).message).toBe(`${file}:3:12: not UTF-8 text (byte 0xE9); save the file as UTF-8`);
  });

  test('the place is right after UTF-8 text and a byte-order mark, and a truncated sequence at the end is found', () => {
    const dir = tempDir();
    const cases: Array<[Buffer, string]> = [
      [Buffer.concat([Buffer.from('\uFEFF{"a": "✓é",\n "b": "'), Buffer.from([0xff]), Buffer.from('"}')]), '2:8: not UTF-8 text (byte 0xFF)'],
      [Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xe2, 0x9c])]), '1:8: not UTF-8 text (byte 0xE2)'],
      [Buffer.concat([Buffer.from('x: '), Buffer.from([0xed, 0xa0, 0x80])]), '1:4: not UTF-8 text (byte 0xED)'], // a surrogate
      [Buffer.concat([Buffer.from('x: '), Buffer.from([0xc0, 0xaf])]), '1:4: not UTF-8 text (byte 0xC0)'], // overlong "/"
    ];
    for (const [i, [bytes, expected]] of cases.entries()) {
      const file = path.join(dir, `${i}.json`);
      fs.writeFileSync(file, bytes);
      expect(errorOf(file).message).toBe(`${file}:${expected}; save the file as UTF-8`);
    }
  });

  test('a UTF-16 file (PowerShell\'s > writes one) is named as such', () => {
    const file = path.join(tempDir(), 'jobs.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"jobs": []}', 'utf16le')]));
    expect(errorOf(file).message).toBe(`${file}: UTF-16 (little-endian) text; mljob reads UTF-8: save the file as UTF-8`);
  });

  test('the caller\'s error gets the place too', () => {
    const file = path.join(tempDir(), 'catalog.yaml');
    fs.writeFileSync(file, Buffer.from([0x61, 0x0a, 0x80]));
    expect(() => readInputFile(file, (name, problem, place) => new RangeError(`${name} ${place?.line}:${place?.column} ${problem}`)))
      .toThrow(`${file} 2:1 not UTF-8 text (byte 0x80); save the file as UTF-8`);
  });
});
