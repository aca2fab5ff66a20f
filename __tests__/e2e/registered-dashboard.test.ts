import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { renderDashboardHtml } from '../../src/report/html.js';
import { openResultsDir, readCoverage } from '../../src/report/source.js';
import { shippedCatalog, writeLocalStore } from '../helpers/report-fixtures.js';
import type { CiRecord } from '../../src/results/record.js';
import type { HistoryItem } from '../../src/results/store.js';

const CHROMIUM = '/usr/bin/chromium';
const HOSTILE = `Qwen/x"><img src=x onerror="window.__xss=1">`;

/** A record as MCC's do/register --ci writes it (configJson read off moto), with results after. */
const registration = (configId: string, config: Record<string, unknown>, extra: Partial<CiRecord> = {}) =>
  ({
    configId,
    schemaVersion: 1,
    testStatus: 'untested',
    lastTestTimestamp: '1970-01-01T00:00:00Z',
    configJson: JSON.stringify({
      projectName: 'team-qwen',
      deploymentConfig: 'transformers-vllm',
      modelName: 'Qwen/Qwen3-1.7B',
      instanceType: 'ml.g5.2xlarge',
      awsRegion: 'us-west-2',
      deploymentTarget: 'realtime-inference',
      parameters: {},
      ...config,
    }),
    ...extra,
  }) as unknown as CiRecord;

describe('the dashboard page shows registered configurations (Chromium)', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('in a Registered section with status and last runs; unusable records with the reason, as text', async () => {
    const store = mkdtempSync(join(tmpdir(), 'mcc-reg-page-'));
    const run = (status: string, at: string): HistoryItem => ({
      configId: '1111111111111111',
      runTimestamp: at,
      runId: at,
      status,
      durationSeconds: 80,
      e2eCatalogId: 'team-qwen',
      tier: 'nightly',
    });
    writeLocalStore(
      store,
      [
        registration(
          '1111111111111111',
          {},
          {
            testStatus: 'fail-deploy',
            previousTestStatus: 'pass',
            regression: true,
            lastTestTimestamp: '2026-12-01T21:00:00Z',
            tier: 'nightly',
          },
        ),
        registration('2222222222222222', { projectName: 'bad', modelName: HOSTILE }),
      ],
      [run('pass', '2026-11-30T21:00:00Z'), run('fail-deploy', '2026-12-01T21:00:00Z')],
    );
    const catalog = shippedCatalog();
    const { model } = await readCoverage(openResultsDir(store), {
      entries: catalog.entries,
      allEntries: catalog.entries,
    });
    const file = join(store, 'dashboard.html');
    writeFileSync(file, renderDashboardHtml(model, { live: false }));
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    const section = await page.waitForSelector('section[data-section="registered"]');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('Registered — 0 of 1 passing');
    expect(text).toContain('team-qwen');
    expect(text).toContain('fail-deploy');
    expect(await section.$$('tr[data-config]')).toHaveLength(1);
    const notRun = (await (await section.$('table[data-section="not-run"]'))?.textContent()) ?? '';
    expect(notRun).toContain('2222222222222222');
    expect(notRun).toContain('configJson.modelName contains a quote or shell metacharacter');
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.$$('section[data-section="not-in-catalog"]')).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
