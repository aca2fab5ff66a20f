import type { CatalogEntry } from '../catalog/types.js';
import type { UnusableRegistration } from '../catalog/registered.js';
import { parseTier } from '../catalog/select.js';
import { NEVER_TESTED, type CiRecord } from '../results/record.js';
import { isRegressionClass } from '../lifecycle/failure-class.js';
import { configurationOf, type JoinedRecord } from '../results/join.js';
import type { HistoryItem } from '../results/store.js';
import type { BenchmarkLevelSummary } from '../benchmark/compare.js';
import { findStage, STAGE_TABLE } from '../lifecycle/stages.js';
import type { FailureClass } from '../lifecycle/failure-class.js';
import { UserError } from '../errors.js';

/**
 * The coverage model (03-results.md "Reports"): the catalog joined with the records by configId
 * and with the run history. Pure; every renderer (text, JSON, Markdown, HTML) reads this one model.
 */

/** How many recent statuses a report shows per config unless asked otherwise (`--history N`). */
export const DEFAULT_HISTORY_LENGTH = 10;

/**
 * Flaky: among the last FLAKY_WINDOW completed runs, the outcome (pass vs any fail-*) changed at
 * least FLAKY_MIN_FLIPS times. pass → fail is one flip (a regression, not flakiness);
 * pass → fail → pass is two (flaky).
 */
export const FLAKY_WINDOW = 5;
export const FLAKY_MIN_FLIPS = 2;

export type StatusBucket = 'passing' | 'failing' | 'running' | 'cancelled' | 'untested';

/** testStatus → summary bucket: `pass`, `fail-<stage>`, `running`, `cancelled`; anything else counts as untested. */
const BUCKET_RULES: readonly { matches: (status: string) => boolean; bucket: StatusBucket }[] = [
  { matches: (s) => s === 'pass', bucket: 'passing' },
  { matches: (s) => s.startsWith('fail-'), bucket: 'failing' },
  { matches: (s) => s === 'running', bucket: 'running' },
  { matches: (s) => s === 'cancelled', bucket: 'cancelled' },
];

export const bucketOf = (status: string): StatusBucket =>
  BUCKET_RULES.find((rule) => rule.matches(status))?.bucket ?? 'untested';

const isCompleted = (status: string): boolean => ['passing', 'failing'].includes(bucketOf(status));

export interface StageTiming {
  name: string;
  status: string;
  duration: number;
  error: string;
  remedy?: string;
  /** the stage log, relative to the run's artifact directory (logs/NN-<stage>.log) */
  log?: string;
}

export interface RunPoint {
  status: string;
  at: string;
  durationSeconds: number;
  runId: string;
  runUrl?: string;
  /** stage → seconds, as the history item keeps them */
  stageDurations?: Record<string, number>;
  estimatedCostUsd?: number;
}

/** Where a person reads more about a config's last run (built from the report's inputs). */
export interface ConfigLinks {
  /** the GitHub Actions job of the run leg */
  job?: string;
  /** the leg's GitHub artifact (upload-artifact's artifact-url) */
  artifact?: string;
  /** the S3 console page of the run's result.json */
  resultJson?: string;
  /** stage name → the S3 console page of its log */
  stageLogs?: Record<string, string>;
}

/** A tier's day: runs that ended that UTC day across its configs. */
export interface TierDay {
  day: string;
  runs: number;
  passed: number;
  /** passed / completed runs, whole percent */
  passRate: number;
  spendUsd: number;
}

export interface TierTrend {
  tier: string;
  /** oldest first */
  days: TierDay[];
}

/** Benchmark numbers of one run, from the per-level summary kept on its history item. */
export interface BenchmarkPoint {
  at: string;
  workload?: string;
  concurrency?: number;
  metrics: Record<string, number>;
}

export interface BenchmarkCoverage {
  enabled: boolean;
  lastStatus?: string;
  lastRunId?: string;
  lastTimestamp?: string;
  /** oldest first; empty until runs with benchmark summaries are in the history */
  trend: BenchmarkPoint[];
}

