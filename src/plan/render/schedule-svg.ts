import { hours } from '../hours';
import { QuotaUseInput, QuotaUseSummary } from '../quota-use';
import { ScheduleEntry } from '../schedule';
import { escapeHtml } from './html-escape';
import { thousands } from './text-table';

/** What the chart draws: the schedule, the jobs already running and the use of each quota. */
export interface ScheduleSvgInput extends QuotaUseInput {
  readonly quotas: readonly QuotaUseSummary[];
}

/** How the chart is drawn. */
export interface ScheduleSvgOptions {
  /**
   * The most job rows drawn: past it, the chart would be metres tall and slow to open.
   * @default MAX_CHART_ROWS
   */
  readonly maxRows?: number;
}

/** The most job rows the chart draws by default (200 rows are about 4,400 px). */
export const MAX_CHART_ROWS = 200;

/** Which jobs a chart of `maxRows` rows draws, and what it leaves out. */
export interface ChartRows {
  /** The jobs drawn, running ones first, then in queue order. */
  readonly drawn: readonly string[];
  /** How many jobs are not drawn. */
  readonly leftOut: number;
  /** Of those left out, how many can never start, and how many may wait past their `maxWaitTime` (both 0 unless such jobs alone fill the rows). */
  readonly leftOutNever: number;
  readonly leftOutLate: number;
}

const WIDTH = 1000;
/** The plot's left edge: job names are right-aligned before it. */
const PLOT_X = 330;
const PLOT_WIDTH = 640;
const TOP = 34;
const ROW = 22;
const BAR = 14;
const LANE = 64;
const LANE_GAP = 22;
/** Job names longer than this are cut in the chart (the tooltip and the tables have them whole). */
const NAME_LENGTH = 46;
/** The chart ends at 100 years at the latest. */
const LAST_SECOND = 100 * 365 * 24 * 3600;
/** Tick steps in hours: at most 8 ticks over the chart. */
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2160, 4320, 8760];

/**
 * The worst-case schedule as an inline SVG Gantt chart: one row per job (running jobs, then the new jobs in queue
 * order; a job that may wait past its `maxWaitTime` is drawn late, with its deadline marked; a job that can never
 * start gets a hatched bar across the chart), then one lane per quota with its use over time and its limit as a
 * dashed line. Every job's bar carries `data-job` with the job's name. Pure, deterministic text: no script, no
 * external reference; all job text is escaped. Returns '' when there is nothing to draw.
 *
 * At most `maxRows` jobs get a row (see `chartRows`: the jobs that never start or start late come first); a last
 * row says how many were left out. The time axis and the quota lanes still cover every job.
 */
