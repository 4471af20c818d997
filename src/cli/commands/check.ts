import * as fs from 'fs';
import * as path from 'path';
import { Command } from 'commander';
import { CheckReport } from '../../report/check-report';
import { configEntryError, DEFAULT_CONFIG, FailOn, PolicyConfig, findConfig } from '../../policy/config';
import type * as loadConfigModule from '../../policy/load-config';
import { POLICY_PACK_NAMES } from '../../policy/packs/all-packs';
import { buildPolicy, isFailing } from '../../policy/policy';
import { relativeLocations } from '../../policy/relative-locations';
import { renderGithub } from '../../policy/reporters/github';
import { renderJson } from '../../policy/reporters/json';
import { renderJunit } from '../../policy/reporters/junit';
import { renderMarkdown } from '../../policy/reporters/markdown';
import { renderSarif } from '../../policy/reporters/sarif';
import { renderText } from '../../policy/reporters/text';
import { inCodeSuppressions } from '../../policy/resource-suppressions';
import { runChecks } from '../../policy/run-checks';
import { locationRoot } from '../../model/source-location';
import { printable } from '../../read/printable';
import { readAllCheckSubjects } from '../check-subjects';
import { CliIo } from '../cli-io';
import { withFieldPositions } from '../job-file-positions';
import { addCatalogDateOutputOptions, catalogOption, failOnOption, todayOption } from '../options';
import { packageVersion } from '../package-version';
import { UsageError } from '../usage-error';
import { writeFilesInto, writeOutput } from '../write-output';

/** The report formats of `mljob check`, and the file each gets in `--output-dir`. */
const CHECK_REPORT_FILES = {
  text: 'mljob-check.txt',
  json: 'mljob-check.json',
  sarif: 'mljob-check.sarif',
  junit: 'mljob-check.junit.xml',
  github: 'mljob-check.github.txt',
  markdown: 'mljob-check.md',
} as const;

type CheckFormat = keyof typeof CHECK_REPORT_FILES;
const FORMATS = Object.keys(CHECK_REPORT_FILES) as CheckFormat[];

/** Options of `mljob check`. */
interface CheckOptions {
  format: string;
  failOn?: string;
  /** A file, or false for `--no-config`. */
  config?: string | false;
  pack?: string[];
  outputDir?: string;
  showSuppressed?: boolean;
  allowPlugins?: boolean;
  complete?: boolean;
  partial?: boolean;
  catalog?: string;
  today?: string;
  out?: string;
  force?: boolean;
}

/** `mljob check [INPUT…]`: the rule engine and the policy packs over synthesized stacks, plans and job files. */
export function registerCheck(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const command = program
    .command('check')
    .description('check jobs against the API and platform rules and the policy packs of mljob.config.yaml: a cdktf output directory, cdk.tf.json, a plan JSON, a job JSON or a gcloud config.yaml')
    .argument('[inputs...]', 'files or directories (default: cdktf.out)')
    .option('--config <file>', 'the policy configuration (default: mljob.config.yaml found from the first input up to the repository root)')
    .option('--no-config', 'ignore any mljob.config.yaml: api and platform rules only, unless --pack')
    .option('--pack <names>', `enable policy packs instead of the configuration's: ${POLICY_PACK_NAMES.join(', ')}, all or none (comma-separated or repeated)`, collect, undefined)
    .option('--format <formats>', `${FORMATS.join('|')}; several, comma-separated, with --output-dir`, 'text')
    .option('--output-dir <dir>', `write each --format to a file in DIR (${Object.values(CHECK_REPORT_FILES).join(', ')}) and the text report to standard output`)
    .option('--fail-on <severity>', "exit 1 when a finding is at or above this severity: error|warning|info|never (default: the configuration's failOn, else error)")
    .option('--show-suppressed', 'list suppressed findings and their reasons in the text report')
    .option('--allow-plugins', 'load the plugins of a mljob.config.yaml found below the repository root, in the checked folder (plugins run code)')
    .option('--complete', 'treat every job file as a complete job (missing required fields are errors)')
    .option('--partial', 'treat every job file as a gcloud --config file (fields the command line supplies are info)');
  // Both land in `options.config`, the last one winning; saying both is a mistake worth a word.
  const said = new Set<string>();
  command.on('option:config', () => said.add('config')).on('option:no-config', () => said.add('no-config'));
  addCatalogDateOutputOptions(command, 'report (one format)')
    .action((inputs: string[], options: CheckOptions) => {
      if (said.has('config') && said.has('no-config')) throw new UsageError('--config and --no-config exclude each other');
      const formats = formatsOption(options.format, options.outputDir);
      if (options.complete && options.partial) throw new UsageError('--complete and --partial exclude each other');
      if (options.out && options.outputDir) throw new UsageError('--out and --output-dir exclude each other');
      const failOnFlag = options.failOn === undefined ? undefined : failOnOption(options.failOn);
      const today = todayOption(options.today);
      const sources = inputs.length ? inputs : ['cdktf.out'];

      const config = configOf(options.config, sources[0], options.allowPlugins === true);
      const policy = buildPolicy(config, {
        ...(options.pack ? { packs: packsOption(options.pack) } : {}),
        ...(failOnFlag ? { failOn: failOnFlag } : {}),
      });
      const completeness = options.complete ? 'complete' : options.partial ? 'partial' : undefined;
      const subjects = readAllCheckSubjects(sources, completeness ? { completeness } : {});
      // Suppressions written in code (`MlJobChecks.suppress`) travel in the synthesized resource's metadata.
      const targets = [
        ...subjects.jobs.map(({ resource, job, completeness: kind, location, raw }) => ({
          resource, job, completeness: kind, location, ...(raw ? { suppressions: inCodeSuppressions(resource, raw, location) } : {}),
        })),
        ...subjects.customJobs.map(({ resource, customJob, region, completeness: kind, location, raw }) => ({
          resource, customJob, ...(region !== undefined ? { region } : {}), completeness: kind, location, ...(raw ? { suppressions: inCodeSuppressions(resource, raw, location) } : {}),
        })),
      ];
      for (const subject of subjects.customJobs) for (const warning of subject.warnings) io.err(`mljob: warning: ${printable(`${subject.resource}: ${warning}`)}\n`);
      // Findings of job files point at the line of their field (synthesized jobs carry theirs already).
      const jobFiles = new Set([...subjects.jobs, ...subjects.customJobs].filter((subject) => !subject.raw).map((subject) => subject.location.file));
      const report = relativeLocations(
        withFieldPositions(runChecks(targets, policy, { catalog: catalogOption(options.catalog), ...(today ? { today } : {}) }), jobFiles),
        locationRoot(),
      );
      const render = (format: CheckFormat): string => renderReport(report, format, policy.failOn, options.showSuppressed === true);

      if (options.outputDir) {
        writeFilesInto(options.outputDir, formats.map((format) => ({ path: CHECK_REPORT_FILES[format], text: render(format) })), options.force);
        io.out(render('text'));
      } else {
        writeOutput(io, render(formats[0]), options.out, options.force);
      }
      setExitCode(isFailing(report.summary, policy.failOn) ? 1 : 0);
    });
}

