import type { RunResult, StageRecord } from '../lifecycle/engine.js';
import type { CatalogEntry } from '../catalog/types.js';
import type { HistoryItem } from './store.js';
import { isRegressionClass, type FailureClass } from '../lifecycle/failure-class.js';

export interface StageResult {
  status: string;
  /** seconds, to a tenth (absent on MCC's own items) */
  duration?: number;
  /** whole seconds, as MCC writes and parses them (absent on items older than v1) */
  durationSeconds?: number;
  error?: string;
  /** the attempt that produced it, when infrastructure retries made more than one */
  attempt?: number;
  /** what to do about the failure, when known */
  remedy?: string;
  /** the stage's log, relative to the run's artifact directory */
  log?: string;
}

/**
 * The CI table item (03-results.md), shared with MCC. schemaVersion: MCC's `do/register --ci`
 * writes 1 (registration only), its E2E recorder 2 (with results); no MCC reader branches on it.
 * We write 2 with results and never lower a value already there (register keeps it).
 */
export interface CiRecord {
  configId: string;
  schemaVersion?: number;
  configJson: string;
  testStatus: string;
  previousTestStatus?: string;
  regression?: boolean;
  /** why the last run failed: product | infrastructure | timeout | cancelled (absent after a pass) */
  failureClass?: FailureClass;
  lastTestTimestamp?: string;
  /** whole seconds: MCC's `do/ci report` does int() on it (the history keeps tenths) */
  lastTestDuration?: number;
  /** absent on registrations (catalog/registered.ts): MCC's do/register writes none */
  e2eCatalogId?: string;
  tier: string;
  deploymentConfig: string;
  modelName: string;
  instanceType: string;
  region: string;
  /** `duration` is ours (precise); `durationSeconds` (whole) is what MCC's dashboard reads */
  stageResults?: Record<string, StageResult>;
  /** the generated project's name (MCC's dashboard Project column) */
  projectName?: string;
  errorMessage?: string;
  cleanFailed?: boolean;
  runId?: string;
  runUrl?: string;
  runStartedAt?: string;
  estimatedCostUsd?: number;
  schedule?: string;
  /** deploy start → clean end, and the part of it no stage used the endpoint */
  endpointSeconds?: number;
  idleEndpointSeconds?: number;
  /** overlap-tune: how long deploy was held to meet the tune */
  deployHeldSeconds?: number;
  benchmarkEnabled?: boolean;
  benchmarkWorkload?: string;
  lastBenchmarkRunId?: string;
  lastBenchmarkTimestamp?: string;
  lastBenchmarkStatus?: string;
  createdAt?: string;
  /** the last time a run was deferred (no endpoint slot within its job budget), and why */
  deferredAt?: string;
  deferredReason?: string;
}

/** ISO 8601 UTC to the second, as MCC writes it: 2026-05-22T06:15:00Z. */
export const isoSeconds = (iso: string | Date): string =>
  new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** MCC's lastTestTimestamp of a configuration never tested (its scanner's index needs one). */
export const NEVER_TESTED = '1970-01-01T00:00:00Z';

export function configJson(entry: Pick<CatalogEntry, 'params' | 'argv'>): string {
  return JSON.stringify({ ...entry.params, args: entry.argv.join(' ') });
}

/** The identity fields every write sets (denormalised for queries). */
export function identityFields(entry: CatalogEntry): Omit<CiRecord, 'testStatus'> {
  return {
    configId: entry.configId,
    schemaVersion: 2,
    // a registered entry keeps its author's configJson and, like MCC's do/register, no catalog id
    configJson: entry.registered?.configJson ?? configJson(entry),
    ...(entry.registered ? {} : { e2eCatalogId: entry.id }),
    tier: entry.tier,
    deploymentConfig: entry.params.deploymentConfig,
    modelName: entry.params.modelName,
    instanceType: entry.params.instanceType,
    region: entry.params.region,
  };
}

/**
 * What a registration sets only where nothing is there yet, as MCC's `do/register --ci` creates a
 * record: untested, never tested (its scanner index sorts on lastTestTimestamp), a project name.
 */
export function registrationDefaults(
  entry: Pick<CatalogEntry, 'id'>,
  at: Date,
  schemaVersion: number | undefined,
): Partial<CiRecord> {
  return {
    testStatus: 'untested',
    lastTestTimestamp: NEVER_TESTED,
    projectName: entry.id,
    createdAt: isoSeconds(at),
    schemaVersion,
  };
}

/** A status that judges the configuration: `pass` or `fail-<stage>` (not running, cancelled, untested…). */
export const isCompletedStatus = (status: string | undefined): boolean =>
  status === 'pass' || (status ?? '').startsWith('fail-');

/**
 * The status a new result is compared with: the last completed one. A run in progress (or one
 * that crashed while running) and a cancelled run keep the one before them in previousTestStatus.
 */
export function completedStatusOf(
  record: Pick<CiRecord, 'testStatus' | 'previousTestStatus'> | undefined,
): string | undefined {
  if (!record) return undefined;
  return isCompletedStatus(record.testStatus) || record.testStatus === 'untested'
    ? record.testStatus
    : record.previousTestStatus;
}

