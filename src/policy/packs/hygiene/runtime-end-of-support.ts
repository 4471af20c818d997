import { RuntimeVersionFact } from '../../../catalog/catalog-types';
import { Severity, Violation } from '../../../rules/rule';
import { RuntimeUse, endOfSupportFix } from '../../../rules/code/end-of-support-fix';
import { knownString, show } from '../../../rules/values';
import { PolicyRule, numberParameter } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';

const DAY_MS = 24 * 3600 * 1000;

/** Jobs do not use a runtime version past (or about to reach) its end of support. */
export const RUNTIME_END_OF_SUPPORT: PolicyRule = {
  id: 'MLJ-HYG-002',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'any',
  summary: 'trainingInput.runtimeVersion and predictionInput.runtimeVersion are not past the catalog\'s end of support (a warning within `warnDays` days of it, or when the date is not confirmed); it replaces MLJ-CODE-005\'s warning on the same field.',
  rationale: 'Runtimes past end of support get no security fixes and may be refused at any time; planning the move before the date avoids a failed retraining.',
  source: POLICY_SOURCES.runtimes,
  // MLJ-CODE-005 warns about a training runtime past its end of support; this policy states the same fact, stricter.
  supersedes: ['MLJ-CODE-005'],
  parameters: {
    warnDays: { type: 'number', default: 90, minimum: 0, description: 'Warn this many days before a runtime\'s end of support.' },
  },
  check(job, ctx) {
    const candidates: Array<[string, unknown, RuntimeUse]> = [
      ['trainingInput.runtimeVersion', job.trainingInput?.runtimeVersion, 'training'],
      ['predictionInput.runtimeVersion', job.predictionInput?.runtimeVersion, 'prediction'],
    ];
    const warnDays = numberParameter(ctx, RUNTIME_END_OF_SUPPORT, 'warnDays');
    const violations: Violation[] = [];
    for (const [path, value, use] of candidates) {
      const version = knownString(value);
      const fact = version === undefined ? undefined : ctx.catalog.runtimeVersion(version);
      // A runtime the catalog does not know is MLJ-CODE-005's finding.
      if (!fact?.endOfSupport) continue;
      const certain = isCertain(fact);
      if (fact.endOfSupport <= ctx.today) {
        violations.push({
          path,
          severity: certain ? undefined : 'warning' as Severity,
          message: `${path} is ${show(version)}, past its end of support (${fact.endOfSupport}${certain ? '' : ', an upper bound: no exact date was published'}).`,
          fix: endOfSupportFix(use, fact.endOfSupport, ctx.today),
        });
      } else if (daysBetween(ctx.today, fact.endOfSupport) <= warnDays) {
        violations.push({ path, severity: 'warning', message: `${path} is ${show(version)}, whose support ends on ${fact.endOfSupport}.`, fix: endOfSupportFix(use, fact.endOfSupport, ctx.today) });
      }
    }
    return violations;
  },
};

/** Whether the end-of-support date of a runtime is a confirmed fact (not an upper bound or an unverified entry). */
function isCertain(fact: RuntimeVersionFact): boolean {
  return fact.confirmed !== false && !(fact.unconfirmedFields ?? []).includes('endOfSupport');
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
