import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { durationSeconds, isUnknown, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

/** `scheduling.timeout` is a google.protobuf.Duration in JSON form. */
export const SCHEDULING_TIMEOUT: CustomJobRule = {
  id: 'MLJ-VERTEX-012',
  severity: 'error',
  kind: 'api',
  summary: 'jobSpec.scheduling.timeout is a duration in seconds with an "s" suffix, such as "7200s", greater than 0; restartJobOnWorkerRestart is a boolean.',
  rationale: 'The REST API parses durations only in this form: "2h" or a bare number is rejected before the job is created.',
  source: VERTEX_SOURCES.customJobSpec,
  check(job) {
    const scheduling: unknown = (job as { jobSpec?: { scheduling?: unknown } }).jobSpec?.scheduling;
    if (!scheduling || typeof scheduling !== 'object' || isUnknown(scheduling)) return [];
    const violations: Violation[] = [];
    const { timeout, restartJobOnWorkerRestart } = scheduling as { timeout?: unknown; restartJobOnWorkerRestart?: unknown };
    const path = 'jobSpec.scheduling.timeout';
    if (timeout !== undefined && timeout !== null && !isUnknown(timeout)) {
      const seconds = typeof timeout === 'string' ? durationSeconds(timeout) : undefined;
      if (seconds === undefined) {
        violations.push({ path, message: `${path} is ${show(timeout)}; write seconds with an "s" suffix, e.g. "7200s".`, fix: suggest(timeout) });
      } else if (seconds <= 0) {
        violations.push({ path, message: `${path} is ${show(timeout)}; it must be longer than 0 seconds.` });
      }
    }
    if (restartJobOnWorkerRestart !== undefined && restartJobOnWorkerRestart !== null && !isUnknown(restartJobOnWorkerRestart) && typeof restartJobOnWorkerRestart !== 'boolean') {
      violations.push({ path: 'jobSpec.scheduling.restartJobOnWorkerRestart', message: `jobSpec.scheduling.restartJobOnWorkerRestart is ${show(restartJobOnWorkerRestart)}; it must be true or false.` });
    }
    return violations;
  },
};

const UNITS: { readonly [unit: string]: number } = { s: 1, m: 60, h: 3600, d: 86400 };

/** "2h" → Write "7200s". */
function suggest(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return `Write "${value}s".`;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(value);
  return match ? `Write "${Number(match[1]) * UNITS[match[2].toLowerCase()]}s".` : undefined;
}
