import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { durationSeconds, isUnknown, show } from '../values';

/** `maxRunningTime` and `maxWaitTime` are JSON durations: seconds with up to 9 decimals and an `s` suffix. */
export const DURATION_FORMAT: Rule = {
  id: 'MLJ-SCHED-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'scheduling.maxRunningTime and scheduling.maxWaitTime are durations in seconds such as "7200s" or "1.5s".',
  rationale: 'Durations in JSON are seconds with an "s" suffix; "2h" or a bare number is rejected.',
  source: SOURCES.scheduling,
  check(job) {
    const scheduling = job.trainingInput?.scheduling;
    if (!scheduling) return [];
    const violations: Violation[] = [];
    for (const field of ['maxRunningTime', 'maxWaitTime'] as const) {
      const value: unknown = scheduling[field];
      if (value === undefined || value === null || isUnknown(value)) continue;
      if (typeof value === 'string' && durationSeconds(value) !== undefined) continue;
      const path = `trainingInput.scheduling.${field}`;
      // A negative length is in the right form but no length of time (Duration.minutes(-5) gives "-300s").
      const negative = typeof value === 'number' ? value < 0 : typeof value === 'string' && /^\s*-\d/.test(value);
      violations.push(negative
        ? { path, message: `${path} is ${show(value)}; a duration cannot be negative.` }
        : { path, message: `${path} is ${show(value)}; write a duration in seconds such as "7200s".`, fix: suggestDuration(value) });
    }
    return violations;
  },
};

/** A fix for common duration spellings: `2h`, `30m`, `3600`. */
function suggestDuration(value: unknown): string | undefined {
  const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
  if (typeof value === 'number' && value >= 0) return `Use "${value}s".`;
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(value) : null;
  if (!match) return undefined;
  const suggestion = `${Number(match[1]) * units[(match[2] || 's').toLowerCase()]}s`;
  return durationSeconds(suggestion) === undefined || suggestion === value ? undefined : `Use "${suggestion}".`;
}
