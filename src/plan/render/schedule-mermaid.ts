import { hours } from '../hours';
import { QuotaUseInput } from '../quota-use';

/** Options of the Mermaid chart. */
export interface ScheduleMermaidOptions {
  /**
   * Draw at most this many jobs (Mermaid refuses diagrams over 50,000 characters and a PR comment holds 65,536).
   * Default 50.
   */
  readonly maxJobs?: number;
}

/** The chart's time zero: Mermaid reads these dates in the reader's local time, so the axis starts on day 1, 00:00. */
const ZERO = Date.UTC(2000, 0, 1);
/** Times past this many seconds (100 years) are drawn at it. */
const LAST_SECOND = 100 * 365 * 24 * 3600;

/**
 * The worst-case schedule as a Mermaid `gantt` chart in a fenced block, which GitHub draws: jobs already running,
 * the new jobs in queue order (a job that may wait past its `maxWaitTime` is marked critical), and the jobs that can
 * never start. The axis counts days and hours from apply. Job names are untrusted: they are reduced to characters
 * that cannot end the task text, start a comment, directive or keyword, or close the fence. Returns the lines of the
 * block, followed by a note when jobs were left out.
 */
export function renderScheduleMermaid(input: QuotaUseInput, options: ScheduleMermaidOptions = {}): string[] {
  const max = Math.max(1, options.maxJobs ?? 50);
  const queued = input.schedule.map((entry, index) => ({ entry, position: index + 1 }));
  const starting = queued.filter(({ entry }) => entry.worstCaseStart !== undefined);
  const never = queued.filter(({ entry }) => entry.worstCaseStart === undefined);
  // The new jobs are what the review is about: they go first when the chart must leave jobs out.
  const shownStarting = starting.slice(0, max);
  const shownNever = never.slice(0, max - shownStarting.length);
  const shownRunning = input.running.slice(0, max - shownStarting.length - shownNever.length);
  const total = input.schedule.length + input.running.length;
  const shown = shownStarting.length + shownNever.length + shownRunning.length;

  const lines = [
    '```mermaid',
    'gantt',
    '    title Worst-case schedule (day 1 00:00 is apply)',
    '    dateFormat YYYY-MM-DD HH:mm:ss',
    '    axisFormat day %-j %H:%M',
    '    todayMarker off',
  ];
  let id = 0;
  if (shownRunning.length) {
    lines.push('    section Already running');
    for (const job of shownRunning) lines.push(task(`running ${shortName(job.resource)}`, ['active'], ++id, 0, job.maxRunningSeconds));
  }
  if (shownStarting.length) {
    lines.push('    section New jobs in queue order');
    for (const { entry, position } of shownStarting) {
      const start = entry.worstCaseStart ?? 0;
      const late = entry.maxWaitSeconds !== undefined && start > entry.maxWaitSeconds;
      const label = `${position}. ${shortName(entry.resource)}${late ? ` - may wait past its max wait of ${hours(entry.maxWaitSeconds ?? 0)}` : ''}`;
      lines.push(task(label, late ? ['crit'] : [], ++id, start, start + entry.maxRunningSeconds));
    }
  }
  if (shownNever.length) {
    lines.push('    section Never start');
    for (const { entry, position } of shownNever) {
      const label = `${position}. ${shortName(entry.resource)} - exceeds ${entry.exceeds.map((excess) => excess.quota).join(', ')}`;
      lines.push(task(label, ['milestone', 'crit'], ++id, 0, 0));
    }
  }
  lines.push('```');
  if (shown < total) lines.push('', `_The chart shows ${shown} of ${total} jobs; the schedule table lists every new job._`);
  return lines;
}

/** One task line. The label always starts with a fixed word or a number, never with job text. */
function task(label: string, tags: readonly string[], id: number, start: number, end: number): string {
  return `    ${mermaidText(label)} :${[...tags, `j${id}`, date(start), end === start ? '0s' : date(end)].join(', ')}`;
}

/**
 * Job text made safe for a Mermaid gantt task: only letters, digits, spaces and `_.-/()[]+=,!?~*'` are kept (a `:`
 * ends the text, `#` and `;` end the line, `%` starts a comment or a directive, a backtick could close the markdown
 * fence, `<`, `&` and quotes are markup); anything else becomes `_`. Long text is cut at 80 characters.
 */
export function mermaidText(text: string): string {
  const safe = text.replace(/\s+/g, ' ').replace(/[^\p{L}\p{N} _.\-/()[\]+=,!?~*']/gu, '_').trim();
  const characters = [...safe];
  return characters.length > 80 ? `${characters.slice(0, 79).join('')}…` : safe;
}

/** `vision/google_ml_engine_job.resnet_1A2B` → `vision/resnet_1A2B`; `…/google_vertex_ai_custom_job.x` → `…/vertex.x`. */
function shortName(resource: string): string {
  return resource.replace(/(^|\/)google_ml_engine_job\./, '$1').replace(/(^|\/)google_vertex_ai_custom_job\./, '$1vertex.');
}

/** Seconds from apply as a date of the chart's calendar (`2000-01-01 06:00:00` is 6 hours in). */
function date(seconds: number): string {
  const clamped = Math.min(Math.max(0, Math.round(seconds)), LAST_SECOND);
  return new Date(ZERO + clamped * 1000).toISOString().slice(0, 19).replace('T', ' ');
}
