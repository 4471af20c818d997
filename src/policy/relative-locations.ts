import * as path from 'path';
import { CheckReport, FindingLocation, ReportFinding } from './check-report';

/**
 * The report with every absolute location file under `base` made relative to it, with `/` separators. Code
 * scanning (SARIF), workflow annotations and PR comments resolve files from the repository root, and an absolute
 * path (a construct's source file from a cdktf stack trace) would name the CI runner's checkout instead.
 * Files outside `base` are left as they are.
 */
export function relativeLocations(report: CheckReport, base: string): CheckReport {
  const root = path.resolve(base);
  const relocate = <T extends ReportFinding>(finding: T): T => {
    const location = finding.location;
    if (!location) return finding;
    const file = relativeFile(location.file, root);
    return file === location.file ? finding : { ...finding, location: { ...location, file } as FindingLocation };
  };
  return {
    ...report,
    findings: report.findings.map(relocate),
    ...(report.suppressed ? { suppressed: report.suppressed.map(relocate) } : {}),
  };
}

function relativeFile(file: string, root: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).join('/');
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file;
  return relative.split(path.sep).join('/');
}
