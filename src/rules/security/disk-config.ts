import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownNumber, replicaConfigPath, replicasOf, show } from '../values';

const DISK_TYPES = ['pd-ssd', 'pd-standard'];

/** Boot disks are `pd-ssd` or `pd-standard`, with a whole positive size in GB. */
export const DISK_CONFIG: Rule = {
  id: 'MLJ-DISK-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'diskConfig.bootDiskType is pd-ssd or pd-standard and bootDiskSizeGb a whole number above 0.',
  rationale: 'Only the two persistent disk types are offered for training replicas.',
  source: SOURCES.replicaConfig,
  check(job) {
    const input = job.trainingInput;
    if (!input) return [];
    const violations: Violation[] = [];
    for (const replica of replicasOf(input)) {
      const disk = replica.config?.diskConfig;
      if (!disk) continue;
      const path = replicaConfigPath(replica, 'diskConfig');
      const type: unknown = disk.bootDiskType;
      if (type !== undefined && type !== null && !isUnknown(type) && !DISK_TYPES.includes(type as string)) {
        violations.push({ path: `${path}.bootDiskType`, message: `${path}.bootDiskType is ${show(type)}; allowed: pd-ssd, pd-standard.` });
      }
      const size: unknown = disk.bootDiskSizeGb;
      if (size !== undefined && size !== null && !isUnknown(size)) {
        const n = knownNumber(size);
        if (n === undefined || !Number.isInteger(n) || n < 1) {
          violations.push({ path: `${path}.bootDiskSizeGb`, message: `${path}.bootDiskSizeGb is ${show(size)}; it must be a whole number of GB above 0 (default 100).` });
        }
      }
    }
    return violations;
  },
};
