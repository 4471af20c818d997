import { Job } from '../../model/job';
import { sortStrings } from '../../model/sorted-keys';
import { StringSemantics } from '../../read/prepare-job';
import { isUnresolved } from '../../model/json-values';
import { customJobToTerraform } from '../../model/custom-job-terraform-mapping';
import { CustomJob } from '../../model/custom-job';
import { jobToTerraform } from '../../model/terraform-mapping';
import { hours } from '../hours';
import { CustomJobChange, JobChange, MlEngineJobChange, PlanResult } from '../plan-result';
import { priorJobField } from '../plan-inputs';
import { VERTEX_PRICING_SOURCE } from '../custom-job-resources';
import { literalText } from '../desired-strings';
import { compactValue, STATE_ONLY_NOTE } from '../state-only-attributes';
import { findingCountsText, planCountsText } from './plan-summary-line';
import { terraformDottedPath } from '../terraform-paths';
import { dollars, pushTextTable } from './text-table';
import { isPlainObject } from '../../model/plain-object';

/** Renders the plan like `terraform plan`: changes, findings, schedule, cost and the summary line. */
export function renderPlanText(plan: PlanResult): string {
  // One array of lines, pushed to in place and joined once: no array per change or per table to spread into it.
  const lines: string[] = [];
  let jobs = 0;
  let shown = 0;
  for (const change of plan.changes) {
    if (change.action !== 'delete') jobs++;
    if (change.action !== 'no-op' || change.importing) shown++;
  }
  lines.push(`mljob plan (offline): ${plan.stacks.length} ${plural(plan.stacks.length, 'stack')}, ${jobs} ${plural(jobs, 'job')} in code.`);
  lines.push('');
  // With no job at all there is nothing to match: say so rather than that the jobs match the state.
  if (shown === 0) lines.push(plan.changes.length ? 'No changes. The jobs match the prior state.' : 'No changes: no job in the code or in the prior state.', '');
  for (const change of plan.changes) {
    if (change.action === 'no-op' && !change.importing) continue;
    renderChange(change, lines);
    lines.push('');
  }
  if (plan.counts.noop) lines.push(`${plan.counts.noop} ${plural(plan.counts.noop, 'job')} unchanged.`, '');

  if (plan.findings.length) {
    lines.push('Findings:');
    for (const f of plan.findings) {
      lines.push(`  ${f.severity.padEnd(7)} ${f.ruleId}  ${f.resource}${f.path ? ` ${f.path}` : ''}: ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`);
    }
    lines.push('');
  }

  if (plan.schedule.length) {
    lines.push(`Schedule (worst case: every earlier job runs its full maxRunningTime; quotas: ${plan.quotaFile ?? 'catalog defaults, unconfirmed'}):`);
    const rows: string[][] = [];
    for (const entry of plan.schedule) {
      rows.push([
        entry.resource,
        String(entry.priority),
        entry.worstCaseStart === undefined ? 'never' : hours(entry.worstCaseStart),
        entry.maxWaitSeconds === undefined ? '-' : hours(entry.maxWaitSeconds),
        hours(entry.maxRunningSeconds),
        entry.exceeds.length ? `exceeds ${entry.exceeds.map((e) => e.quota).join(', ')}` : entry.waitsBehind.join(', ') || '-',
      ]);
    }
    pushTextTable(lines, ['job', 'priority', 'starts by', 'max wait', 'max run', 'waits behind'], rows);
    lines.push('');
  }

  if (plan.costs.length) {
    lines.push(`Cost (worst case, USD, catalog prices read ${plan.priceDate}; AI Platform Training list prices):`);
    const rows: string[][] = [];
    for (const line of plan.costs) rows.push([line.resource, line.action, dollars(line.cost.perHour), hours(line.cost.hours * 3600), dollars(line.cost.worstCase)]);
    for (const [stack, total] of stackTotals(plan)) rows.push([`${stack} (new jobs)`, 'total', '', '', dollars(total)]);
    pushTextTable(lines, ['job', 'action', 'per hour', 'max run', 'worst case'], rows);
    // Each note names the job it belongs to, in the order of the table.
    for (const line of plan.costs) for (const gap of line.cost.gaps) lines.push(`  note (${line.resource}): ${gap}`);
    const vertex = vertexPricingNote(plan);
    if (vertex) lines.push(`  note: ${vertex}`);
    lines.push('');
  }

  // The empty last line gives the final newline: one flat string of megabytes, not a join plus a concatenation.
  lines.push(`Plan: ${planCountsText(plan.counts)}. ${findingCountsText(plan.summary)}.`, '');
  return lines.join('\n');
}

