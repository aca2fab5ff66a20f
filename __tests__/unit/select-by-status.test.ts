import { describe, expect, it } from '@jest/globals';
import { selectByStatus, selectChanged } from '../../src/catalog/select-by-status.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { CiRecord } from '../../src/results/record.js';

const catalog = loadCatalog('catalog/e2e-catalog.json');
const ci = catalog.entries.filter((e) => e.tier === 'ci');
const weekly = catalog.entries.filter((e) => e.tier === 'weekly');
const NOW = new Date('2026-11-27T12:00:00Z');
const hoursAgo = (h: number) =>
  new Date(NOW.getTime() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function record(
  configId: string,
  testStatus: string,
  lastTestHoursAgo?: number,
  extra: Partial<CiRecord> = {},
): CiRecord {
  return {
    configId,
    testStatus,
    ...(lastTestHoursAgo !== undefined ? { lastTestTimestamp: hoursAgo(lastTestHoursAgo) } : {}),
    ...extra,
  } as CiRecord;
}

describe('plan selections that read the results', () => {
  const [a, b, c, d, e, f] = ci.map((x) => x.configId) as string[];
  const records = [
    record(a!, 'pass', 2),
    record(b!, 'fail-deploy', 30),
    record(c!, 'untested'),
    record(d!, 'pass', 25),
    record(e!, 'running', 30, { runStartedAt: hoursAgo(1) }),
  ]; // f has no record at all
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('untested: no record, or testStatus untested', () => {
    expect(ids(selectByStatus(ci, records, 'untested', { now: NOW }))).toEqual([ci[2]!.id, ci[5]!.id]);
    void f;
  });

  it('failing: any fail-* status', () => {
    expect(ids(selectByStatus(ci, records, 'failing', { now: NOW }))).toEqual([ci[1]!.id]);
  });

  it('stale: untested, or last test older than the tier window whatever the status; not a run in progress', () => {
    expect(ids(selectByStatus(ci, records, 'stale', { now: NOW }))).toEqual([
      ci[1]!.id,
      ci[2]!.id,
      ci[3]!.id,
      ci[5]!.id,
    ]);
    expect(ids(selectByStatus(ci, records, 'stale', { now: NOW, staleAfterHours: 48 }))).toEqual([
      ci[2]!.id,
      ci[5]!.id,
    ]);
  });

  it('the weekly window is 168 hours', () => {
    const weeklyRecords = [
      record(weekly[0]!.configId, 'pass', 100),
      record(weekly[1]!.configId, 'pass', 170),
    ];
    expect(ids(selectByStatus(weekly.slice(0, 2), weeklyRecords, 'stale', { now: NOW }))).toEqual([
      weekly[1]!.id,
    ]);
  });

  it('changed: added or modified entries against the base catalog', () => {
    const raw = (entry: (typeof ci)[number]) => {
      const { argv: _a, params: _p, configId: _c, ...rest } = entry;
      return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
    };
    const base = [raw(ci[0]!), { ...raw(ci[1]!), timeout: 999 }, raw(ci[3]!)];
    expect(ids(selectChanged(ci, base))).toEqual([ci[1]!.id, ci[2]!.id, ci[4]!.id, ci[5]!.id]);
    expect(selectChanged(ci, undefined)).toHaveLength(6);
  });
});
