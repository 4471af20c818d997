import { Command, CommanderError } from 'commander';
import { CatalogFileError } from '../catalog/catalog-file-error';
import { errorLine } from '../read/error-line';
import { ExportError } from '../import/export-error';
import { InputFileError } from '../read/input-file-error';
import { CliIo, processIo } from './cli-io';
import type * as catalogCommand from './commands/catalog';
import type * as checkCommand from './commands/check';
import type * as emulatorCommand from './commands/emulator';
import type * as explainCommand from './commands/explain';
import type * as exportCommand from './commands/export';
import type * as importCommand from './commands/import';
import type * as migrateCommand from './commands/migrate';
import type * as planCommand from './commands/plan';
import type * as providerCommand from './commands/provider';
import { packageVersion } from './package-version';
import { UsageError } from './usage-error';

/** Exit codes of every command: 0 clean, 1 findings at or above the threshold, 2 usage or input error. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

type Register = (program: Command, io: CliIo, setExitCode: (code: number) => void) => void;

/**
 * Every command, in the order help lists them, each loaded only when it is registered: a command module brings in
 * what it runs (the rule engine, the plan simulator, the code generator…), and `mljob --version` or `mljob check`
 * should not pay for the others.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Register]> = [
  ['plan', () => (require('./commands/plan') as typeof planCommand).registerPlan],
  ['check', () => (require('./commands/check') as typeof checkCommand).registerCheck],
  ['catalog', () => (require('./commands/catalog') as typeof catalogCommand).registerCatalog],
  ['explain', () => (require('./commands/explain') as typeof explainCommand).registerExplain],
  ['import', () => (require('./commands/import') as typeof importCommand).registerImport],
  ['export', () => (require('./commands/export') as typeof exportCommand).registerExport],
  ['migrate', () => (require('./commands/migrate') as typeof migrateCommand).registerMigrate],
  ['provider', () => (require('./commands/provider') as typeof providerCommand).registerProvider],
  ['emulator', () => (require('./commands/emulator') as typeof emulatorCommand).registerEmulator],
];

/**
 * The commands to register for these arguments: the one named first, none for `--version`, every one otherwise
 * (help, `help COMMAND`, and the suggestions after a mistyped command need them all).
 */
function commandsFor(args: readonly string[]): ReadonlyArray<readonly [string, () => Register]> {
  const first = args[0];
  if (first === '-V' || first === '--version') return [];
  const named = COMMANDS.find(([name]) => name === first);
  return named ? [named] : COMMANDS;
}

/**
 * Runs `mljob` with the arguments after the program name and returns the exit code. Usage and input errors print
 * one line on standard error (never a stack trace) and return 2.
 */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.clean;
  // Commander's own errors (`unknown command 'chek'` and its `(Did you mean check?)`) as one `mljob:` line too.
  const output = {
    writeOut: (text: string) => io.out(text),
    writeErr: (text: string) => io.err(text),
    outputError: (text: string, write: (text: string) => void) => write(`mljob: ${errorLine(text.replace(/^error: /, ''))}\n`),
  };
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  const program = new Command('mljob')
    .description('Offline plan, checks, import and export for Google Cloud ML Engine jobs defined with cdktf-gcp-ml-jobs.')
    .version(packageVersion(), '-V, --version', 'print the version of mljob')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput(output);
  for (const [, load] of commandsFor(args)) load()(program, io, setExitCode);
  for (const command of program.commands) command.exitOverride().configureOutput(output);

  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its one line already; --help and --version are not errors.
      return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof InputFileError || error instanceof CatalogFileError || error instanceof ExportError) {
      io.err(`mljob: ${errorLine(error.message)}\n`);
      return EXIT.usage;
    }
    // Anything else is our bug; still one line, and say where to report it.
    io.err(`mljob: internal error: ${errorLine((error as Error).message ?? String(error))} (please report this)\n`);
    return EXIT.usage;
  }
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
