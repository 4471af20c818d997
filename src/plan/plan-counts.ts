import { CUSTOM_JOB_RESOURCE_TYPE, RESOURCE_TYPE } from '../model/provider-schema';
import { JobChange, PlanAction, PlanCounts } from './plan-result';

/** The counts of the summary line: one per block the plan shows (a cancel inside a replace is the replace's). */
export function countsOf(changes: readonly JobChange[]): PlanCounts {
  const count = (action: PlanAction): number => changes.filter((change) => change.action === action).length;
  const removed = changes.filter((change) => change.action === 'delete');
  const ended = removed.filter((change) => !change.cancels && !change.cancelsIfActive);
  return {
    import: changes.filter((change) => change.importing).length,
    add: count('create'),
    change: count('update'),
    replace: count('replace'),
    // A replace cancels its old job inside the replace block: the counts match the blocks shown.
    cancel: removed.filter((change) => change.cancels).length,
    cancelIfActive: removed.filter((change) => change.cancelsIfActive).length,
    forget: ended.filter((change) => change.type === RESOURCE_TYPE).length,
    destroy: ended.filter((change) => change.type === CUSTOM_JOB_RESOURCE_TYPE).length,
    // An import that changes nothing is counted as an import only.
    noop: changes.filter((change) => change.action === 'no-op' && !change.importing).length,
  };
}