/**
 * The basis of the Vertex AI custom jobs' costs, when the plan prices any: the catalog's AI Platform Training units,
 * which Vertex AI's pricing page says it keeps for custom training. Undefined for a plan without custom jobs.
 */
export function vertexPricingNote(plan: PlanResult): string | undefined {
  if (!plan.costs.some((line) => line.type === 'google_vertex_ai_custom_job')) return undefined;
  return `Vertex AI custom jobs are priced with the same AI Platform Training units, which Vertex AI keeps for custom training (${VERTEX_PRICING_SOURCE}); a machine type or GPU the catalog does not price leaves the cost unknown or a lower bound.`;
}

/** Worst-case cost of the jobs each stack creates or replaces, by stack. */
export function stackTotals(plan: PlanResult): Array<[string, number | undefined]> {
  const totals = new Map<string, number | undefined>();
  for (const line of plan.costs) {
    if (line.action !== 'create' && line.action !== 'replace') continue;
    const previous = totals.has(line.stack) ? totals.get(line.stack) : 0;
    totals.set(line.stack, previous === undefined || line.cost.worstCase === undefined ? undefined : Math.round((previous + line.cost.worstCase) * 100) / 100);
  }
  return [...totals];
}

/**
 * Pushes the lines of one change's block to `out`. A job an import block adopts says so as `terraform plan` does: a
 * block of its own when the import is the whole change, else `# (imported from "…")` under the change's first line.
 */
function renderChange(change: JobChange, out: string[]): void {
  const importing = change.importing;
  if (importing && change.action === 'no-op') {
    const type = change.type;
    const name = change.address.replace(new RegExp(`^.*${type}\\.`), '');
    out.push(`  # ${change.resource} will be imported`);
    if (!importing.compared) {
      out.push(`  # (not compared with the existing job: pass --jobs with the project's job list; terraform plan compares them)`);
    }
    out.push(`    resource "${type}" "${name}" {`, `        id = ${JSON.stringify(importing.id)}`, '    }');
    return;
  }
  const start = out.length;
  renderChangeBlock(change, out);
  // The block's first line is the change's comment.
  if (importing) out.splice(start + 1, 0, `  # (imported from ${JSON.stringify(importing.id)})`);
}

/** Pushes the lines of one change's block to `out`. */
function renderChangeBlock(change: JobChange, out: string[]): void {
  if (change.type === 'google_vertex_ai_custom_job') {
    for (const line of renderCustomJobChange(change)) out.push(line);
    return;
  }
  // The desired job's strings as synthesized (`$${` is a literal `${`); the prior job's are literal.
  const strings = change.desired?.strings ?? 'literal';
  const name = change.address.replace(/^.*google_ml_engine_job\./, '');
  const head = `resource "google_ml_engine_job" "${name}"`;
  switch (change.action) {
    case 'create':
      out.push(`  # ${change.resource} will be created`, `  + ${head} {`);
      for (const line of renderBlock(attributesOf(change.after as Job), '      ', '+', strings)) out.push(line);
      out.push('    }');
      return;
    case 'update': {
      const stateOnly = change.stateOnlyChanges ?? [];
      const labelsAt = out.length + 3;
      out.push('', `  ~ ${head} {`, `        job_id = ${value(change.after?.jobId, strings)}`);
      // The label lines go in place; with no label changed (only the block's two lines) they come out again.
      const labelsChange = pushLabelLines(out, (change.prior && priorJobField(change.prior, 'labels')) ?? {}, change.after?.labels ?? {}, strings);
      if (!labelsChange) out.length = labelsAt;
      // A state-only attribute (timeouts) changes in Terraform's state alone: say so, as no API call is made for it.
      const what = !stateOnly.length ? 'labels only' : labelsChange ? `labels; ${stateOnly.map((c) => c.attribute).join(', ')}: Terraform state only` : STATE_ONLY_NOTE;
      out[labelsAt - 3] = `  # ${change.resource} will be updated in place (${what})`;
      for (const c of stateOnly) out.push(`      ~ ${c.attribute} = ${compactValue(c.before)} -> ${compactValue(c.after)} # ${STATE_ONLY_NOTE}`);
      out.push('    }');
      return;
    }
    case 'replace': {
      const why = change.cancels
        ? ` (the old job is ${change.priorJobState}: it is cancelled first)`
        : change.cancelsIfActive
          ? ` (the old job's state is ${unknownState(change)}: it is cancelled first if still active; pass --jobs with the project's job list to know)`
          : ` (the old job is ${change.priorJobState})`;
      out.push(`  # ${change.resource} must be replaced${why}`, `-/+ ${head} {`);
      const replacePaths = change.replacePaths;
      if (!replacePaths.includes('jobId')) replaceLine(change, 'jobId', strings, out);
      for (const path of replacePaths) replaceLine(change, path, strings, out);
      out.push('    }');
      return;
    }
    case 'delete': {
      const what = change.cancels
        ? `will be cancelled (it is ${change.priorJobState}) and removed from the state`
        : change.cancelsIfActive
          ? `will be cancelled if still active and removed from the state (its state is ${unknownState(change)}; pass --jobs with the project's job list to know)`
          : `will be removed from the state (it is ${change.priorJobState}; nothing to cancel)`;
      out.push(`  # ${change.resource} ${what}`, `  - ${head} {`, `      - job_id = ${value(change.prior && priorJobField(change.prior, 'jobId'))}`, '    }');
      return;
    }
  }
}

