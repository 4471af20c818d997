import { PolicyRule } from '../policy-rule';
import { COST_PACK } from './cost';
import { HYGIENE_PACK } from './hygiene';
import { SECURITY_PACK } from './security';

/** A named list of policy rules, with a sentence for docs and reports. */
export interface PolicyPack {
  readonly name: string;
  readonly description: string;
  readonly rules: readonly PolicyRule[];
}

/** The built-in policy packs, by name, in the order they are documented. */
export const POLICY_PACKS: readonly PolicyPack[] = [
  { name: 'security', description: 'Encryption, identity, network and supply-chain choices of a training job, and no secrets in its spec.', rules: SECURITY_PACK },
  { name: 'cost', description: 'Caps on accelerators, ML units, running time, tuning trials and the worst-case cost of a job.', rules: COST_PACK },
  { name: 'hygiene', description: 'Labels, supported runtimes, output directories, queueing limits and explicit versions.', rules: HYGIENE_PACK },
];

/** The names of the built-in packs. */
export const POLICY_PACK_NAMES: readonly string[] = POLICY_PACKS.map((pack) => pack.name);

/** The built-in pack `name`, or undefined. */
export function policyPack(name: string): PolicyPack | undefined {
  return POLICY_PACKS.find((pack) => pack.name === name);
}

/** Every rule of every built-in pack, sorted by id. */
export function allPolicyRules(): PolicyRule[] {
  return POLICY_PACKS.flatMap((pack) => pack.rules).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
