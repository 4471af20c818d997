import { Command, CommanderError } from 'commander';
import { CatalogFileError } from '../catalog/load-catalog';
import { ExportError } from '../import/export-error';
import { InputFileError } from '../import/input-file-error';
import { CliIo, processIo } from './cli-io';
import { registerCatalog } from './commands/catalog';
import { registerCheck } from './commands/check';
import { registerExplain } from './commands/explain';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerPlan } from './commands/plan';
import { registerProvider } from './commands/provider';
import { packageVersion } from './package-version';
import { UsageError } from './usage-error';

/** Exit codes of every command: 0 clean, 1 findings at or above the threshold, 2 usage or input error. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/**
 * Runs `mljob` with the arguments after the program name and returns the exit code. Usage and input errors print
 * one line on standard error (never a stack trace) and return 2.
 */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.clean;
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  const program = new Command('mljob')
    .description('Offline plan, checks, import and export for Google Cloud ML Engine jobs defined with cdktf-gcp-ml-jobs.')
    .version(packageVersion(), '-V, --version', 'print the version of mljob')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });
  registerPlan(program, io, setExitCode);
  registerCheck(program, io, setExitCode);
  registerCatalog(program, io);
  registerExplain(program, io);
  registerImport(program, io);
  registerExport(program, io);
  registerProvider(program, io);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });

  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its one line already; --help and --version are not errors.
      return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof InputFileError || error instanceof CatalogFileError || error instanceof ExportError) {
      io.err(`mljob: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    // Anything else is our bug; still one line, and say where to report it.
    io.err(`mljob: internal error: ${oneLine((error as Error).message ?? String(error))} (please report this)\n`);
    return EXIT.usage;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The `mljob` executable's entry point. */
export function main(): void {
  // `mljob check | head` closes the pipe early: stop quietly, as other command-line tools do, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.clean);
    throw error;
  });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.usage;
    },
  );
}
