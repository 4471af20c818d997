import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Each `nfsMounts` entry of a pool names a server, an exported path starting with `/` and a mount point. */
export const NFS_MOUNTS: CustomJobRule = {
  id: 'MLJ-VERTEX-025',
  severity: 'error',
  kind: 'api',
  summary: 'Every workerPoolSpecs[].nfsMounts entry has server, path and mountPoint, and path starts with "/" (a server that is not an IP address, a mount point that is not one directory name, a mount point used twice in a pool, or no network or PSC interface to reach the server warn).',
  rationale: 'The reference marks server, path and mountPoint as required and says path has to start with "/"; the NFS guide says the server is a private IP address in your VPC, reached through a Private Service Connect interface or VPC Network Peering, and the mount point is a UNIX directory name mounted under /mnt/nfs/.',
  source: VERTEX_SOURCES.nfsMount,
  check(job) {
    const spec = (job as { jobSpec?: { workerPoolSpecs?: unknown; network?: unknown; pscInterfaceConfig?: unknown } }).jobSpec;
    const pools = spec?.workerPoolSpecs;
    if (!Array.isArray(pools) || isUnknown(pools)) return [];
    const violations: Violation[] = [];
    let anyMount = false;
    pools.forEach((pool, p) => {
      const mounts = (pool as { nfsMounts?: unknown } | null)?.nfsMounts;
      if (!Array.isArray(mounts) || isUnknown(mounts)) return;
      const seen = new Set<string>();
      mounts.forEach((mount, m) => {
        anyMount = true;
        const at = `jobSpec.workerPoolSpecs[${p}].nfsMounts[${m}]`;
        if (isUnknown(mount)) return;
        const fields = (mount ?? {}) as { server?: unknown; path?: unknown; mountPoint?: unknown };
        for (const field of ['server', 'path', 'mountPoint'] as const) {
          const value = fields[field];
          if (isUnknown(value)) continue;
          if (typeof value !== 'string' || value.trim() === '') {
            violations.push({ path: `${at}.${field}`, message: `${at}.${field} is ${show(value)}; an NFS mount needs ${FIELD_HINTS[field]}.` });
          }
        }
        const server = knownString(fields.server);
        if (server && server.trim() !== '' && !IPV4.test(server)) {
          violations.push({
            path: `${at}.server`, severity: 'warning',
            message: `${at}.server is ${show(server)}; the API documents the IP address of the NFS server (a private address in the VPC).`,
            fix: 'Use the server\'s IP address, e.g. the Filestore instance\'s IP.',
          });
        }
        const path = knownString(fields.path);
        if (path && path.trim() !== '' && !path.startsWith('/')) {
          violations.push({ path: `${at}.path`, message: `${at}.path is ${show(path)}; the exported path has to start with "/".`, fix: `Write "/${path}".` });
        }
        const mountPoint = knownString(fields.mountPoint);
        if (mountPoint && mountPoint.trim() !== '') {
          if (mountPoint.includes('/') || mountPoint === '.' || mountPoint === '..') {
            violations.push({
              path: `${at}.mountPoint`, severity: 'warning',
              message: `${at}.mountPoint is ${show(mountPoint)}; it is documented as one directory name, mounted at /mnt/nfs/<mountPoint>.`,
              fix: `Use a name such as ${show(mountPoint.split('/').filter((s) => s && s !== '.' && s !== '..').pop() ?? 'data')}.`,
            });
          }
          if (seen.has(mountPoint)) {
            violations.push({ path: `${at}.mountPoint`, severity: 'warning', message: `${at}.mountPoint ${show(mountPoint)} is used by another mount of the pool; one directory holds one export.`, fix: 'Give each mount its own mountPoint.' });
          }
          seen.add(mountPoint);
        }
      });
    });
    if (anyMount && !hasValue(spec?.network) && !hasValue(spec?.pscInterfaceConfig)) {
      violations.push({
        path: 'jobSpec.network', severity: 'warning',
        message: 'jobSpec.workerPoolSpecs[].nfsMounts is set without jobSpec.network or jobSpec.pscInterfaceConfig; the job reaches an NFS server in your VPC only through VPC Network Peering or a Private Service Connect interface.',
        fix: 'Set network (projects/PROJECT_NUMBER/global/networks/NETWORK) or pscInterfaceConfig.networkAttachment.',
      });
    }
    return violations;
  },
};

const FIELD_HINTS = {
  server: 'the IP address of the NFS server',
  path: 'the path the server exports, starting with "/"',
  mountPoint: 'a mount point, a directory name under /mnt/nfs/',
} as const;

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
