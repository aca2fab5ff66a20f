import { UserError } from '../../errors.js';
import type { SlotKey } from './leases.js';

/** Endpoints at once per instance type: `{ "ml.g5.xlarge": 2 }`. */
export type QuotaTable = Record<string, number>;

const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;

/** `ml.g5.xlarge=2,ml.g5.12xlarge=4` (the action's `quotas`, the CLI's `--quota`). */
export function parseQuotaList(text: string, where: string): QuotaTable {
  const table: QuotaTable = {};
  for (const part of text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = part.match(/^([^=\s]+)\s*=\s*(\d+)$/);
    if (!match || !INSTANCE_TYPE.test(match[1] as string))
      throw new UserError(
        `${where}: "${part}" is not <instance type>=<endpoints>, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4`,
      );
    table[match[1] as string] = Number(match[2]);
  }
  return table;
}

/** A whole number input (`infra-retries`, `--lease-ttl`): a clear error naming it, never NaN. */
export function parseCount(text: string, where: string, min = 0): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < min)
    throw new UserError(`${where} must be a whole number ≥ ${min}, not "${text}"`);
  return n;
}

/** What the account tells about one slot key; absent when nothing can be asked (no AWS). */
export interface AccountQuotas {
  /** the SageMaker quota "<type> for endpoint usage", undefined when Service Quotas does not know it */
  endpointQuota(instanceType: string): Promise<number | undefined>;
  /** instances of the type in endpoints that are not this toolkit's (other teams, people) */
  foreignInstances(instanceType: string): Promise<number>;
}

export type LimitSource = 'override' | 'catalog' | 'service quotas' | 'unknown';

export interface SlotLimit {
  /** undefined: quota unknown, the leg is not held back */
  limit?: number;
  source: LimitSource;
  /** one sentence for logs and summaries */
  detail: string;
}

export interface LimitInputs {
  /** the action input / CLI flag, over the catalog's root `quotas` */
  override?: QuotaTable;
  catalog?: QuotaTable;
  account?: AccountQuotas;
}

/**
 * The slots of an instance type, in order: an explicit override, the catalog's `quotas`, else
 * the account's quota minus what others already run. An explicit number is the team's share
 * and is taken as given; the account's quota is shared with everyone in it.
 */
export async function resolveLimit(key: SlotKey, inputs: LimitInputs): Promise<SlotLimit> {
  const type = key.instanceType;
  const given = [
    ['override', inputs.override?.[type]],
    ['catalog', inputs.catalog?.[type]],
  ] as const;
  for (const [source, limit] of given) {
    if (limit !== undefined)
      return {
        limit,
        source,
        detail: `${type}: ${limit} at once (${source === 'override' ? 'quotas input' : 'catalog quotas'})`,
      };
  }
  if (!inputs.account)
    return { source: 'unknown', detail: `${type}: quota unknown (no override, no AWS account to ask)` };
  let quota: number | undefined;
  try {
    quota = await inputs.account.endpointQuota(type);
  } catch (error) {
    return {
      source: 'unknown',
      detail: `${type}: quota unknown (Service Quotas: ${(error as Error).message}) — give one with the quotas input`,
    };
  }
  if (quota === undefined)
    return {
      source: 'unknown',
      detail: `${type}: quota unknown (Service Quotas has no "${type} for endpoint usage")`,
    };
  const foreign = await inputs.account.foreignInstances(type).catch(() => 0);
  const limit = Math.max(0, Math.floor(quota) - foreign);
  return {
    limit,
    source: 'service quotas',
    detail: `${type}: ${limit} at once (account quota ${quota} in ${key.region}${foreign > 0 ? `, ${foreign} in use by others` : ''})`,
  };
}
