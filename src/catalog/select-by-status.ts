import type { CatalogEntry, Tier } from './types.js';
import type { CiRecord } from '../results/record.js';
import { joinRecords } from '../results/join.js';

/**
 * The plan selections that read results (MCC's scanner Lambda, as a plan filter). Pure: the
 * caller brings the records (table or local store) and, for `changed`, the base catalog.
 */
export const STATUS_SELECTIONS = ['stale', 'untested', 'failing'] as const;
export type StatusSelection = (typeof STATUS_SELECTIONS)[number];
export const SELECTIONS = ['all', ...STATUS_SELECTIONS, 'changed'] as const;
export type Selection = (typeof SELECTIONS)[number];

/** Hours after which a result is stale, per tier (daily, daily, weekly). */
export const STALE_AFTER_HOURS: Record<Tier, number> = { ci: 24, nightly: 24, weekly: 168 };

const isUntested = (r: CiRecord | undefined): boolean =>
  !r || r.testStatus === 'untested' || (!r.lastTestTimestamp && r.testStatus !== 'running');

function isStale(
  entry: CatalogEntry,
  record: CiRecord | undefined,
  now: Date,
  staleAfterHours?: number,
): boolean {
  if (isUntested(record)) return true;
  const windowMs = (staleAfterHours ?? STALE_AFTER_HOURS[entry.tier]) * 3_600_000;
  // a run in progress inside the window is not stale: the scan must not start a second one
  if (
    record?.testStatus === 'running' &&
    record.runStartedAt &&
    now.getTime() - Date.parse(record.runStartedAt) < windowMs
  )
    return false;
  const last = record?.lastTestTimestamp ? Date.parse(record.lastTestTimestamp) : 0;
  return now.getTime() - last >= windowMs;
}

const PREDICATES: Record<
  StatusSelection,
  (e: CatalogEntry, r: CiRecord | undefined, now: Date, hours?: number) => boolean
> = {
  untested: (_e, r) => isUntested(r),
  failing: (_e, r) => Boolean(r?.testStatus.startsWith('fail-')),
  stale: isStale,
};

export function selectByStatus(
  entries: CatalogEntry[],
  records: CiRecord[],
  selection: StatusSelection,
  options: { now?: Date; staleAfterHours?: number } = {},
): CatalogEntry[] {
  // MCC's own items of an entry (its 7-field id) count as the entry's: newest result wins
  const byConfigId = new Map(joinRecords(records, entries).map((r) => [r.configId, r]));
  const now = options.now ?? new Date();
  return entries.filter((e) =>
    PREDICATES[selection](e, byConfigId.get(e.configId), now, options.staleAfterHours),
  );
}

/** Entries added or modified against the base catalog's raw entries (by id, compared as JSON). */
export function selectChanged(
  entries: CatalogEntry[],
  baseRawEntries: unknown[] | undefined,
): CatalogEntry[] {
  if (!baseRawEntries) return entries;
  const base = new Map(
    baseRawEntries
      .filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object')
      .map((e) => [String(e.id), JSON.stringify(e)]),
  );
  return entries.filter((e) => {
    const { argv: _a, params: _p, configId: _c, ...raw } = e;
    return base.get(e.id) !== JSON.stringify(raw);
  });
}