/** One attribute line of a replacement's block. */
function replaceLine(change: MlEngineJobChange, path: string, strings: StringSemantics, out: string[]): void {
  const before = value(at(change.prior?.job, path));
  const after = value(at(change.after, path), strings);
  const forces = change.replacePaths.includes(path);
  // A replacement for values known only at apply can keep its job id (MLJ-PLAN-003): shown unchanged, as Terraform does.
  if (!forces && before === after) out.push(`        ${terraformDottedPath(path)} = ${after}`);
  else out.push(`      ~ ${terraformDottedPath(path)} = ${before} -> ${after}${forces ? ' # forces replacement' : ''}`);
}

/**
 * A Vertex AI custom job's change. Its id (`name`) is assigned by the server, so a replacement shows the new name as
 * known after apply; the old job is cancelled if still active, then deleted, as is a job removed from the code.
 */
function renderCustomJobChange(change: CustomJobChange): string[] {
  const strings = change.desired?.strings ?? 'literal';
  const name = change.address.replace(/^.*google_vertex_ai_custom_job\./, '');
  const head = `resource "google_vertex_ai_custom_job" "${name}"`;
  const old = change.cancels
    ? `the old job is ${change.priorJobState}: it is cancelled, then deleted`
    : change.cancelsIfActive
      ? `the old job's state is ${unknownState(change)}: it is cancelled if still active, then deleted; pass --jobs with the project's custom job list to know`
      : `the old job is ${change.priorJobState}: it is deleted`;
  switch (change.action) {
    case 'create':
      return [`  # ${change.resource} will be created`, `  + ${head} {`, ...renderBlock(customJobAttributes(change.after as CustomJob, change.region), '      ', '+', strings), '    }'];
    case 'replace':
      return [
        `  # ${change.resource} must be replaced (${old})`,
        `-/+ ${head} {`,
        `      ~ name = ${value(change.before?.name)} -> (known after apply)`,
        ...change.replacePaths.map((path) => {
          const before = path === 'location' ? change.priorRegion : at(change.before, path);
          const after = path === 'location' ? change.region : at(change.after, path);
          return `      ~ ${terraformDottedPath(path)} = ${value(before)} -> ${value(after, strings)} # forces replacement`;
        }),
        '    }',
      ];
    case 'update':
      return [
        `  # ${change.resource} will be updated in place (${STATE_ONLY_NOTE})`,
        `  ~ ${head} {`,
        `        display_name = ${value(change.after?.displayName, strings)}`,
        ...(change.stateOnlyChanges ?? []).map((c) => `      ~ ${c.attribute} = ${compactValue(c.before)} -> ${compactValue(c.after)} # ${STATE_ONLY_NOTE}`),
        '    }',
      ];
    case 'delete': {
      const what = change.cancels
        ? `will be cancelled (it is ${change.priorJobState}), then deleted`
        : change.cancelsIfActive
          ? `will be cancelled if still active, then deleted (its state is ${unknownState(change)}; pass --jobs with the project's custom job list to know)`
          : `will be deleted (it is ${change.priorJobState}; nothing to cancel)`;
      return [
        `  # ${change.resource} ${what}`,
        `  - ${head} {`,
        `      - display_name = ${value(change.before?.displayName)}`,
        `      - name         = ${value(change.before?.name)}`,
        '    }',
      ];
    }
    default:
      return [];
  }
}

