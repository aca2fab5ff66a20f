import type { Catalog, CatalogEntry } from './types.js';
import { selectEntries } from './select.js';
import {
  SELECTIONS,
  selectByStatus,
  selectChanged,
  type Selection,
  type StatusSelection,
} from './select-by-status.js';
import { baseCatalogEntries } from './git-base.js';
import type { ResultStore } from '../results/store.js';
import { UserError } from '../errors.js';

export interface PlanSelection {
  tier?: string;
  ids?: string;
  select?: string;
  staleAfterHours?: string;
  baseRef?: string;
  catalogFile: string;
  repoDir: string;
  /** needed for stale, untested and failing */
  store?: ResultStore;
}

export function parseSelection(select: string | undefined): Selection {
  const value = (select ?? '').trim() || 'all';
  if (!(SELECTIONS as readonly string[]).includes(value))
    throw new UserError(`select "${value}" is not one of ${SELECTIONS.join(', ')}`);
  return value as Selection;
}

function parseHours(text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined;
  const hours = Number(text);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new UserError(`stale-after-hours must be a positive number, not "${text}"`);
  return hours;
}

/** Tier and ids first, then the status or git filter. */
export async function selectForPlan(catalog: Catalog, s: PlanSelection): Promise<CatalogEntry[]> {
  const selection = parseSelection(s.select);
  const entries = selectEntries(catalog, { tier: s.tier, ids: s.ids });
  if (selection === 'all') return entries;
  if (selection === 'changed') {
    if (!s.baseRef)
      throw new UserError('select: changed needs base-ref (e.g. github.event.pull_request.base.sha)');
    return selectChanged(entries, baseCatalogEntries(s.catalogFile, s.baseRef, s.repoDir));
  }
  if (!s.store)
    throw new UserError(`select: ${selection} reads the results: set table (or use the CLI's local store)`);
  const statusSelection: StatusSelection = selection;
  const records = await s.store.listRecords().catch((error: Error) => {
    throw new UserError(
      `select: ${selection} could not read ${s.store?.description} (${error.name}: ${error.message})`,
    );
  });
  return selectByStatus(entries, records, statusSelection, {
    staleAfterHours: parseHours(s.staleAfterHours),
  });
}
