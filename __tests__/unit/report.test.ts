import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog, CatalogEntry } from '../../src/catalog/types.js';
import type { CiRecord } from '../../src/results/record.js';
import type { HistoryItem } from '../../src/results/store.js';
import {
  buildCoverage,
  evaluateGate,
  isFlaky,
  parseGate,
  type CoverageModel,
} from '../../src/report/coverage.js';
import { coverageJson } from '../../src/report/json.js';
import { COMMENT_MAX_BYTES, renderCoverageMarkdown } from '../../src/report/markdown.js';
import { openResultsDir, readCoverage } from '../../src/report/source.js';
import { baseConfigIdOf, diffCatalogs, renderPrSummary } from '../../src/report/pr-summary.js';
import { renderCoverageText } from '../../src/report/text.js';
import { runCli } from '../helpers/runner.js';
import {
  at,
  historyOf,
  recordOf,
  shippedCatalog,
  twentyOfTwentyEight,
  writeLocalStore,
} from '../helpers/report-fixtures.js';

const HOSTILE_ERROR =
  'generate failed: <img src=x onerror=alert(1)> | `rm -rf` </script> [fix](https://evil.example) **now** @acme/oncall';

/**
 * Every status over the shipped 28 entries: pass, each fail-* of the stage list, running,
 * untested (with and without a record), a regression, a flaky config (from the history) and
 * two records whose configId is in no catalog entry.
 */
function everyStatus(catalog: Catalog): {
  records: CiRecord[];
  history: HistoryItem[];
  ids: Record<string, string>;
} {
  const tier = (t: string): CatalogEntry[] => catalog.entries.filter((e) => e.tier === t);
  const [ci, nightly, weekly] = [tier('ci'), tier('nightly'), tier('weekly')] as CatalogEntry[][] as [
    CatalogEntry[],
    CatalogEntry[],
    CatalogEntry[],
  ];
  const e = (list: CatalogEntry[], i: number): CatalogEntry => list[i] as CatalogEntry;
  const nightlyFails = ['build', 'push', 'deploy', 'tune-sft', 'adapter-add', 'test-adapter', 'clean'];
  const records: CiRecord[] = [
    recordOf(e(ci, 0), 'pass', { previous: 'pass', minute: 0 }),
    recordOf(e(ci, 1), 'fail-test', { previous: 'pass', minute: 1 }),
    recordOf(e(ci, 2), 'pass', { previous: 'fail-test', minute: 2 }),
    recordOf(e(ci, 3), 'running', { previous: 'pass', minute: 3 }),
    recordOf(e(ci, 5), 'fail-generate', { minute: 5, extra: { errorMessage: HOSTILE_ERROR } }),
    ...nightlyFails.map((stage, i) =>
      recordOf(e(nightly, i), `fail-${stage}`, {
        previous: stage === 'tune-sft' ? 'pass' : 'untested',
        minute: 10 + i,
      }),
    ),
    ...[7, 8, 9, 10, 11, 12].map((i) => recordOf(e(nightly, i), 'pass', { minute: 10 + i })),
    // registered (MCC's do/register --ci) but never run
    { ...recordOf(e(nightly, 13), 'untested'), lastTestTimestamp: undefined },
    recordOf(e(weekly, 0), 'pass', { minute: 30 }),
    recordOf(e(weekly, 1), 'pass', { minute: 31 }),
    {
      ...recordOf(e(ci, 0), 'pass', { minute: 40 }),
      configId: 'deadbeefdeadbeef',
      e2eCatalogId: 'rt-removed-model',
      modelName: 'Old/Model',
      configJson: JSON.stringify({ ...e(ci, 0).params, modelName: 'Old/Model' }),
    },
    {
      ...recordOf(e(nightly, 0), 'fail-build', { minute: 41 }),
      configId: '0123456789abcdef',
      e2eCatalogId: 'rt-old-args',
      // what the entry generated before its args changed
      configJson: JSON.stringify({ ...e(nightly, 0).params, instanceType: 'ml.g5.2xlarge' }),
    },
  ];
  const history = [
    ...historyOf(e(ci, 0), ['pass', 'pass', 'pass']),
    ...historyOf(e(ci, 1), ['pass', 'pass', 'fail-test']),
    ...historyOf(e(ci, 2), ['pass', 'fail-deploy', 'pass', 'fail-test', 'pass']),
    ...historyOf(e(ci, 3), ['pass']),
  ];
  return {
    records,
    history,
    ids: {
      pass: e(ci, 0).id,
      regression: e(ci, 1).id,
      flaky: e(ci, 2).id,
      running: e(ci, 3).id,
      untested: e(ci, 4).id,
      generate: e(ci, 5).id,
      tuneRegression: e(nightly, 3).id,
      registered: e(nightly, 13).id,
    },
  };
}

