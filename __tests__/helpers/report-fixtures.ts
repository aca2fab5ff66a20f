import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, resolveCatalogPath } from '../../src/catalog/load.js';
import type { Catalog, CatalogEntry } from '../../src/catalog/types.js';
import { identityFields, isRegression, type CiRecord } from '../../src/results/record.js';
import type { HistoryItem } from '../../src/results/store.js';

export const shippedCatalog = (): Catalog => loadCatalog(resolveCatalogPath(undefined).file);

export function entryOf(catalog: Catalog, id: string): CatalogEntry {
  const entry = catalog.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id} in the catalog`);
  return entry;
}

/** Minute `n` of the fixed test morning, as the table writes timestamps. */
export const at = (n: number): string =>
  new Date(Date.UTC(2026, 4, 22, 6, 0, 0) + n * 60_000).toISOString().replace('.000Z', 'Z');

/** Stage results as the engine leaves them: passed up to the failing stage, later ones skipped, clean run. */
function stageResults(entry: CatalogEntry, status: string): CiRecord['stageResults'] {
  const stages = ['generate', ...entry.lifecycle];
  const failed = status.startsWith('fail-') ? status.slice('fail-'.length) : undefined;
  const failedAt = failed ? stages.indexOf(failed) : -1;
  return Object.fromEntries(
    stages.map((name, i) => {
      const result =
        name === failed
          ? { status: 'fail', duration: 30, error: `${name} failed: exit code 1` }
          : failedAt >= 0 && i > failedAt && name !== 'clean'
            ? { status: 'skip', duration: 0, error: `skipped: ${failed} failed` }
            : { status: 'pass', duration: 10 * (i + 1), error: '' };
      return [name, result];
    }),
  );
}

export interface RecordOptions {
  previous?: string;
  minute?: number;
  extra?: Partial<CiRecord>;
}

/** A completed (or running) record of an entry, with the fields a real run writes. */
export function recordOf(entry: CatalogEntry, status: string, options: RecordOptions = {}): CiRecord {
  const minute = options.minute ?? 0;
  const previous = options.previous ?? 'untested';
  const completed = status === 'running' ? previous : status;
  return {
    ...identityFields(entry),
    testStatus: status,
    previousTestStatus: previous,
    regression: isRegression(previous, {
      status: completed,
      failureClass: completed.startsWith('fail-') ? 'product' : undefined,
    } as Parameters<typeof isRegression>[1]),
    ...(completed !== 'untested'
      ? {
          lastTestTimestamp: at(minute),
          lastTestDuration: 300 + minute,
          stageResults: stageResults(entry, completed),
          errorMessage: completed.startsWith('fail-') ? `${completed.slice(5)} failed: exit code 1` : '',
          estimatedCostUsd: 1.25,
        }
      : {}),
    cleanFailed: false,
    runId: `run-${entry.id}-${minute}`,
    runUrl: `https://github.com/mcc/e2e-action/actions/runs/${1000 + minute}`,
    runStartedAt: new Date(Date.parse(at(minute)) - 300_000).toISOString(),
    ...options.extra,
  } as CiRecord;
}

/** History items of an entry, oldest first, one run per day before the fixed morning. */
export function historyOf(entry: CatalogEntry, statuses: string[]): HistoryItem[] {
  return statuses.map((status, i) => ({
    configId: entry.configId,
    runTimestamp: at((i - statuses.length + 1) * 1440),
    runId: `run-${entry.id}-h${i}`,
    status,
    durationSeconds: 300 + i,
    e2eCatalogId: entry.id,
    tier: entry.tier,
    errorMessage: status.startsWith('fail-') ? `${status} in run ${i}` : '',
  }));
}

/** Write records and history into a local store directory (the LocalStore's file layout). */
export function writeLocalStore(dir: string, records: CiRecord[], history: HistoryItem[] = []): void {
  mkdirSync(join(dir, 'records'), { recursive: true });
  mkdirSync(join(dir, 'history'), { recursive: true });
  for (const record of records)
    writeFileSync(join(dir, 'records', `${record.configId}.json`), `${JSON.stringify(record, null, 2)}\n`);
  for (const item of history)
    appendFileSync(join(dir, 'history', `${item.configId}.jsonl`), `${JSON.stringify(item)}\n`);
}

/**
 * 20 passing, 1 failing, 7 untested over the shipped 28 entries: ci 5 pass + 1 fail-deploy,
 * nightly 15 pass + 2 untested, weekly all 5 untested.
 */
export function twentyOfTwentyEight(catalog: Catalog): CiRecord[] {
  const byTier = (tier: string) => catalog.entries.filter((e) => e.tier === tier);
  const ci = byTier('ci');
  const nightly = byTier('nightly');
  return [
    ...ci.slice(0, 5).map((e, i) => recordOf(e, 'pass', { previous: 'pass', minute: i })),
    recordOf(ci[5] as CatalogEntry, 'fail-deploy', { previous: 'fail-deploy', minute: 5 }),
    ...nightly.slice(0, 15).map((e, i) => recordOf(e, 'pass', { minute: 10 + i })),
  ];
}
