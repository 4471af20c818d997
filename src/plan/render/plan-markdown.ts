import { markdownCell as cell, markdownCode as code } from '../../report/markdown-text';
import { hours } from '../hours';
import { JobChange, PlanAction, PlanResult } from '../plan-result';
import { quotaUseOf } from '../quota-use';
import { stateOnlyChangeText } from '../state-only-attributes';
import { findingCountsText, planCountsText } from './plan-summary-line';
import { stackTotals, vertexPricingNote } from './plan-text';
import { renderScheduleMermaid } from './schedule-mermaid';
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
  const lines: string[] = [];
  lines.push('## mljob plan', '');
  lines.push(
    `**Plan:** ${planCountsText(plan.counts)}. ` +
      `${findingCountsText(plan.summary, (count) => `**${count}**`)}.`,
    '',
  );
  lines.push('| job | action | details |', '|---|---|---|');
  for (const c of plan.changes) {
    const deletes = c.type === 'google_vertex_ai_custom_job';
    const details = c.action === 'replace'
      ? `forces replacement: ${c.replacePaths.map(code).join(', ')}${c.cancels ? `; cancels the ${c.priorJobState} job` : c.cancelsIfActive ? '; cancels the old job if still active (state unknown)' : ''}` +
        (deletes ? '; deletes the old job' : '')
      : c.action === 'delete'
        ? (c.cancels ? `cancels the ${c.priorJobState} job` : c.cancelsIfActive ? 'cancels the job if still active (state unknown)' : deletes ? 'deletes the ended job' : 'forgets the ended job') +
          (deletes && (c.cancels || c.cancelsIfActive) ? ', then deletes it' : '')
        : jobDetails(c);
    lines.push(`| ${code(c.resource)} | ${importSymbol(c, updateSymbol(c) ?? SYMBOL[c.action])} | ${details}${stateOnlyDetails(c)}${importDetails(c)} |`);
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
      const behind = e.exceeds.length ? `exceeds ${e.exceeds.map((x) => cell(x.quota)).join(', ')}` : e.waitsBehind.map(code).join(', ');
      lines.push(`| ${code(e.resource)} | ${e.priority} | ${start} | ${e.maxWaitSeconds === undefined ? '' : hours(e.maxWaitSeconds)} | ${behind} |`);
    }
    lines.push('', ...renderScheduleMermaid(plan), '');
  }
  const quotas = quotaUseOf(plan);
  if (quotas.length) {
    lines.push(
      `### Quota use (worst case; limits from ${plan.quotaFile ? code(plan.quotaFile) : 'the catalog defaults, unconfirmed'})`,
      '',
      '| quota | limit | peak use | peak at | jobs holding it | never start |',
      '|---|---:|---:|---|---|---|',
    );
    for (const q of quotas) {
      const limit = `${q.limit}${q.fromUser ? '' : ' (default)'}`;
      const never = q.neverStart.length ? `:x: ${q.neverStart.map(code).join(', ')}` : '';
      lines.push(`| ${cell(q.quota)} | ${limit} | ${q.peak} | ${q.peak ? hours(q.peakAt) : ''} | ${q.jobs.length} | ${never} |`);
    }
    lines.push('');
  }
  if (plan.costs.length) {
    lines.push(`### Cost (worst case, USD, prices read ${plan.priceDate})`, '', '| job | action | per hour | worst case |', '|---|---|---|---|');
    for (const line of plan.costs) lines.push(`| ${code(line.resource)} | ${line.action} | ${dollars(line.cost.perHour)} | ${dollars(line.cost.worstCase)} |`);
    for (const [stack, total] of stackTotals(plan)) lines.push(`| **${cell(stack)}** (new jobs) | total | | **${dollars(total)}** |`);
    const vertex = vertexPricingNote(plan);
    if (vertex) lines.push('', cell(vertex));
    lines.push('');
  }
  return lines.join('\n');
}

/** How the changes table names the job: its id, or a Vertex AI custom job's display name. */
/** An update that changes a state-only attribute (timeouts) is more than a label update. */
function updateSymbol(c: JobChange): string | undefined {
  return c.stateOnlyChanges?.length ? '~ update in place' : undefined;
}

/** `← import`, or `← import, ~ update labels` when the imported job also changes. */
function importSymbol(c: JobChange, symbol: string): string {
  if (!c.importing) return symbol;
  return c.action === 'no-op' ? '← import' : `← import, ${symbol}`;
}

/** `; imports \`projects/p/jobs/x\``, and whether the plan compared the job with the code. */
function importDetails(c: JobChange): string {
  if (!c.importing) return '';
  return `; imports ${code(c.importing.id)}${c.importing.compared ? '' : ' (not compared with the code: pass --jobs with the project\'s job list)'}`;
}

/** `; timeouts: {create: 10m} (Terraform state only; no API call)` for each state-only change. */
function stateOnlyDetails(c: JobChange): string {
  if (!c.stateOnlyChanges) return '';
  return c.stateOnlyChanges.map((change) => `; ${cell(stateOnlyChangeText(change))}`).join('');
}

function jobDetails(c: JobChange): string {
  if (!c.after) return '';
  return c.type === 'google_vertex_ai_custom_job' ? `custom job ${code(String(c.after.displayName))}` : `job ${code(String(c.after.jobId))}`;
}