/** The Terraform arguments of a custom job, nested blocks as lists, with its `location` when known. */
function customJobAttributes(job: CustomJob, region: string | undefined): { [name: string]: unknown } {
  const attributes = customJobToTerraform(job).attributes;
  return region === undefined ? attributes : { ...attributes, location: region };
}

/** `unknown`, or `unknown (STATE_UNSPECIFIED)` for a state the plan does not know. */
function unknownState(change: JobChange): string {
  return change.priorJobState ? `unknown (${JSON.stringify(change.priorJobState)})` : 'unknown';
}

/**
 * Pushes the `labels` lines of an update to `out`: the block's opening and closing lines around one line per changed
 * label. Returns whether any label changed.
 */
function pushLabelLines(out: string[], before: { [key: string]: string }, after: { [key: string]: string }, strings: StringSemantics): boolean {
  const keys = Object.keys(before);
  for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) keys.push(key);
  sortStrings(keys);
  out.push('      ~ labels = {');
  const first = out.length;
  for (const key of keys) {
    if (!(key in after)) out.push(`          - ${JSON.stringify(key)} = ${value(before[key])}`);
    else if (!(key in before)) out.push(`          + ${JSON.stringify(key)} = ${value(after[key], strings)}`);
    else if (before[key] !== literalText(after[key], strings)) out.push(`          ~ ${JSON.stringify(key)} = ${value(before[key])} -> ${value(after[key], strings)}`);
  }
  out.push('        }');
  return out.length > first + 1;
}

/** The Terraform attributes of a job, nested blocks as lists: what `terraform plan` would show. */
function attributesOf(job: Job): { [name: string]: unknown } {
  return jobToTerraform(job).attributes;
}

function renderBlock(attributes: { [name: string]: unknown }, indent: string, sign: string, strings: StringSemantics): string[] {
  const lines: string[] = [];
  const keys = Object.keys(attributes).sort();
  const scalars = keys.filter((key) => !isBlockList(attributes[key]));
  const width = Math.max(0, ...scalars.map((key) => key.length));
  for (const key of scalars) {
    const item = attributes[key];
    if (item === undefined || item === null) continue;
    if (isPlainObject(item)) {
      lines.push(`${indent}${sign} ${key.padEnd(width)} = {`);
      for (const entry of Object.keys(item).sort()) lines.push(`${indent}    ${sign} ${JSON.stringify(entry)} = ${value(item[entry], strings)}`);
      lines.push(`${indent}  }`);
    } else {
      lines.push(`${indent}${sign} ${key.padEnd(width)} = ${value(item, strings)}`);
    }
  }
  for (const key of keys.filter((k) => isBlockList(attributes[k]))) {
    for (const block of attributes[key] as Array<{ [name: string]: unknown }>) {
      lines.push(`${indent}${sign} ${key} {`, ...renderBlock(block, `${indent}    `, sign, strings), `${indent}  }`);
    }
  }
  return lines;
}

function isBlockList(item: unknown): boolean {
  return Array.isArray(item) && item.length > 0 && item.every(isPlainObject);
}

/** A value as `terraform plan` prints it: literal text, and `(known after apply)` for references. */
function value(item: unknown, strings: StringSemantics = 'literal'): string {
  if (item === undefined || item === null) return 'null';
  if (typeof item === 'string') {
    const text = literalText(item, strings);
    return text === undefined ? '(known after apply)' : JSON.stringify(text);
  }
  if (isUnresolved(item)) return '(known after apply)';
  if (Array.isArray(item)) return `[${item.map((entry) => value(entry, strings)).join(', ')}]`;
  if (isPlainObject(item)) return `{ ${Object.keys(item).sort().map((key) => `${JSON.stringify(key)} = ${value(item[key], strings)}`).join(', ')} }`;
  return JSON.stringify(item);
}

function at(job: Job | CustomJob | undefined, path: string): unknown {
  // Segment by segment without splitting the path: a replacement names a few paths for thousands of jobs.
  let current: unknown = job;
  let start = 0;
  for (;;) {
    if (current === undefined || current === null || typeof current !== 'object') return undefined;
    const end = path.indexOf('.', start);
    current = (current as { [key: string]: unknown })[end < 0 ? path.slice(start) : path.slice(start, end)];
    if (end < 0) return current;
    start = end + 1;
  }
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
