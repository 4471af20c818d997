import { CustomJob, WorkerPoolSpec } from '../../model/custom-job';
import { isUnknown, knownNumber } from '../values';

/** The role of each worker pool by its position, as Vertex AI assigns them. */
export const POOL_ROLES: readonly string[] = ['primary replica', 'workers', 'parameter servers or reduction server', 'evaluators'];

/** One worker pool with its position and API path. */
export interface PoolEntry {
  readonly index: number;
  /** `jobSpec.workerPoolSpecs[1]`. */
  readonly path: string;
  readonly pool: WorkerPoolSpec;
  /** False for an empty placeholder pool (`{}`), which skips its role. */
  readonly used: boolean;
}

const cache = new WeakMap<object, PoolEntry[]>();

/** The worker pools of a job (known objects only), in order; an unknown or missing list gives none. */
export function poolsOf(job: CustomJob): PoolEntry[] {
  const specs = (job as { jobSpec?: { workerPoolSpecs?: unknown } }).jobSpec?.workerPoolSpecs;
  if (!Array.isArray(specs) || isUnknown(specs)) return [];
  let entries = cache.get(specs);
  if (!entries) {
    entries = specs.flatMap((pool, index) => (pool && typeof pool === 'object' && !Array.isArray(pool) && !isUnknown(pool)
      ? [{ index, path: `jobSpec.workerPoolSpecs[${index}]`, pool: pool as WorkerPoolSpec, used: isUsed(pool as WorkerPoolSpec) }]
      : []));
    cache.set(specs, entries);
  }
  return entries;
}

/** The pools that run something (not empty placeholders). */
export function usedPools(job: CustomJob): PoolEntry[] {
  return poolsOf(job).filter((entry) => entry.used);
}

/** A pool is a placeholder when it sets nothing, or only `replicaCount: 0`. */
function isUsed(pool: WorkerPoolSpec): boolean {
  const keys = Object.keys(pool).filter((key) => (pool as Record<string, unknown>)[key] !== undefined && (pool as Record<string, unknown>)[key] !== null);
  if (keys.length === 0) return false;
  if (keys.length === 1 && keys[0] === 'replicaCount') return knownNumber(pool.replicaCount) !== 0;
  return true;
}

/** The env list and args of a pool's task, whichever of the two it has, with their paths. */
export function taskOf(entry: PoolEntry): { path: string; env?: unknown; args?: unknown } | undefined {
  if (entry.pool.containerSpec) return { path: `${entry.path}.containerSpec`, env: entry.pool.containerSpec.env, args: entry.pool.containerSpec.args };
  if (entry.pool.pythonPackageSpec) return { path: `${entry.path}.pythonPackageSpec`, env: entry.pool.pythonPackageSpec.env, args: entry.pool.pythonPackageSpec.args };
  return undefined;
}

/** `1, 2 or 4`. */
export function formatCounts(values: readonly number[]): string {
  return values.length === 1 ? String(values[0]) : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
