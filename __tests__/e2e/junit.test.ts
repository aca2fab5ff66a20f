import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type TestCase, type TestSuite, type TestSuites } from 'junit2json';
import type { Catalog, CatalogEntry } from '../../src/catalog/types.js';
import type { CiRecord } from '../../src/results/record.js';
import { runAction, runCli } from '../helpers/runner.js';
import {
  entryOf,
  recordOf,
  shippedCatalog,
  twentyOfTwentyEight,
  writeLocalStore,
} from '../helpers/report-fixtures.js';

const HOSTILE = 'deploy failed: <![CDATA[ ]]> & "quotes" \u001b[31mred\u001b[0m \u0007bell </testcase>';
const REMEDY = 'raise the ml.g5.xlarge endpoint quota in Service Quotas (us-west-2)';

interface ReportJson {
  summary: {
    total: number;
    passing: number;
    failing: number;
    untested: number;
    running: number;
    cancelled: number;
  };
  configs: { tier: string; id: string; status: string }[];
}

/**
 * The shipped catalog with 20 passing, a regression with a remedy, a hostile error, a running
 * config and a cancelled one (it passed before; a cancellation is never a failure).
 */
function records(catalog: Catalog): CiRecord[] {
  const e = (id: string): CatalogEntry => entryOf(catalog, id);
  const cancelled = catalog.entries.filter((x) => x.tier === 'nightly')[0] as CatalogEntry;
  const base = twentyOfTwentyEight(catalog).filter(
    (r) => !['rt-qwen3-17b', 'rt-llama32-1b', cancelled.id].includes(r.e2eCatalogId ?? ''),
  );
  const regressed = recordOf(e('rt-qwen3-17b'), 'fail-deploy', { previous: 'pass', minute: 2 });
  const deploy = regressed.stageResults?.deploy;
  if (deploy) Object.assign(deploy, { error: HOSTILE, remedy: REMEDY });
  return [
    ...base,
    { ...regressed, errorMessage: HOSTILE },
    recordOf(e('rt-llama32-1b'), 'running', { previous: 'pass', minute: 4 }),
    recordOf(cancelled, 'cancelled', { previous: 'pass', minute: 6, extra: { failureClass: 'cancelled' } }),
  ];
}

const cases = (suite: TestSuite): TestCase[] => suite.testcase ?? [];

