import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/moto-server.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Catalog, CatalogEntry } from '../../src/catalog/types.js';
import { renderDashboardHtml } from '../../src/report/html.js';
import { openResultsDir, readCoverage } from '../../src/report/source.js';
import { ROOT, runCli } from '../helpers/runner.js';
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
/** Each payload sets a window flag if it ever runs as code. */
const HOSTILE_MODEL = `Evil/</script><script>window.__xss=1</script><img src=x onerror="window.__xss=2">"onerror=window.__xss=3 x="`;
const HOSTILE_ERROR = `deploy failed: <svg onload=window.__xss=4>'"><script>alert(1)</script>`;

const LEVEL_REST = {
  itl_p90_ms: 12,
  e2e_latency_p90_ms: 900,
  error_rate: 0,
  request_count: 100,
  cost_per_1m_tokens: null,
};

/** Start `mcc-e2e dashboard` and wait for its "Dashboard on" line. */
function startDashboard(port: number, store: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist/cli/index.js'), 'dashboard', '--port', String(port), '--save-local', store],
    { cwd: ROOT, env: { ...process.env, GITHUB_ACTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (d: Buffer): void => {
      output += d.toString();
      if (output.includes('Dashboard on')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`dashboard exited with ${code}: ${output}`)));
  });
}