export interface ConfigCoverage {
  tier: string;
  id: string;
  configId: string;
  model: string;
  instance: string;
  status: string;
  /** the last completed status while a run is in progress, or after a cancelled one */
  previousStatus?: string;
  /** why the current failure happened (failing and cancelled configs) */
  failureClass?: FailureClass;
  lastTest?: string;
  /** seconds */
  duration?: number;
  regression: boolean;
  flaky: boolean;
  /** oldest first, at most the history length */
  lastStatuses: string[];
  lastRuns: RunPoint[];
  stageResults: StageTiming[];
  errorMessage?: string;
  cleanFailed: boolean;
  estimatedCostUsd?: number;
  benchmark?: BenchmarkCoverage;
  runUrl?: string;
  /** other table keys of this configuration (MCC's 7-field id from do/register --ci) */
  otherConfigIds?: string[];
  runId?: string;
  /** when the run in progress started (a `running` record) */
  runningSince?: string;
  links?: ConfigLinks;
}

export interface NotInCatalog {
  configId: string;
  id: string;
  tier: string;
  model: string;
  status: string;
  lastTest?: string;
  otherConfigIds?: string[];
}

export interface CoverageSummary {
  total: number;
  passing: number;
  failing: number;
  untested: number;
  running: number;
  /** stopped by a cancel or the job budget; judged by the gate on their last completed run */
  cancelled: number;
  /** failing for infrastructure reasons (quota, capacity, throttling, credentials…), shown apart */
  infrastructureFailures: number;
  regressions: number;
  coveragePercent: number;
}

export interface CoverageModel {
  generatedAt: string;
  tier?: string;
  source: string;
  summary: CoverageSummary;
  configs: ConfigCoverage[];
  /** catalog ids of the regressed configs */
  regressions: string[];
  /** configurations registered outside the catalog (catalog/registered.ts), re-tested on schedule */
  registered: RegisteredCoverage;
  /** records neither in the catalog nor registrations (results of a changed or removed entry) */
  notInCatalog: NotInCatalog[];
  /** per tier: pass rate and spend per day over the history shown */
  tierTrends: TierTrend[];
}

export interface RegisteredCoverage {
  summary: CoverageSummary;
  configs: ConfigCoverage[];
  /** ids of the regressed registered configs */
  regressions: string[];
  /** registered records that cannot run, each with the reason */
  unusable: UnusableRegistration[];
}

export interface CoverageInput {
  /** the catalog entries of the report (already filtered by tier) */
  entries: CatalogEntry[];
  tier?: string;
  /** joined (results/join.ts): one per configuration */
  records: JoinedRecord[];
  /** per configId, oldest first */
  history: ReadonlyMap<string, HistoryItem[]>;
  /** tier filter also drops records of other tiers from "not in catalog" */
  allCatalogConfigIds?: ReadonlySet<string>;
  /** the registered configurations of the report (already filtered by tier) and unusable records */
  registered?: { entries: CatalogEntry[]; unusable: UnusableRegistration[] };
  source: string;
  historyLength?: number;
  now?: Date;
}

/** Outcome changes (pass vs fail) between consecutive completed statuses. */
export function countFlips(statuses: readonly string[]): number {
  const outcomes = statuses.filter(isCompleted).map(bucketOf);
  return outcomes.slice(1).filter((outcome, i) => outcome !== outcomes[i]).length;
}

export const isFlaky = (statuses: readonly string[]): boolean =>
  countFlips(statuses.filter(isCompleted).slice(-FLAKY_WINDOW)) >= FLAKY_MIN_FLIPS;

const stageOrder = (name: string): number => {
  const row = findStage(name);
  return row ? STAGE_TABLE.indexOf(row) : STAGE_TABLE.length;
};

function stageTimings(record: CiRecord | undefined): StageTiming[] {
  return Object.entries(record?.stageResults ?? {})
    .map(([name, r]) => ({
      name,
      status: r.status,
      duration: r.duration ?? r.durationSeconds ?? 0,
      error: r.error ?? '',
      ...(r.remedy ? { remedy: r.remedy } : {}),
      ...(r.log ? { log: r.log } : {}),
    }))
    .sort((a, b) => stageOrder(a.name) - stageOrder(b.name));
}

