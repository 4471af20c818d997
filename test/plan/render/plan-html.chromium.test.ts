import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { BrowserContext } from 'playwright-core';
import { mljob, tempDir } from '../plan-test-helpers';
import { hostileInput, htmlScenario, manyJobs } from './plan-html-scenarios';

/**
 * Opens the HTML plan in Debian's headless Chromium (driven by playwright-core, which brings no browser of its own).
 * `.ci/run` installs chromium; in CI (CI=true) a missing browser fails the test; elsewhere it is skipped, loudly.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const IN_CI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

function whyNoBrowser(): string | undefined {
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} does not exist (install it: apt-get install -y chromium)`;
  try {
    require.resolve('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm ci installs it)';
  }
  return undefined;
}

const missing = whyNoBrowser();
if (missing && !IN_CI) {
  process.stderr.write(`\n${'!'.repeat(100)}\n!!! SKIPPED: the HTML report's browser test did not run: ${missing}.\n${'!'.repeat(100)}\n\n`);
}
const browserTest = missing && !IN_CI ? test.skip : test;

/** What a page did while it was open. */
interface PageVisit {
  readonly requests: string[];
  readonly consoleErrors: string[];
  /** `data-job` of every drawn bar with its size on screen. */
  readonly bars: Array<{ job: string; width: number; height: number }>;
  readonly screenshot: Buffer;
  readonly text: string;
}

/** Opens `file` in a new page of `context`, records requests and console errors, and takes a screenshot. */
async function visit(context: BrowserContext, file: string, fullPage = true): Promise<PageVisit> {
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const page = await context.newPage();
  try {
    // Anything but the page itself is recorded and refused, so a failure cannot reach the network either.
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(url, { waitUntil: 'load' });
    const bars = await page.$$eval('svg.schedule g.job', (groups) => groups.map((group) => {
      const box = (group.querySelector('rect.bar') as Element).getBoundingClientRect();
      return { job: group.getAttribute('data-job') ?? '', width: box.width, height: box.height };
    }));
    const screenshot = await page.screenshot({ fullPage });
    const text = await page.innerText('body');
    return { requests, consoleErrors, bars, screenshot, text };
  } finally {
    await page.close();
  }
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the HTML plan in headless Chromium', () => {
  let profile: string;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (missing) return;
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    // A fresh, empty profile for every run.
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  if (missing && IN_CI) {
    test('Chromium and playwright-core are installed (CI)', () => {
      throw new Error(`the HTML report's browser test cannot run in CI: ${missing}`);
    });
  }

  browserTest('every job has its bar; no console error, no request but the page; a screenshot', async () => {
    // GIVEN the page of a plan with a running job, queued jobs (one late) and one that never starts
    const args = htmlScenario();
    const dir = tempDir();
    const file = path.join(dir, 'plan.html');
    expect((await mljob(...args, '--format', 'html', '--out', file, '--fail-on', 'never')).code).toBe(0);
    const plan = JSON.parse((await mljob(...args, '--format', 'json')).stdout);

    // WHEN
    const page = await visit(context as BrowserContext, file);
    fs.writeFileSync(path.join(dir, 'plan.png'), page.screenshot);

    // THEN
    expect(page.consoleErrors).toEqual([]);
    expect(page.requests).toEqual([pathToFileURL(file).href]);
    const running = plan.resource_changes.map((c: any) => `${c.stack}/${c.address}`).find((r: string) => r.includes('.running_'));
    expect(page.bars.map((bar) => bar.job).sort()).toEqual([running, ...plan.schedule.map((entry: any) => entry.resource)].sort());
    for (const bar of page.bars) {
      expect(bar.width).toBeGreaterThan(1);
      expect(bar.height).toBeGreaterThan(5);
    }
    const { width, height } = pngSize(page.screenshot);
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(900);
    expect(page.screenshot.length).toBeGreaterThan(20_000);
    expect(page.text).toContain('Quota use (worst case)');
  });

  browserTest('2,000 jobs: the chart draws 200 bars and says how many it left out; the page opens quickly and whole', async () => {
    // GIVEN the page of a plan with 2,000 jobs
    const file = path.join(tempDir(), 'plan.html');
    expect((await mljob(...manyJobs(2000), '--format', 'html', '--out', file, '--fail-on', 'never')).code).toBe(0);

    // WHEN it is opened (a screenshot of the first screen: the whole page is thousands of table rows long)
    const started = Date.now();
    const page = await visit(context as BrowserContext, file, false);
    const elapsed = Date.now() - started;

    // THEN
    expect(page.consoleErrors).toEqual([]);
    expect(page.requests).toEqual([pathToFileURL(file).href]);
    expect(page.bars).toHaveLength(200);
    for (const bar of page.bars) expect(bar.height).toBeGreaterThan(5);
    expect(page.text).toContain('1,800 more jobs not drawn: the schedule table lists every job');
    expect(page.text).toContain('The chart draws 200 of 2,000 jobs');
    expect(page.text.match(/job_01999/g)?.length).toBeGreaterThanOrEqual(3); // chart, schedule table, cost table
    expect(pngSize(page.screenshot)).toEqual({ width: 1200, height: 900 });
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);

  browserTest('hostile job names stay text: no script runs, nothing is fetched', async () => {
    const file = path.join(tempDir(), 'plan.html');
    expect((await mljob('plan', hostileInput(), '--format', 'html', '--out', file, '--today', '2026-11-24')).code).toBe(0);

    const page = await visit(context as BrowserContext, file);

    expect(page.consoleErrors).toEqual([]);
    expect(page.requests).toEqual([pathToFileURL(file).href]);
    expect(page.bars).toHaveLength(3);
    expect(page.text).toContain('<img src=x onerror="console.error(1)">');
  });
});
