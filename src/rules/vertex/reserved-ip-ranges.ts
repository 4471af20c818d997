import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

/** `reservedIpRanges` are names of ranges reserved in the peered network. */
export const RESERVED_IP_RANGES: CustomJobRule = {
  id: 'MLJ-VERTEX-023',
  severity: 'error',
  kind: 'api',
  summary: 'Every jobSpec.reservedIpRanges entry is a non-empty range name (e.g. "vertex-ai-ip-range"), not a CIDR block; the ranges belong to jobSpec.network (a warning without one).',
  rationale: 'The reference documents the field as names of reserved IP ranges under the job\'s VPC network; an empty name or an address block names no range. Without network the job is not peered, so the ranges have no network to be in.',
  source: VERTEX_SOURCES.customJobSpec,
  check(job) {
    const spec = (job as { jobSpec?: { reservedIpRanges?: unknown; network?: unknown } }).jobSpec;
    const ranges = spec?.reservedIpRanges;
    if (ranges === undefined || ranges === null || isUnknown(ranges) || !Array.isArray(ranges)) return [];
    const violations: Violation[] = [];
    ranges.forEach((range, i) => {
      if (isUnknown(range)) return;
      const path = `jobSpec.reservedIpRanges[${i}]`;
      const name = knownString(range);
      if (name === undefined || name.trim() === '') {
        violations.push({ path, message: `${path} is ${show(range)}; it must name a reserved IP range, e.g. "vertex-ai-ip-range".` });
      } else if (/^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(name)) {
        violations.push({ path, message: `${path} is ${show(name)}, an address block; the API takes the name of the reserved range.`, fix: 'Use the range\'s name (gcloud compute addresses list --global --filter="purpose=VPC_PEERING").' });
      }
    });
    if (ranges.length > 0 && (spec?.network === undefined || spec.network === null || spec.network === '')) {
      violations.push({ path: 'jobSpec.reservedIpRanges', severity: 'warning', message: 'jobSpec.reservedIpRanges is set without jobSpec.network; the ranges are reserved in the peered network.', fix: 'Set network to projects/PROJECT_NUMBER/global/networks/NETWORK.' });
    }
    return violations;
  },
};