/** The metrics a trend shows (column names of benchmark_results); throughput up is better, latency down. */
export const TREND_METRICS = ['output_token_throughput_tps', 'ttft_p90_ms', 'e2e_latency_p90_ms'] as const;

function numericMetrics(level: BenchmarkLevelSummary | undefined): Record<string, number> {
  if (!level) return {};
  return Object.fromEntries(
    TREND_METRICS.flatMap((m) => {
      const value = level[m];
      return typeof value === 'number' && Number.isFinite(value) ? [[m, value]] : [];
    }),
  );
}

/**
 * The benchmark numbers of a run, from its history item's summary (04-benchmark.md: one level
 * per concurrency): those of the highest concurrency; failed benchmark runs are left out.
 */
export function benchmarkPoint(item: HistoryItem): BenchmarkPoint | undefined {
  const summary = item.benchmark;
  if (!summary || summary.status === 'failed') return undefined;
  const top = [...summary.levels].sort((a, b) => b.concurrency - a.concurrency)[0];
  const metrics = numericMetrics(top);
  if (!top || Object.keys(metrics).length === 0) return undefined;
  return { at: item.runTimestamp, workload: summary.workload, concurrency: top.concurrency, metrics };
}

function benchmarkOf(record: CiRecord | undefined, history: HistoryItem[]): BenchmarkCoverage | undefined {
  const trend = history.map(benchmarkPoint).filter((p): p is BenchmarkPoint => p !== undefined);
  if (!record?.benchmarkEnabled && !record?.lastBenchmarkStatus && trend.length === 0) return undefined;
  return {
    enabled: record?.benchmarkEnabled ?? false,
    lastStatus: record?.lastBenchmarkStatus,
    lastRunId: record?.lastBenchmarkRunId,
    lastTimestamp: record?.lastBenchmarkTimestamp,
    trend,
  };
}

function lastStatusesOf(record: CiRecord | undefined, history: HistoryItem[], length: number): string[] {
  if (history.length > 0) return history.slice(-length).map((h) => h.status);
  // no history table: the record's own completed status is the one point known
  const completed = record?.testStatus === 'running' ? record.previousTestStatus : record?.testStatus;
  return completed && isCompleted(completed) ? [completed] : [];
}

/** The end of the last test, none for MCC's never-tested epoch. */
const lastTestOf = (record: CiRecord | undefined): string | undefined =>
  record?.lastTestTimestamp && record.lastTestTimestamp !== NEVER_TESTED
    ? record.lastTestTimestamp
    : undefined;

const otherIds = (record: JoinedRecord | undefined) =>
  record?.otherConfigIds?.length ? { otherConfigIds: record.otherConfigIds } : {};

function configCoverage(
  entry: CatalogEntry,
  record: JoinedRecord | undefined,
  history: HistoryItem[],
  historyLength: number,
): ConfigCoverage {
  const status = record?.testStatus || 'untested';
  const lastStatuses = lastStatusesOf(record, history, historyLength);
  const keepsPrevious = ['running', 'cancelled'].includes(bucketOf(status));
  return {
    tier: entry.tier,
    id: entry.id,
    configId: entry.configId,
    model: entry.params.modelName,
    instance: entry.params.instanceType,
    status,
    ...(keepsPrevious && record?.previousTestStatus ? { previousStatus: record.previousTestStatus } : {}),
    ...(record?.failureClass && bucketOf(status) !== 'passing' ? { failureClass: record.failureClass } : {}),
    lastTest: lastTestOf(record),
    duration: record?.lastTestDuration,
    // a regression is a current product failure (or timeout) that passed before; infrastructure
    // failures and cancellations never are; a new run in progress clears the mark
    regression:
      Boolean(record?.regression) &&
      bucketOf(status) === 'failing' &&
      (record?.failureClass === undefined || isRegressionClass(record.failureClass)),
    flaky: isFlaky(history.map((h) => h.status)),
    lastStatuses,
    lastRuns: history.slice(-historyLength).map(runPoint),
    stageResults: stageTimings(record),
    errorMessage: record?.errorMessage || undefined,
    cleanFailed: Boolean(record?.cleanFailed),
    estimatedCostUsd: record?.estimatedCostUsd,
    benchmark: benchmarkOf(record, history.slice(-historyLength)),
    runUrl: record?.runUrl,
    ...otherIds(record),
    runId: record?.runId,
    ...(status === 'running' && record?.runStartedAt ? { runningSince: record.runStartedAt } : {}),
  };
}