/** Previous `pass`, now a product or timeout failure; infrastructure and cancellations never are. */
export const isRegression = (
  previous: string | undefined,
  result: Pick<RunResult, 'status' | 'failureClass'>,
): boolean =>
  previous === 'pass' && result.status.startsWith('fail-') && isRegressionClass(result.failureClass);

/** Fields a pass removes (UpdateItem REMOVE), so that they describe only the latest failure. */
export const CLEARED_ON_PASS = ['failureClass'] as const;

/** The schedule and the endpoint's time up, on the record and in the history. */
const endpointFields = (result: RunResult) => ({
  schedule: result.schedule,
  endpointSeconds: result.endpointSeconds,
  idleEndpointSeconds: result.idleEndpointSeconds,
  ...(result.deployHold ? { deployHeldSeconds: result.deployHold.seconds } : {}),
});
/**
 * A deferred run (no endpoint slot within its budget) ran nothing worth recording: the record
 * keeps its previous status and timestamp, so the stale scan picks the config up again.
 */
function deferredFields(result: RunResult): Partial<CiRecord> {
  return {
    testStatus: result.previousStatus ?? 'untested',
    deferredAt: isoSeconds(result.endedAt),
    deferredReason: result.errorMessage,
    runId: result.runId,
    ...(result.runUrl ? { runUrl: result.runUrl } : {}),
    runStartedAt: result.startedAt,
  };
}

/** The result fields of the final write. */
export function resultFields(result: RunResult): Partial<CiRecord> {
  if (result.status === 'deferred') return deferredFields(result);
  return {
    testStatus: result.status,
    previousTestStatus: result.previousStatus ?? 'untested',
    regression: result.regression ?? false,
    ...(result.failureClass ? { failureClass: result.failureClass } : {}),
    lastTestTimestamp: isoSeconds(result.endedAt),
    lastTestDuration: Math.round(result.durationSeconds),
    stageResults: Object.fromEntries(
      result.stages.map((s) => [
        s.name,
        {
          status: s.status,
          duration: s.durationSeconds,
          durationSeconds: Math.round(s.durationSeconds),
          error: s.error,
          ...(s.attempt && s.attempt > 1 ? { attempt: s.attempt } : {}),
          ...(s.remedy ? { remedy: s.remedy } : {}),
          ...(s.log ? { log: s.log } : {}),
        },
      ]),
    ),
    projectName: result.projectName,
    errorMessage: result.errorMessage,
    cleanFailed: result.cleanFailed,
    runId: result.runId,
    ...(result.runUrl ? { runUrl: result.runUrl } : {}),
    // full precision: the newest-run-wins condition compares start times
    runStartedAt: result.startedAt,
    ...(result.estimatedCostUsd !== undefined ? { estimatedCostUsd: result.estimatedCostUsd } : {}),
    ...endpointFields(result),
    ...(result.benchmark ? result.benchmark.recordFields : {}),
  };
}

/**
 * What each passed tune job took, which the deploy hold learns from: SageMaker's own time when
 * it could be asked, else the row's duration — but not for a submitted-and-awaited tune, whose
 * row also spans the deploy hold, deploy and test (learning from it would grow the hold by the
 * submit's time every run).
 */
function tuneSecondsField(stages: readonly StageRecord[]): Pick<HistoryItem, 'tuneSeconds'> {
  const seconds = stages.flatMap((s): [string, number][] => {
    if (s.status !== 'pass' || !s.name.startsWith('tune-')) return [];
    const own = s.jobSeconds ?? (s.phases ? undefined : s.durationSeconds);
    return own === undefined ? [] : [[s.name, own]];
  });
  return seconds.length > 0 ? { tuneSeconds: Object.fromEntries(seconds) } : {};
}

/** History items expire after this long (the history table's TTL attribute `expiresAt`). */
export const HISTORY_TTL_DAYS = 180;

export function historyItem(result: RunResult): HistoryItem {
  return {
    configId: result.configId,
    runTimestamp: result.endedAt,
    runId: result.runId,
    ...(result.runUrl ? { runUrl: result.runUrl } : {}),
    status: result.status,
    ...(result.failureClass ? { failureClass: result.failureClass } : {}),
    durationSeconds: result.durationSeconds,
    e2eCatalogId: result.catalogId,
    tier: result.tier,
    errorMessage: result.errorMessage,
    stageDurations: Object.fromEntries(result.stages.map((s) => [s.name, s.durationSeconds])),
    ...tuneSecondsField(result.stages),
    ...(result.estimatedCostUsd !== undefined ? { estimatedCostUsd: result.estimatedCostUsd } : {}),
    ...endpointFields(result),
    expiresAt: Math.floor(new Date(result.endedAt).getTime() / 1000) + HISTORY_TTL_DAYS * 86400,
    ...(result.benchmark ? { benchmark: result.benchmark.history } : {}),
  };
}
