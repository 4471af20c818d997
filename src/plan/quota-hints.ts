import { closestName } from '../model/closest-name';
import { PlanResult } from './plan-result';
import { ProjectQuotas } from './project-quotas';

/**
 * Quotas of the user's quota file that no job draws on while a job draws on a quota of a name close to it, which the
 * plan then takes from the catalog's defaults: most likely a misspelt accelerator type or region
 * (`NVIDIA_TESLA_V10`, `us-centrall1`). One line each, naming the file, the field and the quota meant. Hints, not
 * errors: a quota may be set for jobs that are not in this plan, or for an accelerator newer than the catalog.
 */
export function unusedQuotaHints(plan: PlanResult, quotas: ProjectQuotas): string[] {
  const user = quotas.user;
  if (!user || !quotas.file) return [];
  const used = new Map<string, { quota: string; fromUser: boolean }>();
  for (const holder of [...plan.schedule, ...plan.running]) {
    for (const use of holder.uses) used.set(use.key, { quota: use.quota, fromUser: use.fromUser });
  }
  // Only quotas the plan takes from the catalog can be what a misspelt entry meant.
  const defaulted = [...used].filter(([, use]) => !use.fromUser).map(([key]) => key);
  const entries: Array<{ key: string; field: string }> = [];
  for (const [region, types] of Object.entries(user.acceleratorsPerRegion ?? {})) {
    for (const type of Object.keys(types ?? {})) entries.push({ key: `accelerators/${region}/${type}`, field: `acceleratorsPerRegion.${region}.${type}` });
  }
  for (const region of Object.keys(user.vcpusPerRegion ?? {})) entries.push({ key: `vcpus/${region}`, field: `vcpusPerRegion.${region}` });
  const hints: string[] = [];
  for (const entry of entries) {
    if (used.has(entry.key)) continue;
    const meant = closestName(entry.key, defaulted.filter((key) => kindOf(key) === kindOf(entry.key)));
    if (meant === undefined) continue;
    hints.push(`${quotas.file}: ${quotas.fieldPrefix ?? ''}${entry.field}: no job draws on this quota; did you mean ${used.get(meant)!.quota}? The plan takes that one from the catalog's defaults`);
  }
  return hints;
}

/** `accelerators` or `vcpus`: a misspelt accelerator quota never means a vCPU quota. */
function kindOf(key: string): string {
  return key.split('/')[0];
}
