import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { canonicalEnumName, durationSeconds, isUnknown, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

/** The documented `Scheduling.Strategy` values, and what the deprecated ones are replaced by. */
const STRATEGIES: ReadonlySet<string> = new Set(['STRATEGY_UNSPECIFIED', 'ON_DEMAND', 'LOW_COST', 'STANDARD', 'SPOT', 'FLEX_START']);
const DEPRECATED: { readonly [name: string]: string } = { ON_DEMAND: 'STANDARD', LOW_COST: 'SPOT' };

/** `scheduling.strategy` is a documented strategy; `scheduling.maxWaitDuration` is a Duration that goes with FLEX_START. */
export const SCHEDULING_STRATEGY: CustomJobRule = {
  id: 'MLJ-VERTEX-021',
  severity: 'error',
  kind: 'api',
  summary: 'jobSpec.scheduling.strategy is STANDARD, SPOT or FLEX_START (ON_DEMAND and LOW_COST are deprecated, an undocumented name warns); scheduling.maxWaitDuration is a duration such as "3600s" and is read only with FLEX_START (a warning otherwise).',
  rationale: 'The API documents maxWaitDuration as the wait for resources of a FLEX_START (Dynamic Workload Scheduler) job, so with another strategy it does nothing the job\'s author meant; a duration in another form than "3600s" is rejected. A strategy name the reference does not list may be newer than this catalog, so it only warns.',
  source: VERTEX_SOURCES.scheduling,
  check(job) {
    const scheduling: unknown = (job as { jobSpec?: { scheduling?: unknown } }).jobSpec?.scheduling;
    if (!scheduling || typeof scheduling !== 'object' || isUnknown(scheduling)) return [];
    const { strategy, maxWaitDuration } = scheduling as { strategy?: unknown; maxWaitDuration?: unknown };
    const violations: Violation[] = [];
    const name = knownString(strategy);
    const path = 'jobSpec.scheduling.strategy';
    if (strategy !== undefined && strategy !== null && !isUnknown(strategy) && name === undefined) {
      violations.push({ path, message: `${path} is ${show(strategy)}; it must be a strategy name such as "SPOT".` });
    } else if (name !== undefined && !STRATEGIES.has(name)) {
      const canonical = canonicalEnumName(name);
      violations.push({
        path,
        severity: 'warning',
        message: `${path} is ${show(name)}, which the API reference does not list (STANDARD, SPOT, FLEX_START).`,
        ...(STRATEGIES.has(canonical) ? { fix: `Write ${canonical}.` } : {}),
      });
    } else if (name !== undefined && DEPRECATED[name]) {
      violations.push({ path, severity: 'warning', message: `${path} is ${name}, which the API marks deprecated.`, fix: `Use ${DEPRECATED[name]}.` });
    }
    const waitPath = 'jobSpec.scheduling.maxWaitDuration';
    if (maxWaitDuration !== undefined && maxWaitDuration !== null && !isUnknown(maxWaitDuration)) {
      if (typeof maxWaitDuration !== 'string' || durationSeconds(maxWaitDuration) === undefined) {
        violations.push({ path: waitPath, message: `${waitPath} is ${show(maxWaitDuration)}; write seconds with an "s" suffix, e.g. "3600s" ("0s" waits indefinitely).` });
      } else if (name !== undefined && name !== 'FLEX_START' && canonicalEnumName(name) !== 'FLEX_START') {
        violations.push({ path: waitPath, severity: 'warning', message: `${waitPath} is set but the strategy is ${name}; the API reads it only for FLEX_START.`, fix: 'Set strategy: FLEX_START, or remove maxWaitDuration.' });
      } else if (strategy === undefined || strategy === null) {
        violations.push({ path: waitPath, severity: 'warning', message: `${waitPath} is set without a strategy (STANDARD); the API reads it only for FLEX_START.`, fix: 'Set strategy: FLEX_START, or remove maxWaitDuration.' });
      }
    }
    return violations;
  },
};
