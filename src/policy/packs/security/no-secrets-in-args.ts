import { Violation } from '../../../rules/rule';
import { isUnknown, knownString, replicasOf } from '../../../rules/values';
import { PolicyRule } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';
import { secretAssignment, secretIn, secretInFlagPair } from '../secret-patterns';

/** No credentials in arguments, container commands or labels. */
export const NO_SECRETS_IN_ARGS: PolicyRule = {
  id: 'MLJ-SEC-006',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'any',
  summary: 'trainingInput.args, the replicas\' containerCommand and containerArgs, and labels hold no secrets (passwords, tokens, access keys, private keys).',
  rationale: 'Job specs are readable by everyone with ml.jobs.get, are logged, and end up in Terraform state and pull requests; a secret there is leaked. Pass a Secret Manager name and read the secret at run time.',
  source: POLICY_SOURCES.secretManager,
  check(job) {
    const violations: Violation[] = [];
    const report = (path: string, kind: string | undefined): void => {
      if (kind) violations.push({ path, message: `${path} holds what looks like ${kind}; secrets must not be written into the job spec.`, fix: 'Store the secret in Secret Manager, pass its name, and read it at run time with the job\'s service account.' });
    };
    const input = job.trainingInput;
    if (input) {
      scanList(input.args, 'trainingInput.args', report);
      for (const replica of replicasOf(input)) {
        if (!replica.config || isUnknown(replica.config)) continue;
        scanList(replica.config.containerCommand, `trainingInput.${replica.configField}.containerCommand`, report);
        scanList(replica.config.containerArgs, `trainingInput.${replica.configField}.containerArgs`, report);
      }
    }
    const labels = job.labels;
    if (labels && typeof labels === 'object' && !isUnknown(labels)) {
      for (const key of Object.keys(labels).sort()) {
        const value = knownString(labels[key]);
        report(`labels.${key}`, secretIn(key) ?? (value === undefined ? undefined : secretIn(value) ?? secretAssignment(key, value)));
      }
    }
    return violations;
  },
};

/** Scans a list of arguments: each on its own, its words (for `sh -c "…"` scripts), and flag/value pairs. */
function scanList(list: unknown, path: string, report: (path: string, kind: string | undefined) => void): void {
  if (!Array.isArray(list) || isUnknown(list)) return;
  list.forEach((item, i) => {
    const text = knownString(item);
    if (text === undefined) return;
    report(`${path}[${i}]`, secretIn(text) ?? secretInWords(text));
    // `['--db-password', 'hunter22']`: the value is the next item, so the finding points at it.
    const next = knownString(list[i + 1]);
    if (next !== undefined) report(`${path}[${i + 1}]`, secretInFlagPair(text, next));
  });
}

/** A secret in one of the whitespace-separated words of a longer argument (a shell script), or undefined. */
function secretInWords(text: string): string | undefined {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  if (words.length < 2) return undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i].replace(/^["']|["';]$/g, '');
    const kind = secretIn(word) ?? (i + 1 < words.length ? secretInFlagPair(word, words[i + 1].replace(/^["']|["';]$/g, '')) : undefined);
    if (kind) return kind;
  }
  return undefined;
}
