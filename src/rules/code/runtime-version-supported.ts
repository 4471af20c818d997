import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { knownString, masterImageOf, missingField, show } from '../values';
import { endOfSupportFix } from './end-of-support-fix';

/** Package jobs name a runtime version that the catalog knows and that is not past its end of support. */
export const RUNTIME_VERSION_SUPPORTED: Rule = {
  id: 'MLJ-CODE-005',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'A package job sets trainingInput.runtimeVersion to a runtime the catalog knows, not past its end of support.',
  rationale: 'Without a runtime version the service falls back to an old default; unknown or retired runtimes fail at submission.',
  source: SOURCES.runtimes,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input || masterImageOf(input) !== undefined) return [];
    if (input.runtimeVersion === undefined || input.runtimeVersion === null) {
      // Required since January 2020 for package jobs; before, the service fell back to runtime 1.0.
      return [{ ...missingField(ctx, 'trainingInput.runtimeVersion', 'trainingInput.runtimeVersion is not set; package jobs need a runtime version such as 2.11.', '--runtime-version'), ...(ctx.completeness === 'complete' ? { severity: 'error' as const } : {}) }];
    }
    const runtime = knownString(input.runtimeVersion);
    if (!runtime) return [];
    const fact = ctx.catalog.runtimeVersion(runtime);
    const violations: Violation[] = [];
    if (!fact) {
      const known = ctx.catalog.data.runtimeVersions.map((r) => r.version).join(', ');
      violations.push({ path: 'trainingInput.runtimeVersion', message: `trainingInput.runtimeVersion is ${show(runtime)}, which the catalog (${ctx.catalog.data.version}) does not know; known: ${known}.` });
    } else if (fact.endOfSupport && fact.endOfSupport <= ctx.today) {
      violations.push({
        path: 'trainingInput.runtimeVersion',
        message: `trainingInput.runtimeVersion is ${show(runtime)}, past its end of support (${fact.endOfSupport}).`,
        fix: endOfSupportFix('training', fact.endOfSupport, ctx.today),
      });
    }
    return violations;
  },
};