const runPoint = (h: HistoryItem): RunPoint => ({
  status: h.status,
  at: h.runTimestamp,
  durationSeconds: h.durationSeconds,
  runId: h.runId,
  ...(h.runUrl ? { runUrl: h.runUrl } : {}),
  ...(h.stageDurations ? { stageDurations: h.stageDurations } : {}),
  ...(h.estimatedCostUsd !== undefined ? { estimatedCostUsd: h.estimatedCostUsd } : {}),
});

/** Pass rate and spend per UTC day of each tier, from the runs the report shows. */
export function tierTrends(configs: readonly Pick<ConfigCoverage, 'tier' | 'lastRuns'>[]): TierTrend[] {
  const tiers = [...new Set(configs.map((c) => c.tier))];
  return tiers.map((tier) => {
    const days = new Map<string, { runs: number; completed: number; passed: number; spend: number }>();
    for (const run of configs.filter((c) => c.tier === tier).flatMap((c) => c.lastRuns)) {
      const day = run.at.slice(0, 10);
      const d = days.get(day) ?? { runs: 0, completed: 0, passed: 0, spend: 0 };
      d.runs += 1;
      if (isCompleted(run.status)) d.completed += 1;
      if (bucketOf(run.status) === 'passing') d.passed += 1;
      d.spend += run.estimatedCostUsd ?? 0;
      days.set(day, d);
    }
    return {
      tier,
      days: [...days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, d]) => ({
          day,
          runs: d.runs,
          passed: d.passed,
          passRate: d.completed === 0 ? 0 : Math.round((100 * d.passed) / d.completed),
          spendUsd: Math.round(d.spend * 100) / 100,
        })),
    };
  });
}

export function summarize(
  configs: readonly Pick<ConfigCoverage, 'status' | 'failureClass' | 'regression'>[],
): CoverageSummary {
  const count = (bucket: StatusBucket): number => configs.filter((c) => bucketOf(c.status) === bucket).length;
  const total = configs.length;
  const passing = count('passing');
  return {
    total,
    passing,
    failing: count('failing'),
    untested: count('untested'),
    running: count('running'),
    cancelled: count('cancelled'),
    infrastructureFailures: configs.filter(
      (c) => bucketOf(c.status) === 'failing' && c.failureClass === 'infrastructure',
    ).length,
    regressions: configs.filter((c) => c.regression).length,
    coveragePercent: total === 0 ? 0 : Math.round((passing / total) * 100),
  };
}

/**
 * What the gate judges a config by: its status, or after a cancelled run the last completed one
 * — a cancellation never counts for or against a gate.
 */
export const gateStatusOf = (c: Pick<ConfigCoverage, 'status' | 'previousStatus'>): string =>
  bucketOf(c.status) === 'cancelled' ? (c.previousStatus ?? 'untested') : c.status;

