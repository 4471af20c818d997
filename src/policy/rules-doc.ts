import { API_RULES } from '../rules/all-rules';
import { renderRulesMarkdown } from '../rules/rules-markdown';
import { VERTEX_RULES } from '../rules/vertex/all-vertex-rules';
import { POLICY_PACKS } from './packs/all-packs';
import { SUPPRESSION_RULES } from './suppressions';

/** The whole rule catalogue `docs/RULES.md`: api and platform rules, the Vertex AI rules, the policy packs and the suppression findings. */
export function renderRulesDoc(): string {
  return renderRulesMarkdown(API_RULES, { customJobRules: VERTEX_RULES, packs: POLICY_PACKS, suppressionRules: SUPPRESSION_RULES });
}
