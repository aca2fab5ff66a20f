import type { CatalogEntry } from '../catalog/types.js';
import type { RunResult } from '../lifecycle/engine.js';
import type { CiRecord } from './record.js';
import type { BenchmarkHistorySummary } from '../benchmark/compare.js';
import type { FailureClass } from '../lifecycle/failure-class.js';

export interface RunStart {
  entry: CatalogEntry;
  runId: string;
  runUrl?: string;
  startedAt: Date;
}

/** One item per run in the history table (key configId + runTimestamp). */
export interface RunStartInfo {
  previousStatus?: string;
  benchmarkEnabled?: boolean;
  benchmarkWorkload?: string;
}

export interface HistoryItem {
  configId: string;
  runTimestamp: string;
  runId: string;
  runUrl?: string;
  status: string;
  failureClass?: FailureClass;
  durationSeconds: number;
  e2eCatalogId: string;
  tier: string;
  errorMessage?: string;
  stageDurations?: Record<string, number>;
  /** each passed tune job's own time (see record.ts tuneSecondsField) */
  tuneSeconds?: Record<string, number>;
  estimatedCostUsd?: number;
  schedule?: string;
  endpointSeconds?: number;
  idleEndpointSeconds?: number;
  deployHeldSeconds?: number;
  /** TTL, epoch seconds */
  expiresAt?: number;
  /** Stage 2's per-level summary: the regression baseline of later runs */
  benchmark?: BenchmarkHistorySummary;
}

export interface Registration {
  benchmarkEnabled?: boolean;
  benchmarkWorkload?: string;
}

/** Where results live: the local directory (the embedded default) or the DynamoDB tables. */
export interface ResultStore {
  /** MCC's `do/register --ci`: create the `untested` record, or update it keeping test results */
  register(entry: CatalogEntry, registration: Registration, at: Date): Promise<'created' | 'updated'>;
  readonly description: string;
  /** mark the config running; returns the last completed status and the record's benchmark opt-in */
  startRun(start: RunStart): Promise<RunStartInfo>;
  /** write the result (record + history), unless a newer run already wrote one */
  finishRun(result: RunResult): Promise<{ written: boolean; note?: string }>;
  getRecord(configId: string): Promise<CiRecord | undefined>;
  listRecords(): Promise<CiRecord[]>;
  listHistory(configId: string): Promise<HistoryItem[]>;
  /** items the reads above skipped as unreadable, each naming where it is and the field */
  readonly warnings?: readonly string[];
}

/** Where a run's files go: result.json, summary.md and the stage logs. */
export interface ArtifactSink {
  /** the directory of one config's run: runs/<tier>/<runId>/<catalogId>/ */
  runDir(result: Pick<RunResult, 'tier' | 'runId' | 'catalogId'>): string;
  writeRunArtifacts(result: RunResult, summaryMarkdown: string): Promise<string[]>;
}