const EVERY_STATUS_SUMMARY =
  'Summary: 28 total | 10 passing | 9 failing | 8 untested | 1 running | 36% coverage';

describe('the coverage report over a local store', () => {
  let catalog: Catalog;
  let dir: string;
  let model: CoverageModel;
  let ids: Record<string, string>;

  beforeAll(async () => {
    catalog = shippedCatalog();
    dir = mkdtempSync(join(tmpdir(), 'mcc-report-'));
    const data = everyStatus(catalog);
    ids = data.ids;
    writeLocalStore(dir, data.records, data.history);
    model = (
      await readCoverage(openResultsDir(dir), { entries: catalog.entries, allEntries: catalog.entries })
    ).model;
  });

  const config = (id: string) => model.configs.find((c) => c.id === id);

  it('joins the catalog with the records by configId, with every status', () => {
    expect(model.summary).toEqual({
      total: 28,
      passing: 10,
      failing: 9,
      untested: 8,
      running: 1,
      cancelled: 0,
      infrastructureFailures: 0,
      regressions: 2,
      coveragePercent: 36,
    });
    const statuses = model.configs.map((c) => c.status).filter((s) => s.startsWith('fail-'));
    expect(statuses.sort()).toEqual(
      [
        'fail-adapter-add',
        'fail-build',
        'fail-clean',
        'fail-deploy',
        'fail-generate',
        'fail-push',
        'fail-test',
        'fail-test-adapter',
        'fail-tune-sft',
      ].sort(),
    );
    expect(config(ids.untested as string)).toMatchObject({
      status: 'untested',
      lastStatuses: [],
      flaky: false,
    });
    expect(config(ids.registered as string)?.status).toBe('untested');
    expect(config(ids.running as string)).toMatchObject({ status: 'running', previousStatus: 'pass' });
    expect(model.regressions).toEqual([ids.regression, ids.tuneRegression]);
    expect(model.configs.filter((c) => c.flaky).map((c) => c.id)).toEqual([ids.flaky]);
    expect(model.notInCatalog.map((r) => [r.id, r.configId, r.status])).toEqual([
      ['rt-old-args', '0123456789abcdef', 'fail-build'],
      ['rt-removed-model', 'deadbeefdeadbeef', 'pass'],
    ]);
  });

  it('keeps stage timings in stage-table order, cost and the run link', () => {
    const c = config(ids.regression as string);
    expect(c?.stageResults.map((s) => `${s.name}:${s.status}`)).toEqual([
      'generate:pass',
      'build:pass',
      'push:pass',
      'deploy:pass',
      'test:fail',
      'tune-sft:skip',
      'adapter-add:skip',
      'test-adapter:skip',
      'clean:pass',
    ]);
    expect(c?.estimatedCostUsd).toBe(1.25);
    expect(c?.runUrl).toBe('https://github.com/mcc/e2e-action/actions/runs/1001');
  });

  it('renders the terminal table with the regression and flaky marks and the summary line last', () => {
    const text = renderCoverageText(model);
    const lines = text.split('\n');
    expect(lines.find((l) => l.startsWith('Tier'))).toMatch(
      /^Tier\s+Config\s+Status\s+Last Test\s+Duration$/,
    );
    expect(lines.find((l) => l.includes(ids.regression as string))).toMatch(
      new RegExp(`^ci\\s+${ids.regression}\\s+fail-test  ⚠️ REGRESSION\\s+${at(1)}\\s+5m 1s$`),
    );
    expect(lines.find((l) => l.includes(ids.flaky as string))).toMatch(/\spass {2}~ FLAKY\s/);
    expect(lines.find((l) => l.includes(ids.running as string))).toMatch(/\srunning \(last: pass\)\s/);
    expect(lines.find((l) => l.includes(` ${ids.untested} `))).toMatch(/\suntested\s+—\s+—$/);
    expect(text).toContain('Not in catalog (2 records whose configId no catalog entry has):');
    expect(text).toMatch(/^ {2}rt-removed-model\s+deadbeefdeadbeef\s+ci\s+pass\s+2026-05-22T06:40:00Z$/m);
    expect(lines.at(-1)).toBe(EVERY_STATUS_SUMMARY);
  });

  it('gives the JSON shape of 03-results.md (with 09’s failure class and counts) and nothing more', () => {
    const json = coverageJson(model);
    expect(Object.keys(json)).toEqual(['summary', 'configs', 'regressions', 'registered', 'notInCatalog']);
    const regressed = json.configs.find((c) => c.id === ids.regression);
    expect(regressed).toEqual({
      tier: 'ci',
      id: ids.regression,
      configId: catalog.entries.find((e) => e.id === ids.regression)?.configId,
      status: 'fail-test',
      failureClass: null,
      lastTest: at(1),
      duration: 301,
      regression: true,
      flaky: false,
      lastStatuses: ['pass', 'pass', 'fail-test'],
    });
    expect(json.configs.find((c) => c.id === ids.untested)).toMatchObject({
      status: 'untested',
      lastTest: null,
      duration: null,
      lastStatuses: [],
    });
    expect(json.configs.find((c) => c.id === ids.flaky)?.lastStatuses).toEqual([
      'pass',
      'fail-deploy',
      'pass',
      'fail-test',
      'pass',
    ]);
  });

  it('writes Markdown with the summary, the regressions, the failures and escaped values', () => {
    const markdown = renderCoverageMarkdown(model, { fullReportAt: 'the artifact', maxBytes: 512 * 1024 });
    expect(markdown).toContain(`**${EVERY_STATUS_SUMMARY}**`);
    expect(markdown).toContain('> [!CAUTION]\n> **2 regressions** (passed before, failing now):');
    expect(markdown).toContain(
      `> - **${ids.regression}** — [fail-test](https://github.com/mcc/e2e-action/actions/runs/1001): test failed: exit code 1`,
    );
    expect(markdown).toContain('### Failing');
    expect(markdown).toContain(
      'generate failed: &lt;img src=x onerror=alert(1)&gt; \\| &#96;rm -rf&#96; &lt;/script&gt; &#91;fix&#93;(https://evil.example) **now** @&#8203;acme/oncall',
    );
    // shown as written: no tag, no link, no mention that pings a team
    expect(markdown).not.toMatch(/<img|<\/script>|\]\(https:\/\/evil|@acme/);
    expect(markdown).toContain('| ci | ✅ ' + ids.flaky);
    expect(markdown).toContain('✅❌✅❌✅');
    expect(markdown).toContain('### Not in catalog');
    expect(markdown).not.toContain('trimmed');
  });

  it('trims a Markdown report that is too long, with a note, under the PR comment limit', () => {
    const huge = buildCoverage({
      entries: catalog.entries,
      records: Array.from({ length: 3000 }, (_, i) => ({
        ...recordOf(catalog.entries[0] as CatalogEntry, 'pass'),
        configId: `ffff${String(i).padStart(12, '0')}`,
        e2eCatalogId: `rt-gone-${i}`,
      })),
      history: new Map(),
      source: 'test',
    });
    const markdown = renderCoverageMarkdown(huge, {
      fullReportAt: 'the job summary',
      maxBytes: COMMENT_MAX_BYTES,
    });
    expect(markdown.length).toBeLessThan(65_535);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(COMMENT_MAX_BYTES);
    expect(markdown).toContain('_… trimmed to fit the summary limit; the full text is in the job summary._');
    // the important sections come first and survive
    expect(markdown).toContain('**Summary: 28 total | 0 passing | 0 failing | 28 untested | 0% coverage**');
    expect(markdown).toContain('### All configs');
  });
});

