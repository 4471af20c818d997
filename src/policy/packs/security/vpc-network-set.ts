import { PolicyRule } from '../../policy-rule';
import { isGiven } from '../pack-values';
import { POLICY_SOURCES } from '../policy-sources';

/** Training jobs are peered with a VPC network. */
export const VPC_NETWORK_SET: PolicyRule = {
  id: 'MLJ-SEC-003',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'A training job sets trainingInput.network, so it runs peered with the organisation\'s VPC network.',
  rationale: 'Without a network the job reaches data over public endpoints and cannot be kept inside VPC Service Controls or private IP ranges.',
  source: POLICY_SOURCES.vpc,
  check(job) {
    const input = job.trainingInput;
    if (!input || isGiven(input.network)) return [];
    return [{
      path: 'trainingInput.network',
      message: 'trainingInput.network is not set; this policy requires VPC peering.',
      fix: 'Set network to projects/PROJECT_NUMBER/global/networks/NAME of a network peered with the service.',
    }];
  },
};
