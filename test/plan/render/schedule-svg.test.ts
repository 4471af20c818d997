import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { quotaUseOf } from '../../../src/plan/quota-use';
import { chartRows, MAX_CHART_ROWS, renderScheduleSvg } from '../../../src/plan/render/schedule-svg';
import { QuotaUse, RunningHold, ScheduleEntry } from '../../../src/plan/schedule';

const V100: QuotaUse = { key: 'accelerators/us-central1/NVIDIA_TESLA_V100', quota: 'NVIDIA_TESLA_V100 in us-central1', amount: 8, limit: 8, fromUser: true };

function entry(resource: string, start: number | undefined, hours: number, extra: Partial<ScheduleEntry> = {}): ScheduleEntry {
  return { resource, priority: 0, ...(start !== undefined ? { worstCaseStart: start * 3600 } : {}), maxRunningSeconds: hours * 3600, waitsBehind: [], exceeds: [], uses: [V100], ...extra };
}

/** The elements of an SVG, each with its attributes (`@_name`) and children, as fast-xml-parser reads them. */
function parse(svg: string): any {
  expect(XMLValidator.validate(svg)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, htmlEntities: true, isArray: (name) => ['g', 'rect', 'line', 'text', 'polygon'].includes(name) }).parse(svg).svg;
}

function chart(schedule: ScheduleEntry[], running: RunningHold[] = []): string {
  return renderScheduleSvg({ schedule, running, quotas: quotaUseOf({ schedule, running }) });
}

describe('renderScheduleSvg: the schedule as an SVG Gantt chart with quota lanes', () => {
  test('one bar per job, placed by start and length on a shared axis; a running job first', () => {
    // GIVEN a running job for 2h, then a: 2h..8h, b: 8h..12h (maxWait 1h: late); 12h is the horizon
    const running: RunningHold[] = [{ resource: 'v/google_ml_engine_job.old', maxRunningSeconds: 2 * 3600, uses: [V100] }];
    const svg = parse(chart([entry('v/google_ml_engine_job.a', 2, 6), entry('v/google_ml_engine_job.b', 8, 4, { maxWaitSeconds: 3600 })], running));

    const jobs = svg.g.filter((g: any) => g['@_class'] === 'job');
    expect(jobs.map((g: any) => g['@_data-job'])).toEqual(['v/google_ml_engine_job.old', 'v/google_ml_engine_job.a', 'v/google_ml_engine_job.b']);
    const bars = jobs.map((g: any) => g.rect[0]);
    expect(bars.map((bar: any) => bar['@_class'])).toEqual(['bar running', 'bar queued', 'bar late']);
    // The plot runs from x=330 for 640 units over 12 hours.
    const at = (hours: number): number => 330 + (640 * hours) / 12;
    expect(bars.map((bar: any) => [Number(bar['@_x']), Number(bar['@_width'])])).toEqual([
      [at(0), expect.closeTo(at(2) - at(0), 1)],
      [expect.closeTo(at(2), 1), expect.closeTo(at(8) - at(2), 1)],
      [expect.closeTo(at(8), 1), expect.closeTo(at(12) - at(8), 1)],
    ]);
    // b's max wait is marked where it ends, 1h in.
    expect(Number(jobs[2].line[0]['@_x1'])).toBeCloseTo(at(1), 1);
    expect(bars[2]['title']).toBe('v/google_ml_engine_job.b: starts by 8h, runs up to 4h, max wait 1h');
  });

  test('a job that can never start gets a hatched bar across the chart that says which quota it exceeds', () => {
    const big = entry('v/big', undefined, 6, { uses: [{ ...V100, amount: 16 }], exceeds: [{ quota: V100.quota, demand: 16, limit: 8, fromUser: true }] });
    const svg = parse(chart([entry('v/a', 0, 6), big]));

    const never = svg.g.find((g: any) => g['@_data-job'] === 'v/big');
    expect(never.rect[0]).toMatchObject({ '@_class': 'bar never', '@_x': '330', '@_width': '640' });
    expect(never.text[0]['#text']).toBe('never starts: exceeds NVIDIA_TESLA_V100 in us-central1 (needs 16, limit 8)');
  });

  test('each quota has a lane: its use as a step area under a dashed limit line', () => {
    const svg = parse(chart([entry('v/a', 0, 6), entry('v/b', 6, 6)]));

    const lane = svg.g.find((g: any) => g['@_class'] === 'quota');
    expect(lane['@_data-quota']).toBe(V100.key);
    const limit = lane.line.find((line: any) => line['@_class'] === 'limit');
    const use = lane.polygon[0]['@_points'].split(' ').map((point: string) => point.split(',').map(Number));
    // Full (8 of 8) from 0 to 12h: the area rises to the limit line at 0 and falls back at 12h, the chart's end.
    const top = Number(limit['@_y1']);
    expect(use.filter(([, y]: number[]) => y === top).map(([x]: number[]) => x)).toEqual([330, 970]);
    expect(Math.min(...use.map(([, y]: number[]) => y))).toBe(top);
    expect(lane.text.map((text: any) => text['#text'] ?? text)).toEqual(expect.arrayContaining(['peak 8 of 8', 'limit 8 (quota file)']));
  });

  test('job names are escaped, in the attribute and in the text', () => {
    const name = 'v/google_ml_engine_job.x"><script>alert(1)</script><a href=\'//evil\'>';
    const text = chart([entry(name, 0, 1)]);

    expect(text).not.toMatch(/<script|<a /);
    const job = parse(text).g.find((g: any) => g['@_class'] === 'job');
    expect(job['@_data-job']).toBe(name);
    expect(job.rect[0].title).toBe(`${name}: starts by 0h, runs up to 1h`);
  });

  test('long names are cut in the chart and whole in the tooltip; huge times stay finite; same input, same bytes', () => {
    const long = `v/google_ml_engine_job.${'n'.repeat(80)}`;
    const svg = parse(chart([entry(long, 0, 1e12)]));
    const name = svg.text.find((text: any) => text['@_class'] === 'name');
    expect(name.title).toBe(long);
    expect(name['#text']).toBe(`v/${'n'.repeat(43)}…`);
    expect(chart([entry(long, 0, 1e12)])).not.toMatch(/NaN|Infinity/);
    expect(chart([entry('v/a', 0, 1.5)])).toBe(chart([entry('v/a', 0, 1.5)]));
  });

  test('nothing to draw: no chart', () => {
    expect(renderScheduleSvg({ schedule: [], running: [], quotas: [] })).toBe('');
  });
});

