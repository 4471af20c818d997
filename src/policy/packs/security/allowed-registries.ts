import picomatch from 'picomatch';
import { Violation } from '../../../rules/rule';
import { isReplicaUsed, knownString, replicasOf, show } from '../../../rules/values';
import { PolicyRule, stringListParameter } from '../../policy-rule';
import { parseImageReference } from '../image-reference';
import { POLICY_SOURCES } from '../policy-sources';

/** Container images come only from the organisation's registries. */
export const ALLOWED_REGISTRIES: PolicyRule = {
  id: 'MLJ-SEC-005',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'training',
  summary: 'Every replica\'s imageUri comes from an allowed registry (parameter `registries`: host globs such as `*-docker.pkg.dev`, or repository globs such as `europe-docker.pkg.dev/my-project/**`).',
  rationale: 'Images from public or unknown registries bypass the organisation\'s vulnerability scanning and provenance controls, and the training code runs with the job\'s service account.',
  source: POLICY_SOURCES.containers,
  parameters: {
    registries: {
      type: 'string-list',
      default: ['gcr.io', '*.gcr.io', '*-docker.pkg.dev'],
      description: 'Allowed registries: a glob without `/` matches the registry host (Docker Hub is `docker.io`); a glob with `/` matches host and repository path without tag (`**` crosses `/`).',
    },
  },
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const patterns = stringListParameter(ctx, ALLOWED_REGISTRIES, 'registries');
    const hostMatch = picomatch(patterns.filter((p) => !p.includes('/')), { nocase: true });
    const repositoryMatch = picomatch(patterns.filter((p) => p.includes('/')), { nocase: true });
    const violations: Violation[] = [];
    for (const replica of replicasOf(input)) {
      if (!isReplicaUsed(replica)) continue;
      const image = knownString(replica.config?.imageUri);
      if (image === undefined || image === '') continue;
      const { host, repository } = parseImageReference(image);
      if (hostMatch(host) || repositoryMatch(repository)) continue;
      const path = `trainingInput.${replica.configField}.imageUri`;
      violations.push({
        path,
        message: `${path} is ${show(image)}, from registry "${host}", which is not allowed; allowed: ${patterns.join(', ')}.`,
        fix: 'Push the image to an allowed registry (e.g. Artifact Registry) and reference it there.',
      });
    }
    return violations;
  },
};