describe('mcc-e2e dashboard in Chromium', () => {
  let catalog: Catalog;
  let store: string;
  let port: number;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const expected = new Map<string, string>();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    catalog = shippedCatalog();
    store = mkdtempSync(join(tmpdir(), 'mcc-dashboard-'));
    const e = (id: string): CatalogEntry => entryOf(catalog, id);
    const records = [
      recordOf(e('rt-qwen3-06b'), 'pass', { previous: 'pass', minute: 1 }),
      recordOf(e('rt-qwen3-17b'), 'fail-test', { previous: 'pass', minute: 2 }),
      recordOf(e('rt-qwen3-4b'), 'pass', { minute: 3 }),
      recordOf(e('rt-llama32-1b'), 'running', { previous: 'pass', minute: 4 }),
      recordOf(e('rt-qwen25-7b'), 'fail-deploy', {
        minute: 5,
        extra: {
          errorMessage: HOSTILE_ERROR,
          benchmarkEnabled: true,
          lastBenchmarkStatus: 'completed',
          lastBenchmarkRunId: 'bmk-20260522T060500Z',
        },
      }),
      {
        ...recordOf(e('rt-qwen3-06b'), 'fail-build', { minute: 6 }),
        configId: 'deadbeefdeadbeef',
        e2eCatalogId: `rt-gone-<b>"onerror=window.__xss=5`,
        modelName: HOSTILE_MODEL,
        configJson: JSON.stringify({ ...e('rt-qwen3-06b').params, modelName: HOSTILE_MODEL }),
      },
    ];
    const benchmarkRun = (tps: number) => ({
      runId: 'bmk',
      workload: 'sample',
      status: 'completed' as const,
      levels: [
        { concurrency: 1, output_token_throughput_tps: tps / 4, ttft_p90_ms: 90, ...LEVEL_REST },
        { concurrency: 8, output_token_throughput_tps: tps, ttft_p90_ms: 240.5, ...LEVEL_REST },
      ],
    });
    const history = [
      ...historyOf(e('rt-qwen3-17b'), ['pass', 'pass', 'fail-test']),
      ...historyOf(e('rt-qwen3-4b'), ['pass', 'fail-test', 'pass', 'fail-deploy', 'pass']),
      ...historyOf(e('rt-qwen25-7b'), ['pass', 'fail-deploy']).map((h, i) => ({
        ...h,
        benchmark: benchmarkRun(800 + 100 * i),
      })),
    ];
    writeLocalStore(store, records, history);
    for (const entry of catalog.entries) {
      const record = records.find((r) => r.configId === entry.configId);
      expected.set(entry.id, record?.testStatus ?? 'untested');
    }
    port = await freePort();
    server = await startDashboard(port, store);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server?.once('exit', r));
    }
  });

  interface Watched {
    page: Page;
    consoleErrors: string[];
    dialogs: string[];
    foreignRequests: string[];
  }

  async function openPage(url: string, allowed: string): Promise<Watched> {
    const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 900 } });
    const watched: Watched = { page, consoleErrors: [], dialogs: [], foreignRequests: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') watched.consoleErrors.push(m.text());
    });
    page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
    page.on('dialog', (d) => {
      watched.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(allowed)) watched.foreignRequests.push(r.url());
    });
    await page.goto(url);
    return watched;
  }

  it('shows every config with its status, the marks, and hostile text as text', async () => {
    const { page, consoleErrors, dialogs, foreignRequests } = await openPage(
      `http://127.0.0.1:${port}/?refresh=1`,
      `http://127.0.0.1:${port}/`,
    );
    await page.waitForSelector('tr[data-config]');
    const shown = await page.$$eval('tr[data-config]', (rows) =>
      rows.map((r) => [
        r.getAttribute('data-config'),
        r.querySelector('.badge')?.getAttribute('data-status'),
        r.querySelector('.badge')?.textContent,
      ]),
    );
    expect(shown).toHaveLength(28);
    // every config once (the order is the page's: failing first, untested last)
    expect([...shown].sort()).toEqual(
      catalog.entries.map((e) => [e.id, expected.get(e.id), expected.get(e.id)]).sort(),
    );
    expect(await page.$$eval('section[data-tier]', (s) => s.map((x) => x.getAttribute('data-tier')))).toEqual(
      ['ci', 'nightly', 'weekly'],
    );
    expect(await page.textContent('[data-card="coverage"] b')).toBe('7%');
    expect(await page.textContent('tr[data-config="rt-qwen3-17b"] .mark.regression')).toBe('⚠️ REGRESSION');
    expect(await page.textContent('tr[data-config="rt-qwen3-4b"] .mark.flaky')).toBe('~ FLAKY');
    expect(
      await page.$$eval('tr[data-config="rt-qwen3-4b"] .strip span', (s) => s.map((x) => x.className)),
    ).toEqual(['passing', 'failing', 'passing', 'failing', 'passing']);
    // generate 10 + build 20 + push 30 + deploy 40 + test 30 + clean 90 seconds (skipped stages 0)
    expect(await page.textContent('tr[data-config="rt-qwen3-17b"] button.toggle')).toBe('9 stages · 3m 40s');
    expect(await page.textContent('tr[data-config="rt-qwen25-7b"]')).toContain('output tok/s 900.0 (+12.5%)');
    expect(await page.textContent('.banner')).toContain('rt-qwen3-17b');

    // hostile values: shown verbatim, never run
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain(HOSTILE_ERROR.split('\n')[0] as string);
    expect(body).toContain(`rt-gone-<b>"onerror=window.__xss=5`);
    expect(body).toContain(HOSTILE_MODEL);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.$$('img, iframe, object, embed')).toHaveLength(0);
    // the only SVG is the page's own charts
    expect(await page.$$eval('svg', (s) => s.map((x) => x.getAttribute('class')))).toEqual(
      expect.arrayContaining(['chart']),
    );
    expect(await page.$$eval('svg', (s) => s.filter((x) => x.getAttribute('class') !== 'chart').length)).toBe(
      0,
    );
    expect(await page.$$('[onload], [onerror], [onclick]')).toHaveLength(0);
    expect(await page.$$eval('script', (s) => s.map((x) => x.getAttribute('type')))).toEqual([
      'application/json',
      null,
    ]);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);

    mkdirSync(join(ROOT, '__tests__/artifacts'), { recursive: true });
    const screenshot = join(ROOT, '__tests__/artifacts/dashboard.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('updates itself when a record changes after the page loaded', async () => {
    const { page, consoleErrors } = await openPage(
      `http://127.0.0.1:${port}/?refresh=1`,
      `http://127.0.0.1:${port}/`,
    );
    // untested configs are collapsed: in the page, not shown
    await page.waitForSelector('tr[data-config="rt-llama32-3b"] .badge[data-status="untested"]', {
      state: 'attached',
    });
    expect(await page.isVisible('tr[data-config="rt-llama32-3b"]')).toBe(false);
    expect(await page.textContent('[data-card="passing"] b')).toBe('2');
    writeLocalStore(store, [recordOf(entryOf(catalog, 'rt-llama32-3b'), 'pass', { minute: 50 })]);
    await page.waitForSelector('tr[data-config="rt-llama32-3b"] .badge[data-status="pass"]', {
      timeout: 15_000,
    });
    expect(await page.textContent('[data-card="passing"] b')).toBe('3');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('also renders offline as a written file, fetching nothing', async () => {
    const model = (
      await readCoverage(openResultsDir(store), { entries: catalog.entries, allEntries: catalog.entries })
    ).model;
    const file = join(store, 'dashboard.html');
    writeFileSync(file, renderDashboardHtml(model, { live: false }));
    const { page, consoleErrors, foreignRequests } = await openPage(`file://${file}`, `file://${file}`);
    await page.waitForSelector('tr[data-config]');
    expect(await page.$$('tr[data-config]')).toHaveLength(28);
    expect(await page.textContent('#refresh-status')).toContain('Snapshot written');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  /** a raw request, so the Host header is ours to choose (a DNS-rebinding page sends its own name) */
  const request = (method: string, host: string, path = '/') =>
    new Promise<{ status: number; body: string; length?: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { host } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, length: res.headers['content-length'] }),
        );
      });
      req.on('error', reject);
      req.end();
    });

  it('answers only to loopback Host headers, read-only, HEAD included', async () => {
    expect(await request('GET', 'evil.example')).toMatchObject({ status: 403 });
    expect(await request('GET', `evil.example:${port}`, '/api/report')).toMatchObject({ status: 403 });
    expect((await request('GET', `localhost:${port}`)).status).toBe(200);
    expect((await request('GET', `[::1]:${port}`, '/api/report')).status).toBe(200);
    const head = await request('HEAD', `127.0.0.1:${port}`);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.length)).toBeGreaterThan(1000);
    expect(await request('POST', `127.0.0.1:${port}`)).toMatchObject({ status: 405 });
  });

  it('says in one line that the port is taken', async () => {
    const run = await runCli(['dashboard', '--port', String(port), '--save-local', store]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mcc-e2e: port ${port} is already in use — stop what runs there or pass --port <another port>\n`,
    );
    expect(run.stdout).toBe('');
  });
});
