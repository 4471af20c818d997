import { FieldLocator, fieldPositions } from '../read/field-position';
import { readInputFile } from '../read/read-input-file';
import { CheckReport, ReportFinding } from '../report/check-report';

/**
 * The report with the line and column of each finding's field in the job file it came from (`jobFiles`: the JSON and
 * YAML job files read, as located): code scanning and workflow annotations then mark the line of the field, not the
 * top of the file. A finding whose field cannot be placed (a shell script of gcloud commands, a job at the top level)
 * keeps the file alone. Each file is read and parsed once, and only when it has findings.
 */
export function withFieldPositions(report: CheckReport, jobFiles: ReadonlySet<string>): CheckReport {
  const locators = new Map<string, FieldLocator>();
  const place = <T extends ReportFinding>(finding: T): T => {
    const location = finding.location;
    if (!location || location.line !== undefined || !jobFiles.has(location.file) || !finding.path) return finding;
    let locate = locators.get(location.file);
    if (!locate) {
      const text = readOrUndefined(location.file);
      locate = text === undefined ? () => undefined : fieldPositions(text);
      locators.set(location.file, locate);
    }
    const position = locate(location.pointer, finding.path);
    return position ? { ...finding, location: { ...location, line: position.line, column: position.column } } : finding;
  };
  return {
    ...report,
    findings: report.findings.map(place),
    ...(report.suppressed ? { suppressed: report.suppressed.map(place) } : {}),
  };
}

/** The file's text; undefined when it cannot be read again (it was read moments ago: a finding without a line is fine). */
function readOrUndefined(file: string): string | undefined {
  try {
    return readInputFile(file);
  } catch {
    return undefined;
  }
}
