import { SERVICE_SHUTDOWN } from '../../catalog/sources';

/** Which input a runtime version belongs to. */
export type RuntimeUse = 'training' | 'prediction';

/**
 * The fix for a runtime version past (or near) its end of support, one text for MLJ-CODE-005 and MLJ-HYG-002. It must
 * be something a user can do: after the shutdown of AI Platform Training and Prediction (2025-01-31, the
 * deprecations pages) no runtime version is supported, so "a supported runtime" is no answer; the way out is Vertex AI
 * with a prebuilt or custom container. Before it, another runtime or (for training) a custom container, which needs
 * no runtime version.
 */
export function endOfSupportFix(use: RuntimeUse, endOfSupport: string, today: string): string {
  const [subject, destination] = use === 'training' ? ['the job', 'Vertex AI custom training'] : ['the model', 'Vertex AI batch prediction'];
  const containers = 'with a prebuilt or custom container.';
  const service = use === 'training' ? 'AI Platform Training' : 'AI Platform Prediction';
  if (today >= SERVICE_SHUTDOWN) return `${service} shut down on ${SERVICE_SHUTDOWN} and supports no runtime version: move ${subject} to ${destination}, ${containers}`;
  if (endOfSupport >= SERVICE_SHUTDOWN) {
    return `Support ends with the shutdown of ${service} on ${SERVICE_SHUTDOWN}, for every runtime version: plan the move to ${destination}, ${containers}`;
  }
  if (endOfSupport > today) return 'Plan the move to a newer runtime version (see the runtime version list).';
  return use === 'training'
    ? 'Move to a runtime version still supported (see the runtime version list), or run a custom container (masterConfig.imageUri), which needs none.'
    : 'Move the model to a runtime version still supported (see the runtime version list).';
}