describe('flakiness', () => {
  it('needs two pass/fail flips among the last five completed runs', () => {
    expect(isFlaky(['pass', 'fail-test', 'pass'])).toBe(true);
    expect(isFlaky(['fail-build', 'pass', 'fail-deploy'])).toBe(true);
    expect(isFlaky(['pass', 'pass', 'fail-test'])).toBe(false); // one flip: a regression
    expect(isFlaky(['fail-build', 'fail-test', 'fail-build'])).toBe(false); // failing, not flaky
    // the flips are older than the window
    expect(isFlaky(['pass', 'fail-test', 'pass', 'fail-test', 'pass', 'pass', 'pass', 'pass', 'pass'])).toBe(
      false,
    );
    // running and untested points are not outcomes
    expect(isFlaky(['pass', 'running', 'pass', 'untested', 'fail-test'])).toBe(false);
  });
});

describe('the release gate', () => {
  const catalog = shippedCatalog();
  const model = buildCoverage({
    entries: catalog.entries,
    records: twentyOfTwentyEight(catalog),
    history: new Map(),
    source: 'test',
  });

  it('parses a fraction or a pass rate', () => {
    expect(parseGate('ci>=5/6')).toEqual({ text: 'ci>=5/6', tier: 'ci', numerator: 5, denominator: 6 });
    expect(parseGate(' nightly >= 80% ')).toEqual({
      text: 'nightly >= 80%',
      tier: 'nightly',
      numerator: 80,
      denominator: 100,
    });
  });

  it('rejects a malformed gate and an unknown tier with a clear message', () => {
    expect(() => parseGate('ci>5/6')).toThrow(
      'gate "ci>5/6" is not valid — write <tier>>=<passing>/<of> (e.g. ci>=5/6) or <tier>>=<percent>% (e.g. ci>=80%)',
    );
    expect(() => parseGate('ci>=')).toThrow('is not valid');
    expect(() => parseGate('daily>=5/6')).toThrow(
      'gate "daily>=5/6": unknown tier "daily" — use one of ci, nightly, weekly',
    );
    expect(() => parseGate('ci>=7/6')).toThrow('the fraction must be at most 1');
    expect(() => parseGate('ci>=5/0')).toThrow('the fraction must be at most 1');
  });

  it('passes exactly when the tier reaches the fraction', () => {
    expect(evaluateGate(model, parseGate('ci>=5/6'))).toMatchObject({
      passed: true,
      sentence:
        'Gate ci>=5/6 passed: 5 of 6 ci configs pass (83%). 0 infrastructure failures, 0 regressions.',
    });
    expect(evaluateGate(model, parseGate('ci>=100%'))).toMatchObject({
      passed: false,
      required: 6,
      sentence:
        'Gate ci>=100% failed: 5 of 6 ci configs pass (83%); at least 6 must pass. 0 infrastructure failures, 0 regressions.',
    });
    // 15 of 17 = 88.2%
    expect(evaluateGate(model, parseGate('nightly>=88%')).passed).toBe(true);
    expect(evaluateGate(model, parseGate('nightly>=89%')).passed).toBe(false);
  });

  it('says so when the report holds no config of the gate tier', () => {
    const nightlyOnly = buildCoverage({
      entries: catalog.entries.filter((e) => e.tier === 'nightly'),
      tier: 'nightly',
      records: [],
      history: new Map(),
      source: 'test',
    });
    expect(() => evaluateGate(nightlyOnly, parseGate('ci>=5/6'))).toThrow(
      'gate ci>=5/6: the report has no ci configs (it covers tier nightly only)',
    );
  });
});

