import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { acceleratorsOf } from '../cluster-accelerators';
import { knownString, replicasOf, scaleTierOf, show } from '../values';

/** The accelerator type is offered in the job's region. */
export const ACCELERATOR_REGION: Rule = {
  id: 'MLJ-ACCEL-004',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'Every accelerator type in use (acceleratorConfig, the GPUs built into legacy machine types such as standard_v100, and those a scale tier such as BASIC_GPU implies) is offered for training in the job region, according to the catalog.',
  rationale: 'GPUs and TPUs exist only in some regions; the list changes over time, hence a warning.',
  source: SOURCES.gpus,
  check(job, ctx) {
    const input = job.trainingInput;
    const region = knownString(input?.region);
    if (!input || !region) return [];
    // A gcloud --config file often leaves the tier to --scale-tier: machine types beside no tier describe a custom cluster.
    const tierUnset = input.scaleTier === undefined || input.scaleTier === null;
    const cluster = tierUnset && replicasOf(input).some((replica) => knownString(replica.machineType)) ? { ...input, scaleTier: 'CUSTOM' } : input;
    // A loop rather than flatMap, and a list of the types reported rather than a Set: this runs for every job.
    const violations: Violation[] = [];
    const seen: string[] = [];
    for (const { type, typePath } of acceleratorsOf(cluster, ctx.catalog)) {
      const fact = type ? ctx.catalog.accelerator(type) : undefined;
      if (!type || !fact || fact.regions.includes(region) || seen.includes(type)) continue;
      seen.push(type);
      const builtIn = typePath !== 'trainingInput.scaleTier' && !typePath.endsWith('.acceleratorConfig.type');
      const subject = typePath === 'trainingInput.scaleTier'
        ? `trainingInput.scaleTier ${String(scaleTierOf(input))} uses`
        : builtIn ? `${typePath} ${show(valueAt(input, typePath))} comes with` : `${typePath} is`;
      violations.push({
        path: typePath,
        message: `${subject} ${type}, which the catalog (${ctx.catalog.data.version}) does not list in ${show(region)}; it is offered in ${fact.regions.join(', ')}.`,
        fix: builtIn ? 'Choose one of those regions or another machine type.' : 'Choose one of those regions or another accelerator type.',
      });
    }
    return violations;
  },
};

/** The value of a top-level `trainingInput.<field>` path. */
function valueAt(input: object, path: string): unknown {
  return (input as Record<string, unknown>)[path.slice('trainingInput.'.length)];
}
