import { FindingSummary } from '../../report/check-report';
import { PlanCounts } from '../plan-result';

/**
 * The counts of the plan's summary line, one per kind of block the plan shows: `2 to add, 0 to change, 1 to replace,
 * 1 to cancel`, then `, 1 to cancel if still active`, `, 3 to forget` and `, 2 to delete` (ended Vertex AI custom
 * jobs) when there are any. A replace that cancels its old job counts as a replace only. Jobs that import blocks
 * adopt come first, as `terraform plan` puts them: `1 to import, 0 to add, …`.
 */
export function planCountsText(counts: PlanCounts): string {
  const { add, change, replace, cancel, cancelIfActive, forget, destroy } = counts;
  return `${counts.import ? `${counts.import} to import, ` : ''}${add} to add, ${change} to change, ${replace} to replace, ${cancel} to cancel` +
    `${cancelIfActive ? `, ${cancelIfActive} to cancel if still active` : ''}${forget ? `, ${forget} to forget` : ''}` +
    `${destroy ? `, ${destroy} to delete` : ''}`;
}

/**
 * The findings of the summary line, alike in the text and markdown plans: `3 errors, 13 warnings, 1 info` (as
 * `mljob check` counts them). `strong` wraps the counts of errors and warnings (markdown's `**…**`).
 */
export function findingCountsText(summary: FindingSummary, strong: (count: number) => string = String): string {
  const { errors, warnings, infos } = summary;
  return `${strong(errors)} ${noun(errors, 'error')}, ${strong(warnings)} ${noun(warnings, 'warning')}, ${infos} ${noun(infos, 'info')}`;
}

function noun(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
