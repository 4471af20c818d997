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
  if (fs.existsSync(file) && !force) throw new UsageError(`${out}: the file exists; pass --force to overwrite it`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
