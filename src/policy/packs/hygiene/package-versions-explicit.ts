import { Violation } from '../../../rules/rule';
import { PolicyRule } from '../../policy-rule';
import { isGiven } from '../pack-values';
import { POLICY_SOURCES } from '../policy-sources';

/** Package jobs name their Python and runtime versions in the job definition itself. */
export const PACKAGE_VERSIONS_EXPLICIT: PolicyRule = {
  id: 'MLJ-HYG-005',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A package job (no masterConfig.imageUri) names trainingInput.pythonVersion and trainingInput.runtimeVersion in the file itself, also in a gcloud --config file.',
  rationale: 'Versions given on a command line are not reviewed with the job and drift between pipelines; in the file they are versioned with the code. (On complete jobs MLJ-CODE-005 and MLJ-CODE-006 already reject missing versions, so this rule only reports partial files.)',
  source: POLICY_SOURCES.runtimes,
  check(job, ctx) {
    const input = job.trainingInput;
    // Complete jobs: MLJ-CODE-005/006 report it as errors already; one finding per problem is enough.
    if (!input || ctx.completeness !== 'partial' || input.masterConfig?.imageUri !== undefined) return [];
    const violations: Violation[] = [];
    for (const [field, example] of [['pythonVersion', '3.7'], ['runtimeVersion', '2.11']] as const) {
      if (isGiven(input[field])) continue;
      const path = `trainingInput.${field}`;
      violations.push({ path, message: `${path} is not in the file; this policy requires it in the job definition, not only on the command line.`, fix: `Add ${field}: "${example}" (quoted: YAML reads 2.10 as 2.1).` });
    }
    return violations;
  },
};
