import { API_RULES } from '../rules/all-rules';
import { renderRulesMarkdown } from '../rules/rules-markdown';
import { POLICY_PACKS } from './packs/all-packs';
import { SUPPRESSION_RULES } from './suppressions';

/** The whole rule catalogue `docs/RULES.md`: api and platform rules, the policy packs and the suppression findings. */
export function renderRulesDoc(): string {
  return renderRulesMarkdown(API_RULES, { packs: POLICY_PACKS, suppressionRules: SUPPRESSION_RULES });
}