describe('the report as JUnit XML, read back by junit2json', () => {
  let store: string;
  let json: ReportJson;
  let parsed: TestSuites;
  let xml: string;
  const catalog = shippedCatalog();

  beforeAll(async () => {
    store = mkdtempSync(join(tmpdir(), 'mcc-junit-'));
    writeLocalStore(store, records(catalog));
    const file = join(store, 'out/report.xml');
    const run = await runCli(['report', '--save-local', store, '--json', '--junit', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout) as ReportJson;
    xml = readFileSync(file, 'utf8');
    parsed = (await parse(xml)) as TestSuites;
  });

  it('has the counts of the report: tests, failures, skipped', () => {
    const { summary } = json;
    expect(summary).toMatchObject({
      total: 28,
      passing: 17,
      failing: 2,
      untested: 7,
      running: 1,
      cancelled: 1,
    });
    const notRun = summary.untested + summary.running + summary.cancelled;
    expect(parsed).toMatchObject({
      tests: summary.total,
      failures: summary.failing,
      errors: 0,
      skipped: notRun,
    });
    const all = (parsed.testsuite ?? []).flatMap(cases);
    expect(all).toHaveLength(summary.total);
    expect(all.filter((c) => c.failure).length).toBe(summary.failing);
    expect(all.filter((c) => c.skipped).length).toBe(notRun);
    expect(all.filter((c) => !c.failure && !c.skipped && !c.error).length).toBe(summary.passing);
  });

  it('has one testsuite per tier and one testcase per config (classname = tier, name = id)', () => {
    const suites = parsed.testsuite ?? [];
    expect(suites.map((s) => s.name)).toEqual(['ci', 'nightly', 'weekly']);
    for (const suite of suites) {
      const mine = json.configs.filter((c) => c.tier === suite.name);
      expect(cases(suite).map((c) => [c.classname, c.name])).toEqual(mine.map((c) => [c.tier, c.id]));
      expect(suite.tests).toBe(mine.length);
      expect(suite.failures).toBe(mine.filter((c) => c.status.startsWith('fail-')).length);
      expect(suite.skipped).toBe(
        mine.filter((c) => ['untested', 'running', 'cancelled'].includes(c.status)).length,
      );
    }
  });

  it('gives a failure the first failing stage with its error and remedy, and the stage durations', () => {
    const regressed = (parsed.testsuite ?? []).flatMap(cases).find((c) => c.name === 'rt-qwen3-17b');
    const failure = regressed?.failure?.[0];
    expect(failure?.type).toBe('fail-deploy');
    // control characters and ANSI codes removed, everything else verbatim
    const clean = 'deploy failed: <![CDATA[ ]]> & "quotes" red bell </testcase>';
    expect(failure?.message).toBe(`deploy: ${clean}`);
    expect(failure?.inner).toBe(
      [
        'fail-deploy (REGRESSION: passed before)',
        'first failing stage: deploy',
        `error: ${clean}`,
        `remedy: ${REMEDY}`,
        'run: https://github.com/mcc/e2e-action/actions/runs/1002',
      ].join('\n'),
    );
    expect(regressed?.time).toBe(302);
    const out = regressed?.['system-out']?.[0] ?? '';
    expect(out).toContain('generate      pass 10.0 s');
    expect(out).toContain('deploy        fail 30.0 s');
    expect(out).toContain('test          skip —');
    expect(out).toContain('clean         pass 1m 30s');
  });

  it('skips untested, running and cancelled configs with the reason', () => {
    const all = (parsed.testsuite ?? []).flatMap(cases);
    const cancelled = all.find((c) => c.name === catalog.entries.find((x) => x.tier === 'nightly')?.id);
    expect(cancelled?.failure).toBeUndefined();
    expect(cancelled?.skipped?.[0]?.message).toBe(
      'cancelled: stopped by a cancel or the job budget (last: pass)',
    );
    expect(all.find((c) => c.name === 'rt-llama32-1b')?.skipped?.[0]?.message).toBe(
      'running: no result yet (last: pass)',
    );
    const weekly = all.filter((c) => c.classname === 'weekly');
    expect(weekly.map((c) => c.skipped?.[0]?.message)).toEqual(
      weekly.map(() => 'untested: no run has recorded a result yet'),
    );
  });

  it('is written by the report action through its junit input', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mcc-junit-action-'));
    writeLocalStore(join(workspace, '.mcc-e2e'), records(catalog));
    const run = await runAction('dist/report/index.js', {
      cwd: workspace,
      inputs: { tier: 'ci', junit: 'reports/e2e-junit.xml' },
    });
    expect(run.code).toBe(0);
    const file = join(workspace, 'reports/e2e-junit.xml');
    expect(run.outputs['junit-file']).toBe(file);
    expect(run.stdout).toContain(`JUnit XML written to ${file}`);
    const suite = ((await parse(readFileSync(file, 'utf8'))) as TestSuites).testsuite ?? [];
    expect(suite.map((s) => [s.name, s.tests, s.failures, s.skipped])).toEqual([['ci', 6, 2, 1]]);
  });

  it('names the flag when the file cannot be written', async () => {
    // a path below a regular file can never be created
    const record = join(store, 'records', readdirSync(join(store, 'records'))[0] as string);
    const file = join(record, 'report.xml');
    const run = await runCli(['report', '--save-local', store, '--junit', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mcc-e2e: --junit ${file} cannot be written: ${record} is a file, not a directory — pass --junit a file path in a directory you can write\n`,
    );
  });
});
