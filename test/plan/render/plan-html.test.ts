import * as fs from 'fs';
import * as path from 'path';
import { mljob, tempDir } from '../plan-test-helpers';
import { hostileInput, htmlScenario, manyJobs } from './plan-html-scenarios';

const TODAY = '2026-11-24';

describe('mljob plan --format html: one self-contained page', () => {
  let html: string;
  let plan: any;

  beforeAll(async () => {
    const args = htmlScenario();
    html = (await mljob(...args, '--format', 'html')).stdout;
    plan = JSON.parse((await mljob(...args, '--format', 'json')).stdout);
  });

  test('nothing is loaded from anywhere: no script, no external style, font or image, and a policy that forbids them', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|@font-face|\bsrc=/i);
    expect(html.match(/url\([^)]*\)/g)).toEqual(['url(#never-hatch)']);
    // The only links are the findings' rule sources, which the reader may follow.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/cloud\.google\.com\//);
  });

  test('the plan, the schedule chart with a bar per job and quota lines, the quota table and the cost table', () => {
    const resources = plan.resource_changes.map((change: any) => `${change.stack}/${change.address}`);
    for (const resource of resources) expect(html).toContain(`<td><code>${resource}</code></td>`);
    const bars = [...html.matchAll(/<g class="job" data-job="([^"]*)">/g)].map((m) => m[1]);
    const running = resources.find((resource: string) => resource.includes('.running_'));
    expect(bars.sort()).toEqual([running, ...plan.schedule.map((entry: any) => entry.resource)].sort());
    expect(html).toMatch(/<rect class="bar late" /);
    expect(html).toMatch(/<rect class="bar never" /);
    expect(html).toContain('<line class="limit" ');
    expect(html).toContain('<tr><td>NVIDIA_TESLA_V100 in us-central1</td><td class="number">8</td><td class="number">8</td><td class="number">0h</td><td class="number">3</td><td><code class="error">');
    expect(html).toContain(`<h2>Cost (worst case, USD, catalog prices read ${plan.cost.price_date})</h2>`);
    expect(html).toMatch(/<tr><td><strong>vision<\/strong> \(new jobs\)<\/td><td>total<\/td><td><\/td><td><\/td><td class="number"><strong>\$[\d,.]+<\/strong><\/td><td><\/td><\/tr>/);
    expect(html).toContain('<summary>The plan as <code>mljob plan</code> prints it</summary>');
  });

  test('byte-identical from run to run', async () => {
    const args = htmlScenario();
    const first = (await mljob(...args, '--format', 'html')).stdout;
    expect((await mljob(...args, '--format', 'html')).stdout).toBe(first);
  });

  test('--out writes the page', async () => {
    const file = path.join(tempDir(), 'plan.html');
    const run = await mljob(...htmlScenario(), '--format', 'html', '--out', file);
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  test('hostile job names are text, never markup', async () => {
    const page = (await mljob('plan', hostileInput(), '--format', 'html', '--today', TODAY)).stdout;
    expect(page).not.toMatch(/<script|<img|<link|<\/style><style>/i);
    expect(page).toContain('&lt;img src=x onerror=&quot;console.error(1)&quot;&gt;');
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page.slice(page.indexOf('<style>'), page.indexOf('</style>'))).not.toContain('evil');
  });
});

describe('mljob plan --format html with thousands of jobs', () => {
  test('the chart draws 200 rows and says how many it left out; the schedule and cost tables keep every job', async () => {
    // GIVEN 3,000 jobs, the last of which can never start
    const args = manyJobs(3000);

    // WHEN
    const start = Date.now();
    const html = (await mljob(...args, '--format', 'html', '--fail-on', 'never')).stdout;
    const elapsed = Date.now() - start;

    // THEN the chart has 200 bars, the job that never starts among them, and a line for the 2,800 left out
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const bars = [...svg.matchAll(/<g class="job" data-job="([^"]*)">/g)].map((m) => m[1]);
    expect(bars).toHaveLength(200);
    const names = bars.map((bar) => bar.replace(/^.*\/google_ml_engine_job\./, ''));
    expect(names.slice(0, 3)).toEqual(['job_00000', 'job_00001', 'job_00002']);
    expect(names[names.length - 1]).toBe('job_02999');
    expect(names.slice(0, 199)).toEqual(Array.from({ length: 199 }, (_, i) => `job_${String(i).padStart(5, '0')}`));
    expect(svg).toContain('>2,800 more jobs not drawn: the schedule table lists every job</text>');
    expect(svg).toContain('aria-label="Worst-case schedule of 3000 jobs (200 drawn) and the use of');
    expect(html).toContain('<p class="note left-out">The chart draws 200 of 3,000 jobs (those that never start or start late first, then in queue order); 2,800 are left out of it. The table below lists every job.</p>');
    // AND the chart stays the size of 200 rows; the page grows with the tables and the text plan only, linearly
    expect(Number(/<svg [^>]*height="(\d+)"/.exec(svg)![1])).toBeLessThan(200 * 22 + 400);
    expect(svg.length).toBeLessThan(150_000);
    expect(html.length / 3000).toBeLessThan(2_500);
    // AND the tables are complete
    const schedule = html.slice(html.indexOf('<section id="schedule">'), html.indexOf('</section>', html.indexOf('<section id="schedule">')));
    expect(schedule.match(/<tr(?: class="late")?><td><code>/g)).toHaveLength(3000);
    expect(elapsed).toBeLessThan(30_000);
  }, 60_000);
});
