import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

const MAX_PACKAGE_URIS = 100;

/** Each non-empty pool runs exactly one task: a containerSpec or a pythonPackageSpec, with its required fields. */
export const POOL_TASK: CustomJobRule = {
  id: 'MLJ-VERTEX-003',
  severity: 'error',
  kind: 'api',
  summary: 'Each non-empty worker pool sets exactly one of containerSpec (with imageUri) and pythonPackageSpec (with executorImageUri, 1 to 100 packageUris and pythonModule); the items of command, args and packageUris are strings.',
  rationale: 'The task of a pool is a oneof in the API: a pool with both, with neither, or without the required fields of its task is rejected. A number in a list of strings (YAML `args: [--epochs, 10]`) is rejected by the REST API (TYPE_STRING) and by gcloud\'s --config reader alike.',
  source: VERTEX_SOURCES.containerSettings,
  check(job, ctx) {
    const violations: Violation[] = [];
    for (const entry of usedPools(job)) {
      const { containerSpec, pythonPackageSpec } = entry.pool;
      // A task block that is unknown (a token or reference in its place) may be either task, or none.
      if (isUnknown(containerSpec) || isUnknown(pythonPackageSpec)) continue;
      if (containerSpec && pythonPackageSpec) {
        violations.push({ path: entry.path, message: `${entry.path} sets both containerSpec and pythonPackageSpec; a pool runs exactly one of them.` });
        continue;
      }
      if (!containerSpec && !pythonPackageSpec) {
        violations.push({ path: entry.path, message: `${entry.path} sets neither containerSpec nor pythonPackageSpec; say what the pool runs.` });
        continue;
      }
      if (containerSpec) {
        violations.push(...required(`${entry.path}.containerSpec.imageUri`, containerSpec.imageUri));
        violations.push(...stringItems(`${entry.path}.containerSpec.command`, containerSpec.command));
        violations.push(...stringItems(`${entry.path}.containerSpec.args`, containerSpec.args));
        continue;
      }
      const spec = pythonPackageSpec!;
      violations.push(...required(`${entry.path}.pythonPackageSpec.executorImageUri`, spec.executorImageUri));
      violations.push(...required(`${entry.path}.pythonPackageSpec.pythonModule`, spec.pythonModule));
      violations.push(...stringItems(`${entry.path}.pythonPackageSpec.args`, spec.args));
      const uris: unknown = spec.packageUris;
      const urisPath = `${entry.path}.pythonPackageSpec.packageUris`;
      if (isUnknown(uris)) continue;
      violations.push(...stringItems(urisPath, uris));
      if (uris === undefined || uris === null || (Array.isArray(uris) && uris.length === 0)) {
        // gcloud ai custom-jobs create --python-package-uris supplies the packages of every pool of a --config file.
        violations.push(ctx.completeness === 'partial'
          ? { path: urisPath, severity: 'info', message: `${urisPath} is not in the file; the packages must come from the command line (--python-package-uris).` }
          : { path: urisPath, message: `${urisPath} is not set; list the gs:// URIs of the training package (and its dependencies).` });
      } else if (!Array.isArray(uris)) {
        violations.push({ path: urisPath, message: `${urisPath} is ${show(uris)}; it must be a list of gs:// URIs.` });
      } else if (uris.length > MAX_PACKAGE_URIS) {
        violations.push({ path: urisPath, message: `${urisPath} has ${uris.length} URIs; at most ${MAX_PACKAGE_URIS} are allowed.` });
      }
    }
    return violations;
  },
};

function required(path: string, value: unknown): Violation[] {
  if (isUnknown(value)) return [];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return [{ path, message: `${path} is not set; it is required.` }];
  return knownString(value) === undefined ? [{ path, message: `${path} is ${show(value)}; it must be a string.` }] : [];
}

/** Each item of the list at `path` that is not a string (quote it in YAML). Not a list: left to the list's own check. */
function stringItems(path: string, list: unknown): Violation[] {
  if (!Array.isArray(list) || isUnknown(list)) return [];
  return list.flatMap((item: unknown, i) => (item === undefined || item === null || isUnknown(item) || typeof item === 'string'
    ? []
    : [{ path: `${path}[${i}]`, message: `${path}[${i}] is ${show(item)}; it must be a string.`, fix: `Quote it: ${show(String(item))}.` }]));
}