describe('mcc-e2e report, status (the built CLI)', () => {
  let dir: string;
  let richDir: string;

  beforeAll(() => {
    const catalog = shippedCatalog();
    dir = mkdtempSync(join(tmpdir(), 'mcc-report-cli-'));
    writeLocalStore(dir, twentyOfTwentyEight(catalog));
    richDir = mkdtempSync(join(tmpdir(), 'mcc-report-cli-'));
    const data = everyStatus(catalog);
    writeLocalStore(richDir, data.records, data.history);
  });

  it('prints the table and exactly the summary line of the spec', async () => {
    const run = await runCli(['report', '--save-local', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Summary: 28 total | 20 passing | 1 failing | 7 untested | 71% coverage',
    );
    expect(run.stdout).toMatch(/^ci\s+rt-dsr1-qwen-15b\s+fail-deploy\s+2026-05-22T06:05:00Z\s+5m 5s$/m);
    expect(run.stderr).toBe('');
  });

  it('prints pure JSON with --json, the gate sentence on stderr', async () => {
    const run = await runCli(['report', '--save-local', dir, '--json', '--tier', 'ci', '--gate', 'ci>=5/6']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ReturnType<typeof coverageJson>;
    expect(json.summary).toEqual({
      total: 6,
      passing: 5,
      failing: 1,
      untested: 0,
      running: 0,
      cancelled: 0,
      infrastructureFailures: 0,
      regressions: 0,
      coveragePercent: 83,
    });
    expect(json.configs).toHaveLength(6);
    expect(run.stderr.trim()).toBe(
      'Gate ci>=5/6 passed: 5 of 6 ci configs pass (83%). 0 infrastructure failures, 0 regressions.',
    );
  });

  it.each([
    [
      'ci>=5/6',
      0,
      'Gate ci>=5/6 passed: 5 of 6 ci configs pass (83%). 0 infrastructure failures, 0 regressions.',
    ],
    [
      'ci>=100%',
      1,
      'Gate ci>=100% failed: 5 of 6 ci configs pass (83%); at least 6 must pass. 0 infrastructure failures, 0 regressions.',
    ],
    [
      'weekly>=1/5',
      1,
      'Gate weekly>=1/5 failed: 0 of 5 weekly configs pass (0%); at least 1 must pass. 0 infrastructure failures, 0 regressions.',
    ],
    [
      'nightly>=80%',
      0,
      'Gate nightly>=80% passed: 15 of 17 nightly configs pass (88%). 0 infrastructure failures, 0 regressions.',
    ],
  ])('exits non-zero exactly when the tier falls short: %s → exit %d', async (gate, code, sentence) => {
    const run = await runCli(['report', '--save-local', dir, '--gate', gate]);
    expect(run.code).toBe(code);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(sentence);
  });

  it('fails the gate over the store with every status (2 of 6 ci configs pass)', async () => {
    const run = await runCli(['report', '--save-local', richDir, '--gate', 'ci>=5/6', '--history', '3']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(EVERY_STATUS_SUMMARY);
    expect(run.stdout).toContain(
      'Gate ci>=5/6 failed: 2 of 6 ci configs pass (33%); at least 5 must pass. 0 infrastructure failures, 1 regression.',
    );
  });

  it('shows the last N statuses with --history N', async () => {
    const run = await runCli(['report', '--save-local', richDir, '--json', '--history', '3']);
    const json = JSON.parse(run.stdout) as ReturnType<typeof coverageJson>;
    expect(json.configs.find((c) => c.id === 'rt-qwen3-4b')?.lastStatuses).toEqual([
      'pass',
      'fail-test',
      'pass',
    ]);
    // flakiness still looks at the last five runs
    expect(json.configs.find((c) => c.id === 'rt-qwen3-4b')?.flaky).toBe(true);
  });

  it('rejects a malformed gate with one line and exit 1', async () => {
    const run = await runCli(['report', '--save-local', dir, '--gate', 'ci=5/6']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'mcc-e2e: gate "ci=5/6" is not valid — write <tier>>=<passing>/<of> (e.g. ci>=5/6) or <tier>>=<percent>% (e.g. ci>=80%)',
    );
    expect(run.stdout).toBe('');
  });

  it('status: totals and the last completed run', async () => {
    const run = await runCli(['status', '--save-local', richDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 running | 10 passing | 9 failing | 8 untested (of 28)');
    expect(run.stdout).toContain(
      'Last completed run: rt-llama33-70b pass at 2026-05-22T06:31:00Z (https://github.com/mcc/e2e-action/actions/runs/1031)',
    );
    const json = await runCli(['status', '--save-local', richDir, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      running: 1,
      passing: 10,
      failing: 9,
      untested: 8,
      total: 28,
    });
  });
});

describe('the PR check summary', () => {
  const catalog = shippedCatalog();
  const [a, b, c] = catalog.entries as [CatalogEntry, CatalogEntry, CatalogEntry];
  const raw = (e: CatalogEntry): Record<string, unknown> => {
    const { argv: _argv, params: _params, configId: _configId, ...rest } = e;
    return rest as unknown as Record<string, unknown>;
  };
  const workloads = new Set(['sample', 'multi_turn_chat']);

  it('lists added, removed and changed entries with configIds and their current status', () => {
    // base: a, b and c with a longer timeout; head: a, c (timeout changed), and no b
    const base = [raw(a), raw(b), { ...raw(c), timeout: 3600 }];
    const head = [a, c];
    const changes = diffCatalogs(base, head, (r) => baseConfigIdOf(r, workloads));
    expect(changes).toEqual([
      { kind: 'changed', id: c.id, tier: 'ci', configId: c.configId, fields: ['timeout'] },
      { kind: 'removed', id: b.id, tier: 'ci', configId: b.configId, fields: [] },
    ]);
    const summary = renderPrSummary({
      changes,
      head,
      records: [recordOf(c, 'fail-deploy', { previous: 'pass' }), recordOf(b, 'pass')],
      pricing: { instances: { 'ml.g5.xlarge': 1.5 } },
      baseName: 'base 1234567',
    });
    expect(summary.overview).toContain('0 added · 1 removed · 1 changed, against base 1234567.');
    expect(summary.overview).toContain(
      `| ✏️ changed (timeout) | ${c.id} | ci | ${c.configId} | fail-deploy | $`,
    );
    expect(summary.overview).toContain(`| ➖ removed | ${b.id} | ci | ${b.configId} | pass | — |`);
    expect(summary.overview).not.toContain('AWS data was not available');
    expect(summary.plan.ids).toEqual([c.id]);
    expect(summary.dryRun).toContain('Dry-run plan of the 1 added or changed entry');
  });

  it('shows every entry as added when the base cannot be read, and says when nothing changed', () => {
    const unreadable = renderPrSummary({
      changes: diffCatalogs(undefined, [a], () => undefined),
      head: [a],
      records: undefined,
      unavailableReason: 'pull requests from forks get no OIDC token and no secrets',
      pricing: { instances: {} },
      baseName: 'base 1234567',
      baseUnreadable: true,
    });
    expect(unreadable.overview).toContain(
      'The base catalog could not be read: every entry is shown as added.',
    );
    expect(unreadable.overview).toContain(
      `| ➕ added | ${a.id} | ci | ${a.configId} | unknown (no AWS data) | unknown |`,
    );
    expect(unreadable.overview).toContain('(no price for ml.g5.xlarge)');
    const unchanged = renderPrSummary({
      changes: diffCatalogs([raw(a)], [a], () => undefined),
      head: [a],
      records: [],
      pricing: { instances: {} },
      baseName: 'base 1234567',
    });
    expect(unchanged.overview).toContain(
      'No catalog entry is added, removed or changed by this pull request.',
    );
    expect(unchanged.dryRun).toBeUndefined();
  });
});
