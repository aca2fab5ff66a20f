import type { Catalog, CatalogEntry } from './types.js';
import { parseTier, selectEntries } from './select.js';
import {
  SELECTIONS,
  selectByStatus,
  selectChanged,
  type Selection,
  type StatusSelection,
} from './select-by-status.js';
import { baseCatalogEntries } from './git-base.js';
import { registeredConfigs, type UnusableRegistration } from './registered.js';
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
  /** the selection covers registered records outside the catalog too (the hourly scan) */
  includeRegistered?: boolean;
}

export interface SelectedForPlan {
  entries: CatalogEntry[];
  /** registered records that cannot become an entry: listed with the reason, never planned */
  unusableRegistered: UnusableRegistration[];
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

/**
 * Tier and ids first, then the status or git filter. With includeRegistered (and no ids), the
 * registered records of the tier join the catalog's entries before the status filter.
 */
export async function selectForPlan(catalog: Catalog, s: PlanSelection): Promise<SelectedForPlan> {
  const selection = parseSelection(s.select);
  const entries = selectEntries(catalog, { tier: s.tier, ids: s.ids });
  const withRegistered = Boolean(s.includeRegistered) && selection !== 'changed' && !s.ids?.trim();
  // with no results to read there is nothing registered to add
  if (selection === 'all' && (!withRegistered || !s.store)) return { entries, unusableRegistered: [] };
  if (selection === 'changed') {
    if (!s.baseRef)
      throw new UserError('select: changed needs base-ref (e.g. github.event.pull_request.base.sha)');
    return {
      entries: selectChanged(entries, baseCatalogEntries(s.catalogFile, s.baseRef, s.repoDir)),
      unusableRegistered: [],
    };
  }
  const reads = withRegistered ? 'include-registered' : `select: ${selection}`;
  if (!s.store) throw new UserError(`${reads} reads the results: set table (or use the CLI's local store)`);
  const records = await s.store.listRecords().catch((error: Error) => {
    throw new UserError(`${reads} could not read ${s.store?.description} (${error.name}: ${error.message})`);
  });
  const registered = withRegistered
    ? registeredConfigs(records, catalog.entries)
    : { entries: [], unusable: [] };
  const tier = parseTier(s.tier);
  const candidates = [...entries, ...registered.entries.filter((e) => !tier || e.tier === tier)];
  const unusableRegistered = registered.unusable;
  if (selection === 'all') return { entries: candidates, unusableRegistered };
  const statusSelection: StatusSelection = selection;
  return {
    entries: selectByStatus(candidates, records, statusSelection, {
      staleAfterHours: parseHours(s.staleAfterHours),
    }),
    unusableRegistered,
  };
}
