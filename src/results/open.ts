import { dynamoDocumentClient, s3Client } from '../aws/clients.js';
import { DynamoDbStore } from './dynamodb-store.js';
import { LocalStore } from './local-store.js';
import { ResilientStore } from './resilient-store.js';
import { S3ArtifactSink } from './s3-artifacts.js';
import type { ArtifactSink, ResultStore } from './store.js';

export interface StoreSettings {
  table?: string;
  historyTable?: string;
  bucket?: string;
  region: string;
  localDir: string;
}

export interface OpenedStores {
  store: ResultStore;
  artifacts: ArtifactSink;
  local: LocalStore;
  /** the one line that says where results go */
  message: string;
  /** what could not be written (table, bucket), for summaries and the exit code */
  problems: () => string[];
}

/** The table when one is configured (mirrored locally), else the local store alone. */
export function openStores(settings: StoreSettings): OpenedStores {
  const local = new LocalStore(settings.localDir);
  const artifacts = settings.bucket
    ? new S3ArtifactSink(local, s3Client({ region: settings.region }), settings.bucket)
    : local;
  if (!settings.table) {
    return {
      store: local,
      artifacts,
      local,
      message: `CI table not configured — results saved locally in ${local.dir}`,
      problems: () => (artifacts instanceof S3ArtifactSink ? artifacts.problems : []),
    };
  }
  const table = new DynamoDbStore({
    client: dynamoDocumentClient({ region: settings.region }),
    table: settings.table,
    historyTable: settings.historyTable || undefined,
  });
  const store = new ResilientStore(table, local, settings.table);
  return {
    store,
    artifacts,
    local,
    message: `Results go to DynamoDB table ${settings.table}${settings.historyTable ? ` and history table ${settings.historyTable}` : ''} (${settings.region}), with a local copy in ${local.dir}`,
    problems: () => [...store.problems, ...(artifacts instanceof S3ArtifactSink ? artifacts.problems : [])],
  };
}
