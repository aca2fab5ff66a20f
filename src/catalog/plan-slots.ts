import type { CatalogEntry } from './types.js';
import type { SlotKey } from '../lifecycle/admission/leases.js';
import type { SlotLimit } from '../lifecycle/admission/quotas.js';

/** One instance type of a plan: its legs, its endpoint slots and the waves they take. */
export interface InstanceSlots {
  instance: string;
  region: string;
  legs: number;
  /** slots at once; absent when the quota is unknown (legs are not held back) */
  quota?: number;
  quotaDetail: string;
  /** ceil(legs / quota): how many rounds of deploy → clean the legs of this type need */
  waves?: number;
}

export async function planSlots(
  entries: readonly CatalogEntry[],
  limitOf: (key: SlotKey) => Promise<SlotLimit>,
): Promise<InstanceSlots[]> {
  const groups = new Map<string, { key: SlotKey; legs: number }>();
  for (const e of entries) {
    const id = `${e.params.region} ${e.params.instanceType}`;
    const group = groups.get(id) ?? {
      key: { region: e.params.region, instanceType: e.params.instanceType },
      legs: 0,
    };
    group.legs++;
    groups.set(id, group);
  }
  const rows: InstanceSlots[] = [];
  for (const { key, legs } of groups.values()) {
    const { limit, detail } = await limitOf(key);
    rows.push({
      instance: key.instanceType,
      region: key.region,
      legs,
      ...(limit !== undefined ? { quota: limit } : {}),
      quotaDetail: detail,
      ...(limit !== undefined && limit > 0 ? { waves: Math.ceil(legs / limit) } : {}),
    });
  }
  return rows;
}
