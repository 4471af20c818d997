import { hours, PlanAction, PlanResult } from '../build-plan';
import { stackTotals } from './plan-text';
import { dollars } from './text-table';

const SYMBOL: Record<PlanAction, string> = {
  'create': '+ create',
  'update': '~ update labels',
  'replace': '-/+ replace',
  'delete': '- delete',
  'no-op': 'no change',
};

/** Renders the plan as a pull-request comment: summary, changes, findings, schedule and cost tables. */
export function renderPlanMarkdown(plan: PlanResult): string {
  const { add, change, replace, cancel, forget } = plan.counts;
  const { errors, warnings, infos } = plan.summary;
  const lines: string[] = [];
  lines.push('## mljob plan', '');
  lines.push(
    `**Plan:** ${add} to add, ${change} to change, ${replace} to replace, ${cancel} to cancel${forget ? `, ${forget} to forget` : ''}. ` +
      `**${errors}** errors, **${warnings}** warnings, ${infos} infos.`,
    '',
  );
  lines.push('| job | action | details |', '|---|---|---|');
  for (const c of plan.changes) {
    const details = c.action === 'replace'
      ? `forces replacement: ${c.replacePaths.map(code).join(', ')}${c.cancels ? `; cancels the ${c.priorJobState} job` : ''}`
      : c.action === 'delete'
        ? c.cancels ? `cancels the ${c.priorJobState} job` : 'forgets the ended job'
        : c.after ? `job ${code(String(c.after.jobId))}` : '';
    lines.push(`| ${code(c.resource)} | ${SYMBOL[c.action]} | ${details} |`);
  }
  lines.push('');
  if (plan.findings.length) {
    lines.push('### Findings', '', '| severity | rule | job | field | message |', '|---|---|---|---|---|');
    for (const f of plan.findings) {
      lines.push(`| ${f.severity} | [${f.ruleId}](${f.source}) | ${code(f.resource)} | ${f.path ? code(f.path) : ''} | ${cell(f.message)}${f.fix ? ` Fix: ${cell(f.fix)}` : ''} |`);
    }
    lines.push('');
  }
  if (plan.schedule.length) {
    lines.push('### Schedule (worst case)', '', '| job | priority | starts by | max wait | waits behind |', '|---|---|---|---|---|');
    for (const e of plan.schedule) {
      const start = e.worstCaseStart === undefined ? 'never' : hours(e.worstCaseStart);
      const behind = e.exceeds.length ? `exceeds ${e.exceeds.map((x) => x.quota).join(', ')}` : e.waitsBehind.map(code).join(', ');
      lines.push(`| ${code(e.resource)} | ${e.priority} | ${start} | ${e.maxWaitSeconds === undefined ? '' : hours(e.maxWaitSeconds)} | ${behind} |`);
    }
    lines.push('');
  }
  if (plan.costs.length) {
    lines.push(`### Cost (worst case, USD, prices read ${plan.priceDate})`, '', '| job | action | per hour | worst case |', '|---|---|---|---|');
    for (const line of plan.costs) lines.push(`| ${code(line.resource)} | ${line.action} | ${dollars(line.cost.perHour)} | ${dollars(line.cost.worstCase)} |`);
    for (const [stack, total] of stackTotals(plan)) lines.push(`| **${cell(stack)}** (new jobs) | total | | **${dollars(total)}** |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Inline code that cannot break out of its cell or its backticks (job data is untrusted). */
function code(text: string): string {
  return `\`${text.replace(/[`|\r\n]/g, ' ')}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