export function renderScheduleSvg(input: ScheduleSvgInput, options: ScheduleSvgOptions = {}): string {
  const all = allRows(input);
  if (all.length === 0 && input.quotas.length === 0) return '';
  const { rows, leftOut, leftOutNever, leftOutLate } = pickRows(all, options.maxRows ?? MAX_CHART_ROWS);
  const latest = Math.max(3600, ...maxOf(all, (row) => Math.max(row.end, row.deadline ?? 0)), ...input.quotas.map((q) => q.steps[q.steps.length - 1]?.at ?? 0));
  const horizon = Number.isFinite(latest) ? Math.min(latest, LAST_SECOND) : LAST_SECOND;
  const x = (seconds: number): number => PLOT_X + (PLOT_WIDTH * Math.min(Math.max(0, seconds), horizon)) / horizon;
  const rowsHeight = (rows.length + (leftOut ? 1 : 0)) * ROW;
  const lanesTop = TOP + rowsHeight + (input.quotas.length ? 36 : 0);
  const bottom = lanesTop + input.quotas.length * (LANE + LANE_GAP);
  const height = bottom + 40;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="schedule" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="Worst-case schedule of ${all.length} jobs${leftOut ? ` (${rows.length} drawn)` : ''} and the use of ${input.quotas.length} quotas">`,
    '<defs><pattern id="never-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" class="never-fill"/><line x1="0" y1="0" x2="0" y2="8" class="never-line"/></pattern></defs>',
  );

  // The time axis: ticks at the top, grid lines through rows and lanes.
  const step = tickStep(horizon);
  for (let t = 0; t <= horizon; t += step) {
    out.push(`<line class="grid" x1="${n(x(t))}" y1="${TOP - 6}" x2="${n(x(t))}" y2="${bottom}"/>`, `<text class="tick" x="${n(x(t))}" y="${TOP - 12}">${tickLabel(t)}</text>`);
  }

  rows.forEach((row, index) => {
    const y = TOP + index * ROW;
    const name = escapeHtml(row.resource);
    out.push(`<text class="name" x="${PLOT_X - 8}" y="${n(y + ROW / 2 + 4)}"><title>${name}</title>${escapeHtml(cut(shortName(row.resource)))}</text>`);
    const barY = n(y + (ROW - BAR) / 2);
    if (row.kind === 'never') {
      out.push(
        `<g class="job" data-job="${name}"><rect class="bar never" x="${PLOT_X}" y="${barY}" width="${PLOT_WIDTH}" height="${BAR}"><title>${name}: never starts, exceeds ${escapeHtml(row.note ?? '')}</title></rect>`,
        `<text class="never-text" x="${PLOT_X + 6}" y="${n(y + ROW / 2 + 4)}">never starts: exceeds ${escapeHtml(row.note ?? '')}</text></g>`,
      );
      return;
    }
    const left = x(row.start);
    const width = Math.max(2, x(row.end) - left);
    const what = row.kind === 'running' ? 'already running' : `starts by ${hours(row.start)}`;
    out.push(`<g class="job" data-job="${name}"><rect class="bar ${row.kind}" x="${n(left)}" y="${barY}" width="${n(width)}" height="${BAR}" rx="2"><title>${name}: ${what}, runs up to ${hours(row.end - row.start)}${row.deadline !== undefined ? `, max wait ${hours(row.deadline)}` : ''}</title></rect>`);
    if (row.deadline !== undefined) out.push(`<line class="deadline" x1="${n(x(row.deadline))}" y1="${n(y + 2)}" x2="${n(x(row.deadline))}" y2="${n(y + ROW - 2)}"><title>max wait ${hours(row.deadline)}</title></line>`);
    out.push('</g>');
  });

  if (leftOut) {
    const y = TOP + rows.length * ROW;
    const problems = [leftOutNever ? `${thousands(leftOutNever)} that never start` : '', leftOutLate ? `${thousands(leftOutLate)} that start late` : ''].filter(Boolean);
    out.push(`<text class="left-out" x="${PLOT_X}" y="${n(y + ROW / 2 + 4)}">${thousands(leftOut)} more ${leftOut === 1 ? 'job' : 'jobs'} not drawn${problems.length ? `, ${problems.join(' and ')} among them` : ''}: the schedule table lists every job</text>`);
  }
  if (input.quotas.length) out.push(`<text class="heading" x="${PLOT_X - 8}" y="${lanesTop - 14}">quota use (dashed: the limit)</text>`);
  input.quotas.forEach((quota, index) => out.push(...lane(quota, lanesTop + index * (LANE + LANE_GAP), x, horizon)));

  // Legend.
  const legend: Array<[string, string, number]> = [['running', 'already running', 0], ['queued', 'new job', 130], ['late', 'may wait past its max wait', 230], ['never', 'never starts', 440]];
  legend.forEach(([kind, label, offset]) => {
    const lx = PLOT_X + offset;
    out.push(`<rect class="bar ${kind}" x="${lx}" y="${bottom + 14}" width="14" height="10"/><text class="legend" x="${lx + 20}" y="${bottom + 23}">${label}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/**
 * The jobs a chart of at most `maxRows` rows draws: every job when they fit; else first the jobs that never start,
 * then those that start past their `maxWaitTime`, then the others, each group in chart order (running jobs, then the
 * queue), until the rows are used up. The rows drawn keep chart order.
 */
export function chartRows(input: QuotaUseInput, maxRows: number = MAX_CHART_ROWS): ChartRows {
  const { rows, leftOut, leftOutNever, leftOutLate } = pickRows(allRows(input), maxRows);
  return { drawn: rows.map((row) => row.resource), leftOut, leftOutNever, leftOutLate };
}

function allRows(input: QuotaUseInput): Row[] {
  return [
    ...input.running.map((job): Row => ({ kind: 'running', resource: job.resource, start: 0, end: job.maxRunningSeconds })),
    ...input.schedule.map(rowOf),
  ];
}

function pickRows(all: readonly Row[], maxRows: number): { rows: Row[]; leftOut: number; leftOutNever: number; leftOutLate: number } {
  const limit = Math.max(0, Math.floor(maxRows));
  if (all.length <= limit) return { rows: [...all], leftOut: 0, leftOutNever: 0, leftOutLate: 0 };
  const chosen = new Set<number>();
  for (const kind of ['never', 'late', undefined] as const) {
    for (let i = 0; i < all.length && chosen.size < limit; i++) if (kind === undefined || all[i].kind === kind) chosen.add(i);
  }
  const rows = all.filter((_, i) => chosen.has(i));
  const left = all.filter((_, i) => !chosen.has(i));
  return { rows, leftOut: left.length, leftOutNever: left.filter((row) => row.kind === 'never').length, leftOutLate: left.filter((row) => row.kind === 'late').length };
}

/** The values of `f` over `rows` as a one-element list of their maximum (no spread of thousands of arguments). */
function maxOf(rows: readonly Row[], f: (row: Row) => number): number[] {
  let max = 0;
  for (const row of rows) max = Math.max(max, f(row));
  return [max];
}

type RowKind = 'running' | 'queued' | 'late' | 'never';

interface Row {
  readonly kind: RowKind;
  readonly resource: string;
  readonly start: number;
  readonly end: number;
  /** `maxWaitTime` in seconds from apply. */
  readonly deadline?: number;
  readonly note?: string;
}

function rowOf(entry: ScheduleEntry): Row {
  if (entry.worstCaseStart === undefined) {
    return { kind: 'never', resource: entry.resource, start: 0, end: 0, note: entry.exceeds.map((excess) => `${excess.quota} (needs ${excess.demand}, limit ${excess.limit})`).join(', ') };
  }
  const late = entry.maxWaitSeconds !== undefined && entry.worstCaseStart > entry.maxWaitSeconds;
  return {
    kind: late ? 'late' : 'queued',
    resource: entry.resource,
    start: entry.worstCaseStart,
    end: entry.worstCaseStart + entry.maxRunningSeconds,
    ...(entry.maxWaitSeconds !== undefined ? { deadline: entry.maxWaitSeconds } : {}),
  };
}

/** One quota's lane: the use as a step area, the limit as a dashed line. */
function lane(quota: QuotaUseSummary, top: number, x: (seconds: number) => number, horizon: number): string[] {
  const base = top + LANE;
  const scale = Math.max(quota.limit, quota.peak, 1);
  const y = (used: number): number => base - (LANE * used) / scale;
  const points: string[] = [`${n(x(0))},${n(base)}`];
  let last = 0;
  for (const step of quota.steps) {
    points.push(`${n(x(step.at))},${n(y(last))}`, `${n(x(step.at))},${n(y(step.used))}`);
    last = step.used;
  }
  points.push(`${n(x(horizon))},${n(y(last))}`, `${n(x(horizon))},${n(base)}`);
  const name = escapeHtml(quota.quota);
  const source = quota.fromUser ? 'quota file' : 'catalog default, unconfirmed';
  const out = [
    `<g class="quota" data-quota="${escapeHtml(quota.key)}">`,
    `<rect class="lane" x="${PLOT_X}" y="${top}" width="${PLOT_WIDTH}" height="${LANE}"/>`,
    `<text class="name" x="${PLOT_X - 8}" y="${n(top + 16)}"><title>${name}</title>${escapeHtml(cut(quota.quota))}</text>`,
    `<text class="detail" x="${PLOT_X - 8}" y="${n(top + 32)}">peak ${quota.peak} of ${quota.limit}${quota.neverStart.length ? `; ${quota.neverStart.length} never start` : ''}</text>`,
    `<polygon class="use" points="${points.join(' ')}"><title>${name}: peak ${quota.peak} at ${hours(quota.peakAt)}</title></polygon>`,
    `<line class="limit" x1="${PLOT_X}" y1="${n(y(quota.limit))}" x2="${PLOT_X + PLOT_WIDTH}" y2="${n(y(quota.limit))}"><title>limit ${quota.limit} (${source})</title></line>`,
    `<text class="limit-text" x="${PLOT_X + PLOT_WIDTH}" y="${n(y(quota.limit) - 3)}">limit ${quota.limit} (${source})</text>`,
    '</g>',
  ];
  return out;
}

/** The tick step in seconds: the smallest of TICK_STEPS that gives at most 8 ticks. */
function tickStep(horizon: number): number {
  const hoursLong = horizon / 3600;
  const step = TICK_STEPS.find((candidate) => hoursLong / candidate <= 8) ?? Math.ceil(hoursLong / 8 / 8760) * 8760;
  return step * 3600;
}

/** `6h`, `1d`, `1d 12h`. */
function tickLabel(seconds: number): string {
  const total = Math.round(seconds / 3600);
  if (total < 24) return `${total}h`;
  const days = Math.floor(total / 24);
  const rest = total % 24;
  return rest ? `${days}d ${rest}h` : `${days}d`;
}

/** `vision/google_ml_engine_job.resnet_1A2B` → `vision/resnet_1A2B`; `…/google_vertex_ai_custom_job.x` → `…/vertex.x`. */
function shortName(resource: string): string {
  return resource.replace(/(^|\/)google_ml_engine_job\./, '$1').replace(/(^|\/)google_vertex_ai_custom_job\./, '$1vertex.');
}

function cut(text: string): string {
  const characters = [...text];
  return characters.length > NAME_LENGTH ? `${characters.slice(0, NAME_LENGTH - 1).join('')}…` : text;
}

/** A coordinate with at most one decimal, the same on every machine. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
