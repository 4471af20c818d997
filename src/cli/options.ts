import { Command } from 'commander';
import { Catalog } from '../catalog/catalog';
import type * as loadCatalogModule from '../catalog/load-catalog';
import { FailOn } from '../policy/config';
import { UsageError } from './usage-error';

/** `--fail-on` values, strongest first; `never` reports without failing. */
const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** Checks `--format` (or the option `flag` names, such as `--to`) against the values a command takes. */
export function formatOption<T extends string>(value: string, formats: readonly T[], flag = '--format'): T {
  if (!(formats as readonly string[]).includes(value)) throw new UsageError(`${flag}: "${value}" is not one of ${formats.join(', ')}`);
  return value as T;
}

/** Checks `--fail-on`. */
export function failOnOption(value: string): FailOn {
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(value)) throw new UsageError(`--fail-on: "${value}" is not one of ${FAIL_ON_LEVELS.join(', ')}`);
  return value as FailOn;
}

/** Checks `--today` (YYYY-MM-DD), the date end-of-support rules compare with; default: today (UTC). */
export function todayOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // Date.parse accepts 2026-02-30 (it rolls over); a real date survives the round trip.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw new UsageError(`--today: "${value}" is not a date (YYYY-MM-DD)`);
  return value;
}

/** The built-in catalog, or the one `--catalog FILE` extends. */
export function catalogOption(file: string | undefined): Catalog {
  if (!file) return Catalog.default();
  // The file reader (YAML and validation) is loaded only when there is a file to read.
  const { loadCatalogFile } = require('../catalog/load-catalog') as typeof loadCatalogModule;
  return loadCatalogFile(file);
}

/** The options `plan` and `check` share: format, fail threshold, and the catalog, date and output options. */
export function addReportOptions(command: Command, formats: readonly string[], what: string): Command {
  command
    .option('--format <format>', formats.join('|'), formats[0])
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity: error|warning|info|never', 'error');
  return addCatalogDateOutputOptions(command, what);
}

/** `--catalog`, `--today`, `--out` and `--force`. */
export function addCatalogDateOutputOptions(command: Command, what: string): Command {
  return command
    .option('--catalog <file>', 'a catalog override file (JSON/YAML) merged over the built-in facts; format: docs/CATALOG.md')
    .option('--today <date>', 'the date end-of-support rules and suppression expiry compare with (YYYY-MM-DD; default: today)')
    .option('--out <file>', `write the ${what} to a file instead of standard output`)
    .option('--force', 'overwrite existing output files');
}
