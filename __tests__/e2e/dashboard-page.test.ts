import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CatalogEntry } from '../../src/catalog/types.js';
import type { CiRecord } from '../../src/results/record.js';
import type { HistoryItem } from '../../src/results/store.js';
import { GitHubIssuesStandIn } from '../helpers/github-issues-stand-in.js';
import { ROOT, runAction } from '../helpers/runner.js';
import { entryOf, historyOf, recordOf, shippedCatalog, writeLocalStore } from '../helpers/report-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const REPO = 'mcc/e2e-action';
const RUN_URL = `https://github.com/${REPO}/actions/runs/1002`;
const BUCKET = 'mcc-results';
const s3 = (key: string): string =>
  `https://us-west-2.console.aws.amazon.com/s3/object/${BUCKET}?region=us-west-2&prefix=${encodeURIComponent(key)}`;

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of boxes that share more than a sliver of area. */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) found.push(`${a.name} × ${b.name}`);
    }),
  );
  return found;
}

const boxesOf = (page: Page, selector: string): Promise<Box[]> =>
  page.$$eval(selector, (nodes) =>
    nodes
      .filter((n) => (n as unknown as { checkVisibility(): boolean }).checkVisibility())
      .map((n, i) => {
        const r = n.getBoundingClientRect();
        const label = n.getAttribute('data-label') ?? n.id ?? n.tagName;
        return { name: `${label || n.tagName}#${i}`, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );

/** The page's width in the browser: wider than the viewport means a horizontal scroll bar. */
const scrollWidth = (): number =>
  (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
    .documentElement.scrollWidth;

describe('the published dashboard page in Chromium: order, filters, trends, links, layout', () => {
  const github = new GitHubIssuesStandIn(REPO);
  const catalog = shippedCatalog();
  const e = (id: string): CatalogEntry => entryOf(catalog, id);
  let browser: Browser;
  let workspace: string;
  let history: HistoryItem[];
  let regressed: CiRecord;

  /** the report action's dashboard over the fixture, as the tier workflow writes it */
  async function dashboard(name: string, inputs: Record<string, string> = {}): Promise<string> {
    const run = await runAction('dist/report/index.js', {
      cwd: workspace,
      inputs: {
        dashboard: `${name}/index.html`,
        'results-bucket': BUCKET,
        'aws-region': 'us-west-2',
        'link-jobs': 'true',
        'github-token': 'ghs_standin',
        ...inputs,
      },
      env: {
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '1002',
        GITHUB_EVENT_NAME: 'schedule',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return join(workspace, name, 'index.html');
  }

  async function open(file: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) errors.push(`fetched ${r.url()}`);
    });
    await page.goto(`file://${file}`);
    await page.waitForSelector('tr[data-config]', { state: 'attached' });
    expect(errors).toEqual([]);
    return page;
  }

  const visibleRows = (page: Page, tier: string): Promise<string[]> =>
    page.$$eval(`section[data-tier="${tier}"] tr[data-config]`, (rows) =>
      rows
        .filter((r) => (r as unknown as { checkVisibility(): boolean }).checkVisibility())
        .map((r) => r.getAttribute('data-config') ?? ''),
    );

  beforeAll(async () => {
    await github.start();
    github.jobs.set(1002, [
      { id: 1, name: 'plan', html_url: `https://github.com/${REPO}/actions/runs/1002/job/1` },
      { id: 77, name: 'e2e / rt-qwen3-17b', html_url: `https://github.com/${REPO}/actions/runs/1002/job/77` },
      { id: 78, name: 'e2e / rt-qwen3-4b', html_url: `https://github.com/${REPO}/actions/runs/1002/job/78` },
    ]);
    github.artifacts.set(1002, [
      { id: 501, name: 'mcc-e2e-leg-rt-qwen3-17b' },
      { id: 502, name: 'mcc-e2e-leg-rt-qwen3-4b' },
      { id: 600, name: 'mcc-e2e-dashboard' },
    ]);
    workspace = mkdtempSync(join(tmpdir(), 'mcc-page-'));
    regressed = recordOf(e('rt-qwen3-17b'), 'fail-test', {
      previous: 'pass',
      minute: 2,
      extra: { runUrl: RUN_URL },
    });
    Object.entries(regressed.stageResults ?? {}).forEach(([stage, r], i) => {
      if (r.status !== 'skip') r.log = `logs/${String(i).padStart(2, '0')}-${stage}.log`;
      if (r.status === 'fail') r.error = `${stage} failed: ${'a-very-long-unbroken-error-token-'.repeat(6)}`;
    });
    const records = [
      recordOf(e('rt-qwen3-06b'), 'pass', { previous: 'pass', minute: 1 }),
      regressed,
      recordOf(e('rt-qwen3-4b'), 'pass', { previous: 'fail-test', minute: 3, extra: { runUrl: RUN_URL } }),
      recordOf(e('rt-llama32-1b'), 'running', {
        previous: 'pass',
        minute: 4,
        extra: { runStartedAt: new Date(Date.now() - 25 * 60_000).toISOString() },
      }),
      recordOf(e('rt-dsr1-qwen-15b'), 'fail-build', { minute: 6 }),
      // stopped by a cancel after a pass: shown as cancelled, never failing or regressed
      recordOf(e('rt-qwen3-8b'), 'cancelled', {
        previous: 'pass',
        minute: 8,
        extra: { failureClass: 'cancelled' },
      }),
      recordOf(e('rt-qwen25-7b'), 'pass', {
        minute: 7,
        extra: { benchmarkEnabled: true, lastBenchmarkStatus: 'completed' },
      }),
    ];
    const level = (tps: number, ttft: number) => ({
      concurrency: 8,
      output_token_throughput_tps: tps,
      ttft_p90_ms: ttft,
      itl_p90_ms: 12,
      e2e_latency_p90_ms: 900,
      error_rate: 0,
      request_count: 100,
      cost_per_1m_tokens: null,
    });
    history = [
      ...historyOf(e('rt-qwen3-4b'), ['pass', 'fail-test', 'pass', 'fail-deploy', 'pass']).map((h, i) => ({
        ...h,
        stageDurations: { generate: 10 + i, build: 100 + 10 * i, deploy: 200, test: 30, clean: 60 },
        estimatedCostUsd: 1 + i / 4,
      })),
      ...historyOf(e('rt-qwen3-17b'), ['pass', 'pass', 'fail-test']).map((h) => ({
        ...h,
        estimatedCostUsd: 2,
      })),
      ...historyOf(e('rt-qwen25-7b'), ['pass', 'pass', 'pass']).map((h, i) => ({
        ...h,
        benchmark: {
          runId: `bmk-${i}`,
          workload: 'sample',
          status: 'completed' as const,
          levels: [level(800 + 50 * i, 240 - 10 * i)],
        },
      })),
    ];
    writeLocalStore(join(workspace, '.mcc-e2e'), records, history);
    if (!statSync(CHROMIUM, { throwIfNoEntry: false }))
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(join(ROOT, '__tests__/artifacts'), { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await github.stop();
  });

  it('shows failing and regressed first, then running, then passing; untested collapsed', async () => {
    const page = await open(await dashboard('site'), 1400);
    expect(await visibleRows(page, 'ci')).toEqual([
      'rt-qwen3-17b', // regressed
      'rt-dsr1-qwen-15b', // failing
      'rt-llama32-1b', // running
      'rt-qwen3-4b', // passing, newest first
      'rt-qwen3-06b',
    ]);
    expect(
      await page.$eval(
        'section[data-tier="ci"] details.untested',
        (d) => (d as unknown as { open: boolean }).open,
      ),
    ).toBe(false);
    expect(await page.textContent('section[data-tier="ci"] details.untested > summary')).toBe(
      '1 untested config',
    );
    // the collapsed list reads as a line of text, not as a grey status bar
    expect(
      await page.$eval(
        'section[data-tier="ci"] details.untested',
        (d) =>
          (
            globalThis as unknown as { getComputedStyle(n: unknown): { backgroundColor: string } }
          ).getComputedStyle(d).backgroundColor,
      ),
    ).toBe('rgba(0, 0, 0, 0)');
    expect(await page.isVisible('tr[data-config="rt-llama32-3b"]')).toBe(false);
    // a cancelled run comes after the failing and running ones, before the passing ones
    expect(await visibleRows(page, 'nightly')).toEqual(['rt-qwen3-8b', 'rt-qwen25-7b']);
    const cancelled = 'tr[data-config="rt-qwen3-8b"]';
    expect(await page.getAttribute(`${cancelled} .badge`, 'data-status')).toBe('cancelled');
    expect(await page.getAttribute(`${cancelled} .badge`, 'class')).toBe('badge cancelled');
    expect(await page.$(`${cancelled} .mark.regression`)).toBeNull();
    expect(await page.textContent(`${cancelled} td.status`)).toContain('last: pass');
    await page.click('section[data-tier="ci"] details.untested > summary');
    expect(await page.isVisible('tr[data-config="rt-llama32-3b"]')).toBe(true);
    await page.close();
  });

  it('filters by tier, status, instance and free text, and sorts by a column', async () => {
    const page = await open(await dashboard('site'), 1400);
    await page.selectOption('#f-status', 'failing');
    expect(await visibleRows(page, 'ci')).toEqual(['rt-qwen3-17b', 'rt-dsr1-qwen-15b']);
    expect(await visibleRows(page, 'nightly')).toEqual([]);
    await page.selectOption('#f-status', 'cancelled');
    expect(await visibleRows(page, 'ci')).toEqual([]);
    expect(await visibleRows(page, 'nightly')).toEqual(['rt-qwen3-8b']);
    await page.selectOption('#f-status', 'regression');
    expect(await visibleRows(page, 'ci')).toEqual(['rt-qwen3-17b']);
    await page.selectOption('#f-status', '');
    await page.selectOption('#f-tier', 'nightly');
    expect(await page.isVisible('section[data-tier="ci"]')).toBe(false);
    expect(await visibleRows(page, 'nightly')).toEqual(['rt-qwen3-8b', 'rt-qwen25-7b']);
    await page.selectOption('#f-tier', '');
    await page.selectOption('#f-instance', 'ml.g5.12xlarge');
    expect(await visibleRows(page, 'ci')).toEqual([]);
    expect(await visibleRows(page, 'nightly')).toEqual(['rt-qwen3-8b', 'rt-qwen25-7b']);
    await page.selectOption('#f-instance', '');
    await page.fill('#f-text', 'Qwen3-4');
    expect(await visibleRows(page, 'ci')).toEqual(['rt-qwen3-4b']);
    expect(
      await page.$eval(
        '#f-text',
        (i) =>
          (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === i,
      ),
    ).toBe(true);
    await page.fill('#f-text', '');
    await page.selectOption('#f-status', 'untested');
    expect(await visibleRows(page, 'ci')).toEqual(['rt-llama32-3b']);
    await page.selectOption('#f-status', '');
    await page.click('section[data-tier="ci"] th button[data-sort="id"]');
    const ascending = ['rt-dsr1-qwen-15b', 'rt-llama32-1b', 'rt-qwen3-06b', 'rt-qwen3-17b', 'rt-qwen3-4b'];
    expect(await visibleRows(page, 'ci')).toEqual(ascending);
    await page.click('section[data-tier="ci"] th button[data-sort="id"]');
    expect(await visibleRows(page, 'ci')).toEqual([...ascending].reverse());
    expect(await page.getAttribute('section[data-tier="ci"] th button[data-sort="id"]', 'aria-sort')).toBe(
      'descending',
    );
    await page.close();
  });

  it('charts one point per history item: duration by stage, cost, benchmark, tier pass rate and spend', async () => {
    const page = await open(await dashboard('site'), 1400);
    await page.click('tr[data-config="rt-qwen3-4b"] button.toggle');
    const detail = 'tr[data-detail-for="rt-qwen3-4b"]';
    const mine = history.filter((h) => h.e2eCatalogId === 'rt-qwen3-4b');
    const points = (chart: string) =>
      page.$$eval(`${detail} figure[data-chart="${chart}"] svg g[data-point]`, (gs) =>
        gs.map((g) => [Number(g.getAttribute('data-value')), g.querySelectorAll('rect').length]),
      );
    expect(await points('duration')).toEqual(mine.map((h) => [h.durationSeconds, 5]));
    expect(await points('cost')).toEqual(mine.map((h) => [h.estimatedCostUsd, 1]));
    // bar heights follow the values: the longest run has the tallest stack
    const heights = await page.$$eval(`${detail} figure[data-chart="duration"] g[data-point]`, (gs) =>
      gs.map((g) =>
        [...g.querySelectorAll('rect')].reduce((t, r) => t + Number(r.getAttribute('height')), 0),
      ),
    );
    expect(heights.indexOf(Math.max(...heights))).toBe(mine.length - 1);
    await page.click('tr[data-config="rt-qwen25-7b"] button.toggle');
    const bench = (metric: string) =>
      page.$$eval(
        `tr[data-detail-for="rt-qwen25-7b"] figure[data-chart="benchmark-${metric}"] g[data-point]`,
        (gs) => gs.map((g) => Number(g.getAttribute('data-value'))),
      );
    expect(await bench('output_token_throughput_tps')).toEqual([800, 850, 900]);
    expect(await bench('ttft_p90_ms')).toEqual([240, 230, 220]);
    // per tier, one point per day with runs: ci ran on 5 days (4b), 3 of them also 17b
    const tier = (chart: string) =>
      page.$$eval(`section[data-tier="ci"] .tier-charts figure[data-chart="${chart}"] g[data-point]`, (gs) =>
        gs.map((g) => Number(g.getAttribute('data-value'))),
      );
    expect(await tier('pass-rate')).toEqual([100, 0, 100, 50, 50]);
    expect(await tier('spend')).toEqual([1, 1.25, 3.5, 3.75, 4]);
    await page.close();
    // --history / the history input: N runs per config
    const short = await open(await dashboard('short', { history: '3' }), 1400);
    await short.click('tr[data-config="rt-qwen3-4b"] button.toggle');
    expect(
      await short.$$('tr[data-detail-for="rt-qwen3-4b"] figure[data-chart="duration"] g[data-point]'),
    ).toHaveLength(3);
    expect(await short.$$('tr[data-config="rt-qwen3-4b"] .strip > *')).toHaveLength(3);
    await short.close();
  }, 240_000); // two report runs on a loaded machine

  it('links the job, the artifact and the S3 result.json and stage logs; times are relative with the ISO time', async () => {
    const page = await open(await dashboard('site'), 1400);
    const href = (selector: string) => page.getAttribute(selector, 'href');
    const row = 'tr[data-config="rt-qwen3-17b"]';
    expect(await href(`${row} a[data-link="job"]`)).toBe(
      `https://github.com/${REPO}/actions/runs/1002/job/77`,
    );
    expect(await href(`${row} a[data-link="artifact"]`)).toBe(
      `https://github.com/${REPO}/actions/runs/1002/artifacts/501`,
    );
    const prefix = `runs/ci/${regressed.runId}/rt-qwen3-17b/`;
    expect(await href(`${row} a[data-link="result-json"]`)).toBe(s3(`${prefix}result.json`));
    await page.click(`${row} button.toggle`);
    const logs = await page.$$eval('tr[data-detail-for="rt-qwen3-17b"] tr[data-stage]', (rows) =>
      rows.map((r) => [
        r.getAttribute('data-stage'),
        r.querySelector('a[data-link="stage-log"]')?.getAttribute('href') ?? null,
      ]),
    );
    expect(logs).toEqual(
      Object.entries(regressed.stageResults ?? {}).map(([stage, r]) => [
        stage,
        r.log ? s3(`${prefix}${r.log}`) : null,
      ]),
    );
    // a config of an earlier run: its run, its S3 copy, no job of this run
    const older = 'tr[data-config="rt-qwen3-06b"]';
    expect(await href(`${older} a[data-link="run"]`)).toBe(`https://github.com/${REPO}/actions/runs/1001`);
    expect(await page.$(`${older} a[data-link="job"]`)).toBeNull();
    expect(await page.textContent(`${older} time`)).toMatch(/^\d+ d ago$/);
    expect(await page.getAttribute(`${older} time`, 'title')).toBe('2026-05-22T06:01:00Z');
    // started 25 minutes before the fixture was written
    const age = /^running for (\d+)m \d+s$/.exec(
      (await page.textContent('tr[data-config="rt-llama32-1b"] .running-age')) ?? '',
    );
    expect(Number(age?.[1])).toBeGreaterThanOrEqual(25);
    expect(Number(age?.[1])).toBeLessThan(60);
    await page.close();
  });

  it('holds its layout at 1400 px with stage details open', async () => {
    const page = await open(await dashboard('site'), 1400);
    for (const id of ['rt-qwen3-17b', 'rt-qwen3-4b'])
      await page.click(`tr[data-config="${id}"] button.toggle`);
    const detail = await page.$eval('tr[data-detail-for="rt-qwen3-17b"] > td', (td) => {
      const table = td.closest('table') as unknown as { getBoundingClientRect(): { width: number } };
      return { td: td.getBoundingClientRect().width, table: table.getBoundingClientRect().width };
    });
    expect(detail.td).toBeGreaterThan(detail.table * 0.98);
    // stage names, statuses and durations each on one line (no one-letter-per-line column)
    const lines = await page.$$eval('tr[data-detail-for="rt-qwen3-17b"] .stage-table td:not(.error)', (tds) =>
      tds.map((td) => {
        const doc = (
          globalThis as unknown as {
            document: {
              createRange(): {
                selectNodeContents(n: unknown): void;
                getBoundingClientRect(): { height: number };
              };
            };
          }
        ).document;
        const range = doc.createRange();
        range.selectNodeContents(td);
        return [td.textContent, range.getBoundingClientRect().height];
      }),
    );
    expect(lines.length).toBeGreaterThan(9);
    // one line of 14 px text is about 20 px high
    expect(lines.filter(([, height]) => Number(height) > 24)).toEqual([]);
    for (const row of ['rt-qwen3-17b', 'rt-qwen3-4b']) {
      expect(overlaps(await boxesOf(page, `tr[data-config="${row}"] > td`))).toEqual([]);
      expect(
        overlaps(
          await boxesOf(
            page,
            `tr[data-detail-for="${row}"] .detail-grid > .stage-table, tr[data-detail-for="${row}"] figure.chart`,
          ),
        ),
      ).toEqual([]);
    }
    expect(overlaps(await boxesOf(page, 'section[data-tier="ci"] thead th'))).toEqual([]);
    expect(await page.evaluate(scrollWidth)).toBeLessThanOrEqual(1400);
    const shot = join(ROOT, '__tests__/artifacts/dashboard-1400.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('holds its layout at 400 px, with stage details open', async () => {
    const page = await open(await dashboard('site'), 400);
    await page.click('tr[data-config="rt-qwen3-17b"] button.toggle');
    expect(await page.evaluate(scrollWidth)).toBeLessThanOrEqual(400);
    expect(overlaps(await boxesOf(page, '#filters > label'))).toEqual([]);
    for (const id of ['rt-qwen3-17b', 'rt-llama32-1b', 'rt-qwen25-7b']) {
      const cells = await boxesOf(page, `tr[data-config="${id}"] > td`);
      expect(cells.length).toBeGreaterThan(5);
      expect(overlaps(cells)).toEqual([]);
      expect(cells.filter((c) => c.x < 0 || c.x + c.width > 400.5)).toEqual([]);
    }
    const detail = await boxesOf(
      page,
      'tr[data-detail-for="rt-qwen3-17b"] .stage-table td, tr[data-detail-for="rt-qwen3-17b"] figure.chart',
    );
    expect(detail.filter((c) => c.x < 0 || c.x + c.width > 400.5)).toEqual([]);
    expect(overlaps(await boxesOf(page, 'tr[data-detail-for="rt-qwen3-17b"] figure.chart'))).toEqual([]);
    const shot = join(ROOT, '__tests__/artifacts/dashboard-400.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });
});
