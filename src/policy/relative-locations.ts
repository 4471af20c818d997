import * as path from 'path';
import { relativeToRoot } from '../model/source-location';
import { CheckReport, FindingLocation, ReportFinding } from '../report/check-report';

/**
 * The report with every location file relative to `root` (the repository root, `locationRoot`), with `/`
 * separators: code scanning (SARIF), workflow annotations and PR comments resolve files from the repository root,
 * whichever folder `mljob check` ran in. Relative files are first resolved against `cwd`, where the user typed
 * them. Files outside `root` become absolute.
 */
export function relativeLocations(report: CheckReport, root: string, cwd: string = process.cwd()): CheckReport {
  const relocate = <T extends ReportFinding>(finding: T): T => {
    const location = finding.location;
    if (!location) return finding;
    const file = relativeToRoot(path.resolve(cwd, location.file), root);
    return file === location.file ? finding : { ...finding, location: { ...location, file } as FindingLocation };
  };
  return {
    ...report,
    findings: report.findings.map(relocate),
    ...(report.suppressed ? { suppressed: report.suppressed.map(relocate) } : {}),
  };
}
