import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { slotId, type Lease, type LeaseHolder, type LeaseStore, type SlotKey } from './leases.js';

/**
 * The lease table (infra/ci-stack.yaml `LeaseTable`, key `leaseId`): one item per held slot,
 * written only with conditions, so two legs of a matrix never both win a slot. `expiresAt`
 * (epoch seconds) is also the table's TTL attribute, which sweeps items of killed legs;
 * `expiresAtMs` is what the conditions compare (TTL deletion can lag by hours).
 */
interface LeaseItem {
  leaseId: string;
  region: string;
  instanceType: string;
  slot: number;
  holderId: string;
  holderLabel: string;
  expiresAtMs: number;
  expiresAt: number;
}

const toLease = (item: LeaseItem): Lease => ({
  region: item.region,
  instanceType: item.instanceType,
  slot: item.slot,
  holder: { id: item.holderId, label: item.holderLabel },
  expiresAt: item.expiresAtMs,
});

const lost = (error: unknown): boolean => error instanceof ConditionalCheckFailedException;

export class DynamoDbLeaseStore implements LeaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  get description(): string {
    return `DynamoDB lease table ${this.table}`;
  }

  async tryAcquire(
    key: SlotKey,
    limit: number,
    holder: LeaseHolder,
    ttlMs: number,
    now: number,
  ): Promise<Lease | undefined> {
    const held = new Set((await this.held(key, limit, now)).map((l) => l.slot));
    for (let slot = 0; slot < limit; slot++) {
      if (held.has(slot)) continue;
      const item: LeaseItem = {
        leaseId: slotId(key, slot),
        ...key,
        slot,
        holderId: holder.id,
        holderLabel: holder.label,
        expiresAtMs: now + ttlMs,
        expiresAt: Math.ceil((now + ttlMs) / 1000),
      };
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.table,
            Item: item,
            ConditionExpression: 'attribute_not_exists(leaseId) OR expiresAtMs < :now',
            ExpressionAttributeValues: { ':now': now },
          }),
        );
        return toLease(item);
      } catch (error) {
        if (!lost(error)) throw error;
      }
    }
    return undefined;
  }

  async renew(lease: Lease, ttlMs: number, now: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { leaseId: slotId(lease, lease.slot) },
          UpdateExpression: 'SET expiresAtMs = :ms, expiresAt = :s',
          ConditionExpression: 'holderId = :holder',
          ExpressionAttributeValues: {
            ':ms': now + ttlMs,
            ':s': Math.ceil((now + ttlMs) / 1000),
            ':holder': lease.holder.id,
          },
        }),
      );
      lease.expiresAt = now + ttlMs;
      return true;
    } catch (error) {
      if (lost(error)) return false;
      throw error;
    }
  }

  async release(lease: Pick<Lease, 'region' | 'instanceType' | 'slot' | 'holder'>): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: { leaseId: slotId(lease, lease.slot) },
          ConditionExpression: 'holderId = :holder',
          ExpressionAttributeValues: { ':holder': lease.holder.id },
        }),
      );
    } catch (error) {
      if (!lost(error)) throw error; // someone else's now: ours had expired already
    }
  }

  async held(key: SlotKey, limit: number, now: number): Promise<Lease[]> {
    if (limit <= 0) return [];
    const items: LeaseItem[] = [];
    const keys = Array.from({ length: limit }, (_, slot) => ({ leaseId: slotId(key, slot) }));
    for (let i = 0; i < keys.length; i += 100) {
      let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
        [this.table]: { Keys: keys.slice(i, i + 100) },
      };
      while (request && Object.keys(request).length > 0) {
        const response = await this.client.send(new BatchGetCommand({ RequestItems: request }));
        items.push(...((response.Responses?.[this.table] ?? []) as LeaseItem[]));
        request = response.UnprocessedKeys as typeof request;
      }
    }
    return items
      .filter((item) => item.expiresAtMs >= now)
      .map(toLease)
      .sort((a, b) => a.slot - b.slot);
  }
}
