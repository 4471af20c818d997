import { SOURCES } from '../../rules/sources';

/** Public documents the policy rules cite (the rule engine's sources plus the guides policies are based on). */
export const POLICY_SOURCES = {
  ...SOURCES,
  pricing: 'https://cloud.google.com/ml-engine/docs/pricing',
  hyperparameterTuning: 'https://cloud.google.com/ai-platform/training/docs/hyperparameter-tuning-overview',
  secretManager: 'https://cloud.google.com/secret-manager/docs/best-practices',
  artifactRegistry: 'https://cloud.google.com/artifact-registry/docs/docker/names',
} as const;