export function buildCoverage(input: CoverageInput): CoverageModel {
  const historyLength = input.historyLength ?? DEFAULT_HISTORY_LENGTH;
  const records = new Map(input.records.map((r) => [r.configId, r]));
  const coverageOf = (entries: CatalogEntry[]): ConfigCoverage[] =>
    entries.map((entry) =>
      configCoverage(
        entry,
        records.get(entry.configId),
        input.history.get(entry.configId) ?? [],
        historyLength,
      ),
    );
  const configs = coverageOf(input.entries);
  const registeredConfigs = coverageOf(input.registered?.entries ?? []);
  const unusable = input.registered?.unusable ?? [];
  const known = new Set([
    ...(input.allCatalogConfigIds ?? input.entries.map((e) => e.configId)),
    ...registeredConfigs.map((c) => c.configId),
    ...unusable.map((u) => u.configId),
  ]);
  const notInCatalog = input.records
    .filter((r) => !known.has(r.configId) && (!input.tier || r.tier === input.tier))
    .map((r) => ({
      configId: r.configId,
      id: r.e2eCatalogId ?? '',
      tier: r.tier ?? '',
      model: r.modelName ?? configurationOf(r)?.modelName ?? '',
      status: r.testStatus || 'untested',
      ...(lastTestOf(r) ? { lastTest: lastTestOf(r) } : {}),
      ...otherIds(r),
    }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.configId.localeCompare(b.configId));
  return {
    generatedAt: (input.now ?? new Date()).toISOString(),
    ...(input.tier ? { tier: input.tier } : {}),
    source: input.source,
    summary: summarize(configs),
    configs,
    regressions: configs.filter((c) => c.regression).map((c) => c.id),
    registered: {
      summary: summarize(registeredConfigs),
      configs: registeredConfigs,
      regressions: registeredConfigs.filter((c) => c.regression).map((c) => c.id),
      unusable,
    },
    notInCatalog,
    tierTrends: tierTrends(configs),
  };
}

/** The release gate: `ci>=5/6` (a pass fraction) or `ci>=80%` (a pass rate). */
export interface Gate {
  text: string;
  tier: string;
  /** the required pass fraction as numerator / denominator (80% → 80/100) */
  numerator: number;
  denominator: number;
}

export interface GateResult {
  passed: boolean;
  sentence: string;
  passing: number;
  total: number;
  required: number;
}

const GATE_PATTERN = /^\s*([a-z][\w-]*)\s*>=\s*(?:(\d+)\s*\/\s*(\d+)|(\d+(?:\.\d+)?)\s*%)\s*$/i;
const GATE_HELP = 'write <tier>>=<passing>/<of> (e.g. ci>=5/6) or <tier>>=<percent>% (e.g. ci>=80%)';

export function parseGate(text: string): Gate {
  const match = GATE_PATTERN.exec(text);
  if (!match) throw new UserError(`gate "${text}" is not valid — ${GATE_HELP}`);
  const [, tierText, num, den, percent] = match;
  let tier: string | undefined;
  try {
    tier = parseTier(tierText);
  } catch (error) {
    throw new UserError(`gate "${text}": ${(error as Error).message}`);
  }
  const [numerator, denominator] =
    percent !== undefined ? [Number(percent), 100] : [Number(num), Number(den)];
  if (denominator === 0 || numerator > denominator) {
    throw new UserError(
      `gate "${text}" asks for more than every config — the fraction must be at most 1 (5/6, 100%)`,
    );
  }
  return { text: text.trim(), tier: tier as string, numerator, denominator };
}

/** The gate holds when passing / total ≥ numerator / denominator (compared exactly, no rounding). */
export function evaluateGate(model: CoverageModel, gate: Gate): GateResult {
  const configs = model.configs.filter((c) => c.tier === gate.tier);
  if (configs.length === 0) {
    throw new UserError(
      `gate ${gate.text}: the report has no ${gate.tier} configs${model.tier ? ` (it covers tier ${model.tier} only)` : ''} — report that tier or fix the gate`,
    );
  }
  const { cancelled, infrastructureFailures, regressions } = summarize(configs);
  const { passing, total, coveragePercent } = summarize(
    configs.map((c) => ({ ...c, status: gateStatusOf(c) })),
  );
  const required = Math.ceil((total * gate.numerator) / gate.denominator - 1e-9);
  const passed = passing * gate.denominator >= gate.numerator * total;
  const apart = [
    `${infrastructureFailures} infrastructure failure${infrastructureFailures === 1 ? '' : 's'}`,
    `${regressions} regression${regressions === 1 ? '' : 's'}`,
    ...(cancelled > 0 ? [`${cancelled} cancelled (judged by their last completed run)`] : []),
  ].join(', ');
  const counts = `${passing} of ${total} ${gate.tier} configs pass (${coveragePercent}%)`;
  return {
    passed,
    passing,
    total,
    required,
    sentence: passed
      ? `Gate ${gate.text} passed: ${counts}. ${apart}.`
      : `Gate ${gate.text} failed: ${counts}; at least ${required} must pass. ${apart}.`,
  };
}