/** One report in one format. */
function renderReport(report: CheckReport, format: CheckFormat, failOn: FailOn, showSuppressed: boolean): string {
  switch (format) {
    case 'text': return renderText(report, { showSuppressed });
    case 'json': return renderJson(report);
    case 'sarif': return renderSarif(report, { toolVersion: packageVersion() });
    case 'junit': return renderJunit(report, { failOn });
    case 'github': return renderGithub(report);
    case 'markdown': return renderMarkdown(report, { failOn });
  }
}

/**
 * The configuration: `--config FILE`, none for `--no-config`, else the nearest `mljob.config.yaml` from the first
 * input (or the working directory when the input does not exist yet) up to the repository root.
 */
function configOf(option: string | false | undefined, firstInput: string, allowPlugins: boolean): PolicyConfig {
  if (option === false) return DEFAULT_CONFIG;
  const file = typeof option === 'string' ? option : nearestConfig(firstInput);
  if (file === undefined) return DEFAULT_CONFIG;
  // The reader (YAML and validation) is loaded only when there is a file to read.
  const { loadConfig } = require('../../policy/load-config') as typeof loadConfigModule;
  const config = loadConfig(file);
  // Plugins are code: a configuration found inside the checked folder (a pull request can add one) does not get to
  // run it. The repository's own configuration, at its root, does; so does one named with --config.
  if (config.plugins.length && typeof option !== 'string' && !allowPlugins && !fs.existsSync(path.join(path.dirname(path.resolve(file)), '.git'))) {
    throw configEntryError(config, 'plugins[0]', 'plugins run code, and this configuration was found below the repository root (in the checked folder); pass --allow-plugins to load them, or name the file with --config');
  }
  return config;
}

/** The nearest `mljob.config.yaml`, named as the user would type it: relative to the working directory when under it. */
function nearestConfig(firstInput: string): string | undefined {
  const found = findConfig(fs.existsSync(firstInput) ? firstInput : process.cwd());
  if (!found) return undefined;
  const relative = path.relative(process.cwd(), found);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : found;
}

/** `--format`: one format, or several (comma-separated) with `--output-dir`. */
function formatsOption(value: string, outputDir: string | undefined): CheckFormat[] {
  const formats = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  for (const format of formats) {
    if (!(FORMATS as string[]).includes(format)) throw new UsageError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
  }
  if (formats.length === 0) throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}`);
  if (formats.length > 1 && !outputDir) throw new UsageError('--format: several formats need --output-dir (one file each)');
  return [...new Set(formats)] as CheckFormat[];
}


/** `--pack`: pack names, `all`, or `none`. */
function packsOption(values: readonly string[]): string[] {
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  const packs = new Set<string>();
  for (const name of names) {
    if (name === 'none') continue;
    if (name === 'all') POLICY_PACK_NAMES.forEach((pack) => packs.add(pack));
    else if (POLICY_PACK_NAMES.includes(name)) packs.add(name);
    else throw new UsageError(`--pack: unknown pack "${name}"; use ${POLICY_PACK_NAMES.join(', ')}, all or none`);
  }
  return POLICY_PACK_NAMES.filter((pack) => packs.has(pack));
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

