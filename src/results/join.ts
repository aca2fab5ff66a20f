import { createHash } from 'node:crypto';
import { computeConfigId } from '../catalog/config-id.js';
import type { CatalogEntry, GenerationParams } from '../catalog/types.js';
import { NEVER_TESTED, type CiRecord } from './record.js';

/**
 * One row per configuration (09-v1-field-lessons.md, MCC compatibility). The same configuration
 * can have several items in the shared table: ours under the documented 5-field configId, and
 * MCC's `do/register --ci` one under its 7-field id (`…:ic<N>:adapt<M>`), or the 4-attribute item
 * `do/register --benchmark-status` makes. Pure: callers bring the records (and the catalog).
 */

/** A record joined with the others of its configuration. */
export interface JoinedRecord extends CiRecord {
  /** the configuration's 5-field id when it is known, else the item's own key */
  configId: string;
  /** the table keys of the items this row stands for that are not `configId` (e.g. MCC's 7-field id) */
  otherConfigIds?: string[];
}

const FIELDS = ['deploymentConfig', 'modelName', 'instanceType', 'region', 'deploymentTarget'] as const;

/** The generation parameters a record describes: our configJson has `region`, MCC's `awsRegion`. */
export function configurationOf(record: Pick<CiRecord, 'configJson'>): GenerationParams | undefined {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(record.configJson ?? '') as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const params = {
    deploymentConfig: parsed.deploymentConfig,
    modelName: parsed.modelName,
    instanceType: parsed.instanceType,
    region: parsed.region ?? parsed.awsRegion,
    deploymentTarget: parsed.deploymentTarget,
  };
  return FIELDS.every((f) => typeof params[f] === 'string' && params[f] !== '')
    ? (params as GenerationParams)
    : undefined;
}

/** MCC's 7-field configId (do/register --ci): the 5 fields plus the IC and adapter counts. */
export function mccConfigId(params: GenerationParams, icCount = 1, adapterCount = 0): string {
  const key = [...FIELDS.map((f) => params[f]), `ic${icCount}`, `adapt${adapterCount}`].join(':');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * The 7-field ids MCC gives a catalog entry's generated project: a fresh project has one IC and
 * no adapter; after our lifecycle's adapter-add it has one adapter.
 */
export const mccConfigIdsOf = (entry: Pick<CatalogEntry, 'params'>): string[] => [
  mccConfigId(entry.params, 1, 0),
  mccConfigId(entry.params, 1, 1),
];

/** The configuration key of a record: the 5-field id of what it describes, or an alias's owner. */
function keyOf(record: CiRecord, aliasOwner: ReadonlyMap<string, string>): string {
  const params = configurationOf(record);
  return params ? computeConfigId(params) : (aliasOwner.get(record.configId) ?? record.configId);
}

/** When a record's result happened ('' for none: registered, never tested). */
function resultTime(record: CiRecord): string {
  if (record.testStatus === 'running') return record.runStartedAt ?? '';
  const at = record.lastTestTimestamp ?? '';
  return at === NEVER_TESTED ? '' : at;
}

/** Newest result wins; on a tie the item under the configuration's own key. */
function newest(records: CiRecord[], key: string): CiRecord {
  return records.reduce((best, r) => {
    const [a, b] = [resultTime(r), resultTime(best)];
    if (a !== b) return a > b ? r : best;
    return r.configId === key && best.configId !== key ? r : best;
  });
}

/** The benchmark fields of whichever item saw the latest benchmark (MCC writes them on its own id). */
function latestBenchmark(records: CiRecord[]): Partial<CiRecord> {
  const latest = records
    .filter((r) => r.lastBenchmarkTimestamp)
    .sort((a, b) => (b.lastBenchmarkTimestamp ?? '').localeCompare(a.lastBenchmarkTimestamp ?? ''))[0];
  return latest
    ? {
        lastBenchmarkRunId: latest.lastBenchmarkRunId,
        lastBenchmarkTimestamp: latest.lastBenchmarkTimestamp,
        lastBenchmarkStatus: latest.lastBenchmarkStatus,
      }
    : {};
}

/**
 * One row per catalog entry: the items that describe an entry (ours under its 5-field configId,
 * MCC's under its 7-field id; an item without a configJson, such as MCC's benchmark-status one,
 * by its 7-field id) become one record under the entry's configId with the newest result, naming
 * the other items' keys. Items of no catalog entry (registrations, entries since removed) stay as
 * they are, under their own keys.
 */
export function joinRecords(
  records: readonly CiRecord[],
  entries: readonly Pick<CatalogEntry, 'params' | 'configId'>[] = [],
): JoinedRecord[] {
  const aliasOwner = new Map(
    entries.flatMap((e) => mccConfigIdsOf(e).map((id) => [id, e.configId] as const)),
  );
  const inCatalog = new Set(entries.map((e) => e.configId));
  const byEntry = new Map<string, CiRecord[]>();
  const others: CiRecord[] = [];
  for (const record of records) {
    const key = keyOf(record, aliasOwner);
    if (inCatalog.has(key)) byEntry.set(key, [...(byEntry.get(key) ?? []), record]);
    else others.push(record);
  }
  const joined = [...byEntry].map(([key, group]): JoinedRecord => {
    const [only] = group;
    if (only && group.length === 1 && only.configId === key) return only;
    const winner = newest(group, key);
    const otherConfigIds = group.map((r) => r.configId).filter((id) => id !== key);
    return { ...winner, ...latestBenchmark(group), configId: key, otherConfigIds };
  });
  return [...joined, ...others];
}
