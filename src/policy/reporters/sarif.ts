import { createHash } from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Severity } from '../../rules/rule';
import { CheckReport, ReportFinding, ReportRule, SuppressedFinding } from '../../report/check-report';
import { rulesOf } from './report-parts';

/** Options of the SARIF report. */
export interface SarifReportOptions {
  /** `tool.driver.name`. Default `mljob`. */
  readonly toolName?: string;
  /** `tool.driver.semanticVersion`, e.g. the package version. Default none. */
  readonly toolVersion?: string;
  /** `tool.driver.informationUri`. Default the project's repository. */
  readonly informationUri?: string;
  /** `automationDetails.id` (`mljob/training/`), to keep several uploads of one repository apart. Default none. */
  readonly category?: string;
  /** The file findings without a location point at (e.g. the `cdk.tf.json` checked). Default none. */
  readonly fallbackFile?: string;
}

const INFORMATION_URI = 'https://github.com/cdktf-gcp-ml-jobs/cdktf-gcp-ml-jobs';
const LEVELS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The report as a SARIF 2.1.0 log that GitHub code scanning accepts:
 *
 * - `tool.driver.rules`: every rule that ran, with its summary, rationale (`help` text and markdown), source link and
 *   default level.
 * - `results`: one per finding, with `ruleId`, `ruleIndex`, `level`, `message`, a `partialFingerprints` entry (rule,
 *   resource and field, so alerts survive unrelated edits) and a location: the file and line when the finding has
 *   `location.line`; otherwise the file at line 1 (GitHub requires `region.startLine`) with the resource and the JSON
 *   pointer as logical locations.
 * - Suppressed findings are results with `suppressions` (`external` for the configuration, `inSource` for code).
 *
 * Built as plain objects rather than with node-sarif-builder: its builders copy only the keys they predefine, so
 * locations, suppressions, fingerprints and rule help would have to be patched into their internals anyway.
 */
export function renderSarif(report: CheckReport, options: SarifReportOptions = {}): string {
  const rules = rulesOf(report);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = [
    ...report.findings.map((finding) => result(finding, ruleIndex, options)),
    ...(report.suppressed ?? []).map((finding) => ({ ...result(finding, ruleIndex, options), suppressions: [suppressionOf(finding)] })),
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: options.toolName ?? 'mljob',
          ...(options.toolVersion ? { semanticVersion: options.toolVersion } : {}),
          informationUri: options.informationUri ?? INFORMATION_URI,
          rules: rules.map(descriptor),
        },
      },
      ...(options.category ? { automationDetails: { id: options.category.endsWith('/') ? options.category : `${options.category}/` } } : {}),
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A `reportingDescriptor` of a rule. */
function descriptor(rule: ReportRule): object {
  const why = rule.rationale ? `\n\nWhy: ${rule.rationale}` : '';
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    ...(rule.rationale ? { fullDescription: { text: rule.rationale } } : {}),
    helpUri: rule.source,
    help: {
      text: `${rule.summary}${why}\n\nSource: ${rule.source}`,
      markdown: `**${rule.id}**: ${rule.summary}${rule.rationale ? `\n\n**Why:** ${rule.rationale}` : ''}\n\n[Source](${rule.source})`,
    },
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: { tags: ['mljob', ...(rule.kind ? [rule.kind] : []), area(rule.id)] },
  };
}

/** A `result` of a finding. */
function result(finding: ReportFinding, ruleIndex: Map<string, number>, options: SarifReportOptions): { [key: string]: unknown } {
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: LEVELS[finding.severity],
    message: { text: `${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''}` },
    locations: [locationOf(finding, options)],
    partialFingerprints: { 'mljobFinding/v1': fingerprint(finding) },
    properties: { resource: finding.resource, ...(finding.path ? { path: finding.path } : {}), source: finding.source },
  };
}

/** The location of a finding: physical (file and line, or line 1) and logical (resource, JSON pointer). */
function locationOf(finding: ReportFinding, options: SarifReportOptions): object {
  const file = finding.location?.file ?? options.fallbackFile;
  const line = finding.location?.line;
  const logical = [
    { fullyQualifiedName: finding.resource, kind: 'resource' },
    ...(finding.location?.pointer ? [{ fullyQualifiedName: finding.location.pointer, kind: 'object' }] : []),
  ];
  return {
    ...(file
      ? {
        physicalLocation: {
          artifactLocation: { uri: toUri(file) },
          region: { startLine: line ?? 1, ...(line !== undefined && finding.location?.column !== undefined ? { startColumn: finding.location.column } : {}) },
        },
      }
      : {}),
    logicalLocations: logical,
  };
}

function suppressionOf(finding: SuppressedFinding): object {
  return {
    kind: finding.suppression.origin === 'config' ? 'external' : 'inSource',
    status: 'accepted',
    justification: `${finding.suppression.reason}${finding.suppression.expires ? ` (until ${finding.suppression.expires})` : ''}`,
  };
}

/** A relative path as a relative URI reference (GitHub resolves it from the checkout); an absolute one as file://. */
function toUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]+/).filter((part) => part !== '.').map(encodeURIComponent).join('/');
}

/** A stable id of a finding across runs: its rule, resource and field, not its message or line. */
function fingerprint(finding: ReportFinding): string {
  return createHash('sha256').update(`${finding.ruleId}\u0000${finding.resource}\u0000${finding.path}`).digest('hex').slice(0, 32);
}

/** The area of a rule id: `MLJ-SEC-001` → `sec`. */
function area(id: string): string {
  return id.split('-')[1]?.toLowerCase() ?? id.toLowerCase();
}
