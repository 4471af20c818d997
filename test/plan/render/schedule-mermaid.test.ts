import * as fc from 'fast-check';
import { mermaidText, renderScheduleMermaid } from '../../../src/plan/render/schedule-mermaid';
import { RunningHold, ScheduleEntry } from '../../../src/plan/schedule';

function entry(resource: string, start: number | undefined, hours: number, extra: Partial<ScheduleEntry> = {}): ScheduleEntry {
  return { resource, priority: 0, ...(start !== undefined ? { worstCaseStart: start * 3600 } : {}), maxRunningSeconds: hours * 3600, waitsBehind: [], exceeds: [], uses: [], ...extra };
}

/** The statements Mermaid's gantt grammar reads from our block: a header line, a section, or a task. */
const HEADER = /^(gantt|    title [^#;\n]+|    dateFormat YYYY-MM-DD HH:mm:ss|    axisFormat day %-j %H:%M|    todayMarker off|    section [A-Za-z ]+)$/;
const TASK = /^    (running |\d+\. )[^#:;%`\n]* :((active|crit|milestone), )*j\d+, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d, (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|0s)$/u;

describe('renderScheduleMermaid: the worst-case schedule as a Mermaid gantt chart', () => {
  test('running jobs, the queue in order (late ones critical) and the jobs that never start, on a calendar from 2000-01-01 00:00', () => {
    // GIVEN
    const running: RunningHold[] = [{ resource: 'v/google_ml_engine_job.old', maxRunningSeconds: 2 * 3600, uses: [] }];
    const schedule = [
      entry('v/google_ml_engine_job.first', 0, 6),
      entry('v/google_ml_engine_job.second', 6, 30, { maxWaitSeconds: 3600 }),
      entry('v/google_ml_engine_job.big', undefined, 1, { exceeds: [{ quota: 'NVIDIA_TESLA_V100 in us-central1', demand: 24, limit: 16, fromUser: true }] }),
    ];

    // WHEN
    const lines = renderScheduleMermaid({ schedule, running });

    // THEN
    expect(lines).toEqual([
      '```mermaid',
      'gantt',
      '    title Worst-case schedule (day 1 00:00 is apply)',
      '    dateFormat YYYY-MM-DD HH:mm:ss',
      '    axisFormat day %-j %H:%M',
      '    todayMarker off',
      '    section Already running',
      '    running v/old :active, j1, 2000-01-01 00:00:00, 2000-01-01 02:00:00',
      '    section New jobs in queue order',
      '    1. v/first :j2, 2000-01-01 00:00:00, 2000-01-01 06:00:00',
      '    2. v/second - may wait past its max wait of 1h :crit, j3, 2000-01-01 06:00:00, 2000-01-02 12:00:00',
      '    section Never start',
      '    3. v/big - exceeds NVIDIA_TESLA_V100 in us-central1 :milestone, crit, j4, 2000-01-01 00:00:00, 0s',
      '```',
    ]);
  });

  test('a long queue is cut at maxJobs, new jobs first, with a note', () => {
    const schedule = Array.from({ length: 5 }, (_, i) => entry(`v/google_ml_engine_job.j${i}`, i, 1));
    const running: RunningHold[] = [{ resource: 'v/google_ml_engine_job.old', maxRunningSeconds: 3600, uses: [] }];

    const lines = renderScheduleMermaid({ schedule, running }, { maxJobs: 3 });

    expect(lines.filter((line) => TASK.test(line)).map((line) => line.split(' :')[0].trim())).toEqual(['1. v/j0', '2. v/j1', '3. v/j2']);
    expect(lines.slice(-2)).toEqual(['', '_The chart shows 3 of 6 jobs; the schedule table lists every new job._']);
  });

  test('times past 100 years are drawn at 100 years instead of failing', () => {
    const [task] = renderScheduleMermaid({ schedule: [entry('v/a', 0, 1e12)], running: [] }).filter((line) => TASK.test(line));
    expect(task).toContain(', 2099-12-07 00:00:00');
  });

  test('hostile job names cannot end the task text, add statements, comments, directives, links or close the fence', () => {
    const names = [
      'click j1 href "javascript:alert(1)"',
      "%%{init: {'theme':'dark'}}%%",
      'a\nsection Evil\nEvil :j9, 2000-01-01 00:00:00, 1d',
      'a#35;b',
      'x;y',
      '```',
      '<img src=x onerror=alert(1)>',
      '\u202eevil\u0000',
    ];
    const lines = renderScheduleMermaid({ schedule: names.map((name, i) => entry(`s/google_ml_engine_job.${name}`, i, 1)), running: [{ resource: 'title x\n%%', maxRunningSeconds: 1, uses: [] }] });

    const body = lines.slice(1, lines.indexOf('```', 1));
    for (const line of body) expect(line).toMatch(line.includes(' :') ? TASK : HEADER);
    expect(body.filter((line) => TASK.test(line))).toHaveLength(names.length + 1);
    expect(body).toContain('    1. s/click j1 href _javascript_alert(1)_ :j2, 2000-01-01 00:00:00, 2000-01-01 01:00:00');
    expect(body).toContain('    3. s/a section Evil Evil _j9, 2000-01-01 00_00_00, 1d :j4, 2000-01-01 02:00:00, 2000-01-01 03:00:00');
  });

  test('mermaidText keeps letters, digits and plain punctuation of any script, replaces the rest, and cuts long text (property)', () => {
    expect(mermaidText('café/工作 (v2) a=b+c, d!')).toBe('café/工作 (v2) a=b+c, d!');
    expect(mermaidText('a:b#c;d%e`f<g>h&i"j{k}l|m\\n@o')).toBe('a_b_c_d_e_f_g_h_i_j_k_l_m_n_o');
    expect(mermaidText('x'.repeat(100))).toBe(`${'x'.repeat(79)}…`);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const safe = mermaidText(text);
      expect(safe).toMatch(/^[\p{L}\p{N} _.\-/()[\]+=,!?~*'…]*$/u);
      expect(safe).not.toMatch(/^\s|\s$|\n/);
      expect([...safe].length).toBeLessThanOrEqual(80);
    }));
  });

  test('the same input gives the same bytes', () => {
    const input = { schedule: [entry('v/a', 0, 1.5), entry('v/b', 1.5, 2)], running: [] };
    expect(renderScheduleMermaid(input).join('\n')).toBe(renderScheduleMermaid(input).join('\n'));
  });
});
