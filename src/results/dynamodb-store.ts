import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  paginateScan,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { RunResult } from '../lifecycle/engine.js';
import {
  CLEARED_ON_PASS,
  completedStatusOf,
  isCompletedStatus,
  identityFields,
  historyItem,
  isoSeconds,
  NEVER_TESTED,
  registrationDefaults,
  resultFields,
  type CiRecord,
} from './record.js';
import type { HistoryItem, Registration, ResultStore, RunStart, RunStartInfo } from './store.js';
import type { CatalogEntry } from '../catalog/types.js';
import { historyProblem, recordProblem } from './record-check.js';

export interface DynamoDbStoreOptions {
  client: DynamoDBDocumentClient;
  table: string;
  historyTable?: string;
}

/**
 * `SET #a = :a, …` for the defined fields of an object, and `#b = if_not_exists(#b, :b)` for
 * fields that keep the value already there (createdAt, an opt-in others may have set).
 */
export function setExpression(fields: Record<string, unknown>, keepIfPresent: Record<string, unknown> = {}) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clause =
    (prefix: string, keep: boolean) =>
    ([key, value]: [string, unknown], i: number) => {
      names[`#${prefix}${i}`] = key;
      values[`:${prefix}${i}`] = value;
      return keep
        ? `#${prefix}${i} = if_not_exists(#${prefix}${i}, :${prefix}${i})`
        : `#${prefix}${i} = :${prefix}${i}`;
    };
  const defined = (o: Record<string, unknown>) => Object.entries(o).filter(([, v]) => v !== undefined);
  const clauses = [
    ...defined(fields).map(clause('f', false)),
    ...defined(keepIfPresent).map(clause('k', true)),
  ];
  return {
    UpdateExpression: `SET ${clauses.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * The CI table (MCC's schemaVersion 2), written only with UpdateItem so that fields others
 * write (benchmarkEnabled, createdAt, registration data) survive; plus the optional history table.
 */
export class DynamoDbStore implements ResultStore {
  constructor(private readonly options: DynamoDbStoreOptions) {}

  get description(): string {
    return `DynamoDB table ${this.options.table}${this.options.historyTable ? ` (history: ${this.options.historyTable})` : ''}`;
  }

  async getRecord(configId: string): Promise<CiRecord | undefined> {
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.table, Key: { configId } }),
    );
    return Item as CiRecord | undefined;
  }

  /** items a reader skipped, each naming its table key and field */
  readonly warnings: string[] = [];

  async listRecords(): Promise<CiRecord[]> {
    const records: CiRecord[] = [];
    for await (const page of paginateScan(
      { client: this.options.client },
      { TableName: this.options.table },
    )) {
      for (const item of page.Items ?? []) {
        const problem = recordProblem(item);
        if (problem)
          this.warnings.push(
            `table ${this.options.table}, configId ${JSON.stringify(item.configId)}: ${problem} — skipped`,
          );
        else records.push(item as CiRecord);
      }
    }
    return records;
  }

  async listHistory(configId: string, limit = 50): Promise<HistoryItem[]> {
    if (!this.options.historyTable) return [];
    const { Items } = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.historyTable,
        KeyConditionExpression: 'configId = :c',
        ExpressionAttributeValues: { ':c': configId },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    const valid = (Items ?? []).filter((item) => {
      const problem = historyProblem(item);
      if (problem)
        this.warnings.push(
          `table ${this.options.historyTable}, configId ${configId}, runTimestamp ${JSON.stringify(item.runTimestamp)}: ${problem} — skipped`,
        );
      return !problem;
    });
    return (valid as HistoryItem[]).reverse();
  }

  async register(entry: CatalogEntry, registration: Registration, at: Date): Promise<'created' | 'updated'> {
    const { configId, schemaVersion, ...identity } = identityFields(entry);
    const extra = {
      ...(registration.benchmarkEnabled !== undefined
        ? { benchmarkEnabled: registration.benchmarkEnabled }
        : {}),
      ...(registration.benchmarkWorkload ? { benchmarkWorkload: registration.benchmarkWorkload } : {}),
    };
    const { Attributes } = await this.options.client.send(
      new UpdateCommand({
        TableName: this.options.table,
        Key: { configId },
        ...setExpression({ ...identity, ...extra }, registrationDefaults(entry, at, schemaVersion)),
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes ? 'updated' : 'created';
  }

  async startRun(start: RunStart): Promise<RunStartInfo> {
    const { configId: _key, ...identity } = identityFields(start.entry);
    const { Attributes } = await this.options.client.send(
      new UpdateCommand({
        TableName: this.options.table,
        Key: { configId: start.entry.configId },
        ...setExpression(
          {
            ...identity,
            testStatus: 'running',
            runId: start.runId,
            runUrl: start.runUrl,
            runStartedAt: start.startedAt.toISOString(),
          },
          {
            createdAt: isoSeconds(start.startedAt),
            lastTestTimestamp: NEVER_TESTED,
            benchmarkEnabled: start.entry.benchmark ? true : undefined,
          },
        ),
        ReturnValues: 'ALL_OLD',
      }),
    );
    const old = Attributes as CiRecord | undefined;
    const optIn = { benchmarkEnabled: old?.benchmarkEnabled, benchmarkWorkload: old?.benchmarkWorkload };
    if (old?.testStatus !== 'running') return { previousStatus: completedStatusOf(old), ...optIn };
    // the last run crashed while running: its predecessor's result is in the history
    const recent = await this.listHistory(start.entry.configId, 20);
    return { previousStatus: recent.filter((h) => isCompletedStatus(h.status)).at(-1)?.status, ...optIn };
  }

  async finishRun(result: RunResult): Promise<{ written: boolean; note?: string }> {
    const update = setExpression({ ...resultFields(result) });
    // a pass leaves no trace of the last failure's class
    if (result.status === 'pass') {
      update.UpdateExpression += ` REMOVE ${CLEARED_ON_PASS.map((_, i) => `#x${i}`).join(', ')}`;
      CLEARED_ON_PASS.forEach((field, i) => (update.ExpressionAttributeNames[`#x${i}`] = field));
    }
    let written = true;
    let note: string | undefined;
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.table,
          Key: { configId: result.configId },
          ...update,
          // a newer run's result is never overwritten by an older one
          ConditionExpression: 'attribute_not_exists(#rid) OR #rid = :mine OR #started <= :myStart',
          ExpressionAttributeNames: {
            ...update.ExpressionAttributeNames,
            '#rid': 'runId',
            '#started': 'runStartedAt',
          },
          ExpressionAttributeValues: {
            ...update.ExpressionAttributeValues,
            ':mine': result.runId,
            ':myStart': result.startedAt,
          },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      written = false;
      note = `a newer run of ${result.catalogId} started after this one, so its result stays in ${this.options.table}; this run's result is kept in the history and artifacts`;
    }
    if (this.options.historyTable) {
      await this.options.client.send(
        new PutCommand({ TableName: this.options.historyTable, Item: historyItem(result) }),
      );
    }
    return { written, note };
  }
}
