import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, scaleTierOf, show } from '../values';
import { acceleratedReplicas } from './accelerator-replicas';

/** The accelerator type is offered in the job's region. */
export const ACCELERATOR_REGION: Rule = {
  id: 'MLJ-ACCEL-004',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'Every accelerator type in use, including those a scale tier such as BASIC_GPU implies, is offered for training in the job region, according to the catalog.',
  rationale: 'GPUs and TPUs exist only in some regions; the list changes over time, hence a warning.',
  source: SOURCES.gpus,
  check(job, ctx) {
    const region = knownString(job.trainingInput?.region);
    if (!job.trainingInput || !region) return [];
    const seen = new Set<string>();
    const tier = knownString(scaleTierOf(job.trainingInput));
    const tierAccelerator = tier ? ctx.catalog.scaleTier(tier)?.accelerator : undefined;
    const wanted = acceleratedReplicas(job.trainingInput).map(({ accelerator, path }) => ({ type: knownString(accelerator.type), path: `${path}.type` }));
    if (tierAccelerator) wanted.push({ type: tierAccelerator.type, path: 'trainingInput.scaleTier' });
    return wanted.flatMap(({ type, path }) => {
      const fact = type ? ctx.catalog.accelerator(type) : undefined;
      if (!type || !fact || fact.regions.includes(region) || seen.has(type)) return [];
      seen.add(type);
      return [{
        path,
        message: `${path === 'trainingInput.scaleTier' ? `trainingInput.scaleTier ${tier} uses` : `${path} is`} ${type}, which the catalog (${ctx.catalog.data.version}) does not list in ${show(region)}; it is offered in ${fact.regions.join(', ')}.`,
        fix: 'Choose one of those regions or another accelerator type.',
      }];
    });
  },
};
