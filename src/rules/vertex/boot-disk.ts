import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, knownNumber, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

/** Boot disk type and size. */
export const BOOT_DISK: CustomJobRule = {
  id: 'MLJ-VERTEX-009',
  severity: 'error',
  kind: 'api',
  summary: 'diskSpec.bootDiskType is pd-ssd, pd-standard or hyperdisk-balanced and diskSpec.bootDiskSizeGb a whole number of GB within the documented range (100 to 64,000; outside it warns).',
  rationale: 'An unknown disk type or a size that is not a whole number is rejected; sizes outside the documented range may be.',
  source: VERTEX_SOURCES.diskSpec,
  check(job, ctx) {
    const violations: Violation[] = [];
    const disk = ctx.catalog.disk;
    for (const entry of usedPools(job)) {
      const spec = entry.pool.diskSpec;
      if (!spec || isUnknown(spec)) continue;
      const base = `${entry.path}.diskSpec`;
      const type = knownString(spec.bootDiskType);
      if (type !== undefined && type !== '' && !disk.types.includes(type)) {
        const lower = type.toLowerCase().replace(/_/g, '-');
        violations.push({
          path: `${base}.bootDiskType`,
          severity: disk.types.includes(lower) ? undefined : 'warning',
          message: `${base}.bootDiskType is ${show(type)}; the documented types are ${disk.types.join(', ')}.`,
          ...(disk.types.includes(lower) ? { fix: `Write ${lower}.` } : {}),
        });
      }
      const raw: unknown = spec.bootDiskSizeGb;
      if (raw === undefined || raw === null || isUnknown(raw)) continue;
      const size = knownNumber(raw);
      if (size === undefined || !Number.isInteger(size) || size < 1) {
        violations.push({ path: `${base}.bootDiskSizeGb`, message: `${base}.bootDiskSizeGb is ${show(raw)}; it must be a whole number of GB.` });
      } else if (size < disk.minSizeGb || size > disk.maxSizeGb) {
        violations.push({ path: `${base}.bootDiskSizeGb`, severity: 'warning', message: `${base}.bootDiskSizeGb is ${size}; training boot disks are documented from ${disk.minSizeGb} to ${disk.maxSizeGb} GB.` });
      }
    }
    return violations;
  },
};
