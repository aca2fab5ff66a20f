import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CatalogEntry } from '../catalog/types.js';
import { LocalStore } from '../results/local-store.js';
import { openStores, type StoreSettings } from '../results/open.js';
import type { CiRecord } from '../results/record.js';
import type { HistoryItem, ResultStore } from '../results/store.js';
import { joinRecords, type JoinedRecord } from '../results/join.js';
import { buildCoverage, type CoverageModel } from './coverage.js';
import { registeredConfigs } from '../catalog/registered.js';

/** What a report reads: the table, a local store, or several legs' local stores merged. */
export type ReportSource = Pick<ResultStore, 'listRecords' | 'listHistory' | 'description' | 'warnings'>;

const isStoreDir = (dir: string): boolean =>
  existsSync(join(dir, 'records')) || existsSync(join(dir, 'history'));

/** Newest run wins per configId (the table's rule); records never run count as oldest. */
const newer = (a: CiRecord, b: CiRecord): CiRecord =>
  (b.runStartedAt ?? '') > (a.runStartedAt ?? '') ? b : a;

/**
 * Local stores read as one: the tier workflow downloads every leg's `.mcc-e2e/` artifact into one
 * directory, either merged (the directory is a store) or one subdirectory per leg.
 */
export class MergedLocalStores implements ReportSource {
  constructor(
    readonly dir: string,
    private readonly stores: LocalStore[],
  ) {}

  get warnings(): readonly string[] {
    return this.stores.flatMap((s) => s.warnings);
  }

  get description(): string {
    return this.stores.length <= 1
      ? `local store ${this.dir}`
      : `${this.stores.length} local stores under ${this.dir}`;
  }

  async listRecords(): Promise<CiRecord[]> {
    const merged = new Map<string, CiRecord>();
    for (const store of this.stores) {
      for (const record of await store.listRecords()) {
        const seen = merged.get(record.configId);
        merged.set(record.configId, seen ? newer(seen, record) : record);
      }
    }
    return [...merged.values()];
  }

  async listHistory(configId: string): Promise<HistoryItem[]> {
    const items = new Map<string, HistoryItem>();
    for (const store of this.stores) {
      for (const item of await store.listHistory(configId))
        items.set(`${item.runId}|${item.runTimestamp}`, item);
    }
    return [...items.values()].sort((a, b) => a.runTimestamp.localeCompare(b.runTimestamp));
  }
}

export function openResultsDir(dir: string): MergedLocalStores {
  const root = resolve(dir);
  const children = existsSync(root)
    ? readdirSync(root)
        .map((name) => join(root, name))
        .filter((child) => statSync(child).isDirectory() && isStoreDir(child))
    : [];
  const dirs = isStoreDir(root) || children.length === 0 ? [root, ...children] : children;
  return new MergedLocalStores(
    root,
    dirs.map((d) => new LocalStore(d)),
  );
}

/** The table when one is named, else the local store directory (and any leg stores inside it). */
export function openReportSource(settings: Omit<StoreSettings, 'bucket'>): ReportSource {
  if (!settings.table) return openResultsDir(settings.localDir);
  // reads go to the table alone (the local mirror only matters to writers)
  const { store } = openStores(settings);
  return {
    description: `DynamoDB table ${settings.table}${settings.historyTable ? ` (history: ${settings.historyTable})` : ''}`,
    listRecords: () => store.listRecords(),
    get warnings() {
      return store.warnings;
    },
    listHistory: (configId) => store.listHistory(configId),
  };
}

export interface ReadCoverageOptions {
  entries: CatalogEntry[];
  allEntries: CatalogEntry[];
  tier?: string;
  historyLength?: number;
}

/** Read records and the history of every config that has a record, then build the model. */
export async function readCoverage(
  source: ReportSource,
  options: ReadCoverageOptions,
): Promise<{ model: CoverageModel; records: JoinedRecord[]; warnings: readonly string[] }> {
  // one row per configuration: MCC's own items of a catalog entry join it (before registrations
  // are picked, so such an item never becomes a second, registered copy of the entry)
  const records = joinRecords(await source.listRecords(), options.allEntries);
  const registered = registeredConfigs(records, options.allEntries);
  const registeredEntries = registered.entries.filter((e) => !options.tier || e.tier === options.tier);
  const wanted = new Set([...options.entries, ...registeredEntries].map((e) => e.configId));
  const withRecords = records.filter((r) => wanted.has(r.configId)).map((r) => r.configId);
  const history = new Map(
    await Promise.all(withRecords.map(async (id) => [id, await source.listHistory(id)] as const)),
  );
  const model = buildCoverage({
    entries: options.entries,
    tier: options.tier,
    records,
    history,
    allCatalogConfigIds: new Set(options.allEntries.map((e) => e.configId)),
    registered: { entries: registeredEntries, unusable: registered.unusable },
    source: source.description,
    historyLength: options.historyLength,
  });
  return { model, records, warnings: [...new Set(source.warnings ?? [])] };
}
