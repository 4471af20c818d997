import { ReportFinding } from '../../report/check-report';
import { hours } from '../hours';
import { JobChange, PlanResult } from '../plan-result';
import { quotaUseOf } from '../quota-use';
import { stateOnlyChangeText } from '../state-only-attributes';
import { escapeHtml as h } from './html-escape';
import { renderPlanText, stackTotals, vertexPricingNote } from './plan-text';
import { chartRows, renderScheduleSvg } from './schedule-svg';
import { dollars, thousands } from './text-table';

/**
 * The plan as one self-contained HTML page, for people to open or attach to a pull request: the summary, a table of
 * changes, the findings, the worst-case schedule as an SVG Gantt chart with each quota's use and limit, the quota
 * table, the cost table, and the whole text plan. No script, no external style, font or image, and a
 * Content-Security-Policy that forbids loading any: opening it makes no network request. All job text is escaped.
 * Deterministic: the same plan gives the same bytes.
 */
export function renderPlanHtml(plan: PlanResult): string {
  const quotas = quotaUseOf(plan);
  const { add, change, replace, cancel, forget } = plan.counts;
  const { errors, warnings, infos } = plan.summary;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>mljob plan</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>mljob plan</h1>',
    `<p class="summary"><strong>Plan:</strong> ${plan.counts.import ? `${plan.counts.import} to import, ` : ''}${add} to add, ${change} to change, ${replace} to replace, ${cancel} to cancel${forget ? `, ${forget} to forget` : ''}. ` +
      `<span class="${errors ? 'error' : 'ok'}">${errors} ${plural(errors, 'error')}</span>, <span class="${warnings ? 'warning' : 'ok'}">${warnings} ${plural(warnings, 'warning')}</span>, ${infos} ${plural(infos, 'info')}.</p>`,
    `<p class="meta">${plan.stacks.length} ${plural(plan.stacks.length, 'stack')}: ${plan.stacks.map((stack) => `<code>${h(stack)}</code>`).join(', ') || 'none'}. ` +
      `Quotas: ${plan.quotaFile ? `<code>${h(plan.quotaFile)}</code> over the catalog defaults` : 'the catalog defaults (unconfirmed)'}. Prices read ${h(plan.priceDate)}.</p>`,
    '</header>',
  ];

  out.push('<section id="changes">', '<h2>Changes</h2>');
  if (plan.changes.length === 0) out.push('<p>No jobs.</p>');
  else {
    out.push('<table>', '<thead><tr><th>job</th><th>action</th><th>details</th></tr></thead>', '<tbody>');
    for (const c of plan.changes) out.push(`<tr class="action-${c.action}"><td><code>${h(c.resource)}</code></td><td class="action">${importAction(c, c.stateOnlyChanges?.length ? '~ update in place' : ACTION[c.action])}</td><td>${changeDetails(c)}${stateOnlyDetails(c)}${importDetails(c)}</td></tr>`);
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');

  if (plan.findings.length) {
    out.push('<section id="findings">', '<h2>Findings</h2>', '<table>', '<thead><tr><th>severity</th><th>rule</th><th>job</th><th>field</th><th>message</th></tr></thead>', '<tbody>');
    for (const f of plan.findings) out.push(findingRow(f));
    out.push('</tbody>', '</table>', '</section>');
  }

  out.push('<section id="schedule">', '<h2>Schedule (worst case)</h2>');
  const svg = renderScheduleSvg({ schedule: plan.schedule, running: plan.running, quotas });
  if (!svg) out.push('<p>No new jobs to queue.</p>');
  else {
    const { drawn, leftOut } = chartRows(plan);
    out.push(
      '<p class="note">Every earlier job runs its full <code>maxRunningTime</code>; jobs already running hold their quota from now. New jobs queue in priority order.</p>',
      ...(leftOut ? [`<p class="note left-out">The chart draws ${thousands(drawn.length)} of ${thousands(drawn.length + leftOut)} jobs (those that never start or start late first, then in queue order); ${thousands(leftOut)} are left out of it. The table below lists every job.</p>`] : []),
      `<div class="chart">${svg}</div>`,
    );
  }
  if (plan.schedule.length) {
    out.push('<table>', '<thead><tr><th>job</th><th>priority</th><th>starts by</th><th>max wait</th><th>max run</th><th>waits behind</th></tr></thead>', '<tbody>');
    for (const e of plan.schedule) {
      const late = e.worstCaseStart !== undefined && e.maxWaitSeconds !== undefined && e.worstCaseStart > e.maxWaitSeconds;
      const behind = e.exceeds.length
        ? `<span class="error">never starts: exceeds ${e.exceeds.map((x) => h(`${x.quota} (needs ${x.demand}, limit ${x.limit})`)).join(', ')}</span>`
        : e.waitsBehind.map((resource) => `<code>${h(resource)}</code>`).join(', ');
      out.push(
        `<tr${late ? ' class="late"' : ''}><td><code>${h(e.resource)}</code></td><td class="number">${e.priority}</td><td class="number">${e.worstCaseStart === undefined ? 'never' : hours(e.worstCaseStart)}</td>` +
          `<td class="number">${e.maxWaitSeconds === undefined ? '' : hours(e.maxWaitSeconds)}</td><td class="number">${hours(e.maxRunningSeconds)}</td><td>${behind}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');

  if (quotas.length) {
    out.push('<section id="quotas">', '<h2>Quota use (worst case)</h2>', '<table>', '<thead><tr><th>quota</th><th>limit</th><th>peak use</th><th>peak at</th><th>jobs holding it</th><th>never start</th></tr></thead>', '<tbody>');
    for (const q of quotas) {
      out.push(
        `<tr><td>${h(q.quota)}</td><td class="number">${q.limit}${q.fromUser ? '' : ' <span class="muted">(default)</span>'}</td><td class="number">${q.peak}</td><td class="number">${q.peak ? hours(q.peakAt) : ''}</td>` +
          `<td class="number">${q.jobs.length}</td><td>${q.neverStart.map((resource) => `<code class="error">${h(resource)}</code>`).join(', ')}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>', '</section>');
  }

  if (plan.costs.length) {
    out.push('<section id="cost">', `<h2>Cost (worst case, USD, catalog prices read ${h(plan.priceDate)})</h2>`, '<table>', '<thead><tr><th>job</th><th>action</th><th>per hour</th><th>max run</th><th>worst case</th><th>notes</th></tr></thead>', '<tbody>');
    for (const line of plan.costs) {
      out.push(
        `<tr><td><code>${h(line.resource)}</code></td><td>${line.action}</td><td class="number">${dollars(line.cost.perHour)}</td><td class="number">${hours(line.cost.hours * 3600)}</td>` +
          `<td class="number">${dollars(line.cost.worstCase)}</td><td class="notes">${line.cost.gaps.map(h).join('<br>')}</td></tr>`,
      );
    }
    out.push('</tbody>', '<tfoot>');
    for (const [stack, total] of stackTotals(plan)) out.push(`<tr><td><strong>${h(stack)}</strong> (new jobs)</td><td>total</td><td></td><td></td><td class="number"><strong>${dollars(total)}</strong></td><td></td></tr>`);
    out.push('</tfoot>', '</table>');
    const vertex = vertexPricingNote(plan);
    if (vertex) out.push(`<p class="note">${h(vertex)}</p>`);
    out.push('</section>');
  }

  out.push(
    '<section id="text-plan">',
    '<details>',
    '<summary>The plan as <code>mljob plan</code> prints it</summary>',
    `<pre>${renderPlanText(plan).split('\n').map(h).join('\n')}</pre>`,
    '</details>',
    '</section>',
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

const ACTION: Record<JobChange['action'], string> = {
  'create': '+ create',
  'update': '~ update labels',
  'replace': '-/+ replace',
  'delete': '- delete',
  'no-op': 'no change',
};

/** `← import`, or `← import, ~ update labels` when the imported job also changes. */
function importAction(c: JobChange, action: string): string {
  if (!c.importing) return action;
  return c.action === 'no-op' ? '← import' : `← import, ${action}`;
}

/** `; imports <code>projects/p/jobs/x</code>`, and whether the plan compared the job with the code. */
function importDetails(c: JobChange): string {
  if (!c.importing) return '';
  return `; imports <code>${h(c.importing.id)}</code>${c.importing.compared ? '' : ' (not compared with the code: pass --jobs with the project\'s job list)'}`;
}

/** `; timeouts: {create: 10m} (Terraform state only; no API call)` for each state-only change, escaped. */
function stateOnlyDetails(c: JobChange): string {
  if (!c.stateOnlyChanges) return '';
  return c.stateOnlyChanges.map((change) => `; ${h(stateOnlyChangeText(change))}`).join('');
}

function changeDetails(c: JobChange): string {
  const deletes = c.type === 'google_vertex_ai_custom_job';
  if (c.action === 'replace') {
    return `forces replacement: ${c.replacePaths.map((path) => `<code>${h(path)}</code>`).join(', ')}${c.cancels ? `; cancels the ${h(c.priorJobState ?? '')} job` : ''}` +
      (deletes ? '; deletes the old job' : '');
  }
  if (c.action === 'delete') {
    if (c.cancels) return `cancels the ${h(c.priorJobState ?? '')} job${deletes ? ', then deletes it' : ''}`;
    return deletes ? 'deletes the ended job' : 'forgets the ended job';
  }
  if (!c.after) return '';
  return c.type === 'google_vertex_ai_custom_job' ? `custom job <code>${h(String(c.after.displayName))}</code>` : `job <code>${h(String(c.after.jobId))}</code>`;
}

function findingRow(f: ReportFinding): string {
  // A user rule's source is untrusted: only a plain http(s) URL becomes a link (one the reader has to follow).
  const rule = /^https?:\/\/[^\s"'<>]+$/.test(f.source) ? `<a href="${h(f.source)}" rel="noopener noreferrer">${h(f.ruleId)}</a>` : h(f.ruleId);
  return `<tr class="${f.severity}"><td class="severity">${f.severity}</td><td>${rule}</td><td><code>${h(f.resource)}</code></td><td>${f.path ? `<code>${h(f.path)}</code>` : ''}</td>` +
    `<td>${h(f.message)}${f.fix ? `<br><strong>Fix:</strong> ${h(f.fix)}` : ''}</td></tr>`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** The page's whole style, inline. System fonts only. */
const STYLE = [
  'body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:1100px;padding:16px 24px}',
  'h1{font-size:22px;margin:8px 0}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}',
  'code,pre{font:12px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace}',
  'code{background:#f6f8fa;padding:1px 4px;border-radius:4px;word-break:break-all}',
  'pre{background:#f6f8fa;padding:12px;overflow:auto;white-space:pre}',
  'table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}',
  'th{background:#f6f8fa}td.number{text-align:right;white-space:nowrap}td.action{white-space:nowrap}td.notes{font-size:12px;color:#57606a}',
  'span.error,code.error,tr.error td.severity{color:#cf222e}span.warning,tr.warning td.severity{color:#9a6700}span.ok{color:#1a7f37}.muted,.note,.meta{color:#57606a}',
  'tr.late td{background:#fff8c5}tr.action-replace td.action,tr.action-delete td.action{color:#cf222e}tr.action-create td.action{color:#1a7f37}',
  '.chart{overflow-x:auto;border:1px solid #d0d7de;border-radius:6px;padding:8px;margin:8px 0}',
  'svg.schedule{display:block;max-width:none;font-family:system-ui,"Liberation Sans",Arial,sans-serif}',
  'svg .left-out{font-size:12px;font-style:italic;fill:#57606a}',
  'svg .grid{stroke:#eaeef2;stroke-width:1}svg .tick{font-size:11px;fill:#57606a;text-anchor:middle}',
  'svg .name{font-size:12px;fill:#1f2328;text-anchor:end}svg .detail{font-size:11px;fill:#57606a;text-anchor:end}svg .heading{font-size:12px;font-weight:600;fill:#1f2328;text-anchor:end}',
  'svg .bar.running{fill:#8c959f}svg .bar.queued{fill:#0969da}svg .bar.late{fill:#bc4c00}svg .bar.never{fill:url(#never-hatch);stroke:#cf222e}',
  'svg .never-fill{fill:#fff5f5}svg .never-line{stroke:#ffaba8;stroke-width:1.5}svg .never-text{font-size:11px;font-weight:600;fill:#82071e}',
  'svg .deadline{stroke:#cf222e;stroke-width:2}svg .lane{fill:#f6f8fa}svg .use{fill:#b6e3ff;stroke:#0969da;stroke-width:1}',
  'svg .limit{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:6 4}svg .limit-text{font-size:11px;fill:#cf222e;text-anchor:end}svg .legend{font-size:11px;fill:#57606a}',
].join('\n');