describe('renderScheduleSvg: a row cap keeps thousands of jobs usable', () => {
  /** `count` jobs of an hour each, one after the other (`v/j0000`, …). */
  const queue = (count: number, from = 0): ScheduleEntry[] => Array.from({ length: count }, (_, i) => entry(`v/j${String(from + i).padStart(4, '0')}`, from + i, 1));
  const drawnJobs = (svg: any): string[] => svg.g.filter((g: any) => g['@_class'] === 'job').map((g: any) => g['@_data-job']);
  const leftOutLine = (svg: any): string | undefined => svg.text.find((t: any) => t['@_class'] === 'left-out')?.['#text'];

  test(`up to ${MAX_CHART_ROWS} rows every job is drawn and nothing is said to be left out`, () => {
    const svg = parse(chart(queue(MAX_CHART_ROWS)));
    expect(drawnJobs(svg)).toHaveLength(MAX_CHART_ROWS);
    expect(leftOutLine(svg)).toBeUndefined();
    expect(chartRows({ schedule: queue(MAX_CHART_ROWS), running: [] }).leftOut).toBe(0);
  });

  test('past the cap: the first rows in chart order, and one line saying how many were left out', () => {
    // GIVEN 5,000 queued jobs and one running
    const running: RunningHold[] = [{ resource: 'v/running', maxRunningSeconds: 3600, uses: [V100] }];
    const schedule = queue(5000);

    // WHEN
    const started = Date.now();
    const text = chart(schedule, running);
    const svg = parse(text);

    // THEN
    expect(Date.now() - started).toBeLessThan(2000);
    expect(drawnJobs(svg)).toEqual(['v/running', ...schedule.slice(0, MAX_CHART_ROWS - 1).map((e) => e.resource)]);
    expect(leftOutLine(svg)).toBe('4,801 more jobs not drawn: the schedule table lists every job');
    expect(svg['@_aria-label']).toBe('Worst-case schedule of 5001 jobs (200 drawn) and the use of 1 quotas');
    expect(Number(svg['@_height'])).toBeLessThan(MAX_CHART_ROWS * 22 + 400);
    // AND the time axis still spans every job (the last ends at 5,000 h): the lane's use runs to the chart's end
    const ticks = svg.text.filter((t: any) => t['@_class'] === 'tick').map((t: any) => t['#text']);
    expect(ticks[ticks.length - 1]).toMatch(/^(180|190|200|210)d/);
  });

  test('jobs that never start, then jobs that start late, are drawn first; the rows keep chart order', () => {
    // GIVEN 10 on-time jobs, a late one at 7h and one that never starts, with room for 4 rows
    const late = entry('v/late', 7, 1, { maxWaitSeconds: 3600 });
    const never = entry('v/never', undefined, 1, { uses: [{ ...V100, amount: 16 }], exceeds: [{ quota: V100.quota, demand: 16, limit: 8, fromUser: true }] });
    const schedule = [...queue(7), late, ...queue(3, 8), never];

    // WHEN
    const svg = parse(renderScheduleSvg({ schedule, running: [], quotas: quotaUseOf({ schedule, running: [] }) }, { maxRows: 4 }));

    // THEN never and late, then the earliest two, in chart order
    expect(drawnJobs(svg)).toEqual(['v/j0000', 'v/j0001', 'v/late', 'v/never']);
    expect(leftOutLine(svg)).toBe('8 more jobs not drawn: the schedule table lists every job');
    expect(chartRows({ schedule, running: [] }, 4)).toEqual({ drawn: ['v/j0000', 'v/j0001', 'v/late', 'v/never'], leftOut: 8, leftOutNever: 0, leftOutLate: 0 });
  });

  test('when the jobs that never start alone fill the rows, the line counts those left out', () => {
    const nevers = Array.from({ length: 5 }, (_, i) => entry(`v/never${i}`, undefined, 1, { exceeds: [{ quota: V100.quota, demand: 16, limit: 8, fromUser: true }] }));
    const rows = chartRows({ schedule: [...queue(3), ...nevers], running: [] }, 2);
    expect(rows).toEqual({ drawn: ['v/never0', 'v/never1'], leftOut: 6, leftOutNever: 3, leftOutLate: 0 });
    const svg = parse(renderScheduleSvg({ schedule: [...queue(3), ...nevers], running: [], quotas: [] }, { maxRows: 2 }));
    expect(leftOutLine(svg)).toBe('6 more jobs not drawn, 3 that never start among them: the schedule table lists every job');
  });
});
