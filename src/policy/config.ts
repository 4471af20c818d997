import * as fs from 'fs';
import * as path from 'path';
import { InputFileError } from '../read/input-file-error';
import { Severity } from '../rules/rule';

/** The names `findConfig` looks for, in this order. */
export const CONFIG_FILE_NAMES: readonly string[] = ['mljob.config.yaml', 'mljob.config.yml'];

/** A rule's severity as configured: a severity, or `off` to not run the rule. */
export type ConfiguredSeverity = Severity | 'off';

/** The lowest severity that fails a check (exit code 1, failed synth), or `never`. */
export type FailOn = Severity | 'never';

/** What the configuration says about one rule. */
export interface RuleSettings {
  /** Replaces the rule's severity; `off` disables it. Per-finding severities of a rule (e.g. `info` on partial files) are only ever lowered. */
  readonly severity?: ConfiguredSeverity;
  /** The rule's parameters (validated against the rule's declared parameters when the policy is built). */
  readonly parameters?: { readonly [name: string]: unknown };
}

/** A suppression written in the configuration file. */
export interface ConfiguredSuppression {
  /** The rule id, exactly. */
  readonly rule: string;
  /** A glob (picomatch) over report resources, e.g. `training/**` or `training/legacy_*`. */
  readonly resource: string;
  /** Why the finding is accepted; a suppression without one does not apply and is itself a finding. */
  readonly reason?: string;
  /** `YYYY-MM-DD`: the last day the suppression applies. */
  readonly expires?: string;
}

/** A 1-based position in the configuration file. */
export interface ConfigPosition {
  readonly line: number;
  readonly column: number;
}

/** A validated `mljob.config.yaml`. */
export interface PolicyConfig {
  /** The file it was read from, as given; undefined for the defaults. */
  readonly file?: string;
  /** The enabled policy packs; the built-in api and platform rules always run. Default none. */
  readonly packs: readonly string[];
  /** The lowest severity that fails the check. Default `error`. */
  readonly failOn: FailOn;
  /** Per-rule severity and parameters, by rule id. */
  readonly rules: { readonly [ruleId: string]: RuleSettings };
  /** Modules exporting `rules: Rule[]`, as absolute paths (relative ones are resolved from the file's folder). */
  readonly plugins: readonly string[];
  readonly suppressions: readonly ConfiguredSuppression[];
  /**
   * Positions of entries for later errors and findings, by path: `rules.<id>`, `rules.<id>.parameters.<name>`,
   * `plugins[<i>]`, `suppressions[<i>]`, `packs[<i>]`.
   */
  readonly positions: { readonly [entryPath: string]: ConfigPosition };
}

/** The configuration used when there is no file: no packs, fail on errors. */
export const DEFAULT_CONFIG: PolicyConfig = { packs: [], failOn: 'error', rules: {}, plugins: [], suppressions: [], positions: {} };

/**
 * The nearest configuration file for `start` (a file or a folder): `mljob.config.yaml` (or `.yml`) in its folder or
 * the closest parent folder, stopping at the root of the repository (a folder with `.git`) or of the file system.
 * Returns undefined when there is none.
 */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  if (isFile(dir)) dir = path.dirname(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    // A configuration above the repository belongs to something else.
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** The error of a problem found after parsing (an unknown rule id, a bad parameter), at the entry's position. */
export function configEntryError(config: PolicyConfig, entryPath: string, problem: string): Error {
  const position = config.positions[entryPath];
  if (!config.file) return new Error(`${entryPath}: ${problem}`);
  return new InputFileError(config.file, position ? `${position.line}:${position.column}` : entryPath, problem);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
