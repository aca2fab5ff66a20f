import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogEntry } from '../../src/catalog/types.js';
import { runConfig, type ConfigRun } from '../../src/lifecycle/orchestrate.js';
import { LocalStore } from '../../src/results/local-store.js';
import type { ResultStore } from '../../src/results/store.js';
import type { BenchmarkSettings } from '../../src/lifecycle/stage2.js';
import type { JobBudget, TuneJobs } from '../../src/lifecycle/engine.js';
import type { Schedule } from '../../src/lifecycle/schedule.js';
import type { AdmissionService } from '../../src/lifecycle/admission/open.js';
import type { RetrySettings } from '../../src/lifecycle/retry.js';
import { catalogText, validate, validEntry } from './catalog.js';
import { ROOT } from './runner.js';

export const EXAMPLE_GENERATOR = [
  process.execPath,
  join(ROOT, 'examples/generator/bin/ml-container-creator.mjs'),
];

/** A validated entry; timeouts may then be set below the catalog's 60 s minimum for tests. */
export function exampleEntry(
  overrides: Record<string, unknown> = {},
  timeouts: Partial<Pick<CatalogEntry, 'timeout' | 'tuneTimeout'>> = {},
): CatalogEntry {
  const result = validate(catalogText([validEntry(overrides)]));
  const entry = result.catalog?.entries[0];
  if (!entry) throw new Error(`invalid test entry: ${JSON.stringify(result.problems)}`);
  return { ...entry, ...timeouts };
}

export interface ExampleRunOptions {
  env?: Record<string, string>;
  store?: ResultStore;
  /** where artifacts go (default: the store when it is local, else a fresh local directory) */
  artifacts?: LocalStore;
  killGraceSeconds?: number;
  signal?: AbortSignal;
  runToken?: string;
  benchmark?: BenchmarkSettings;
  budget?: JobBudget;
  schedule?: Schedule;
  tuneJobs?: TuneJobs;
  workspace?: string;
  admission?: AdmissionService;
  retry?: RetrySettings;
}

export async function runExample(
  entry: CatalogEntry,
  options: ExampleRunOptions = {},
): Promise<ConfigRun & { store: ResultStore; workspace: string }> {
  const store = options.store ?? new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-store-')));
  const artifacts =
    options.artifacts ??
    (store instanceof LocalStore ? store : new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-artifacts-'))));
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'mcc-ws-'));
  const runToken = options.runToken ?? `t${Math.random().toString(36).slice(2, 8)}`;
  const run = await runConfig(entry, {
    runId: `test-${runToken}`,
    runToken,
    workspace,
    generator: EXAMPLE_GENERATOR,
    store,
    artifacts,
    pricing: { instances: { 'ml.g5.xlarge': 1.408 } },
    baseEnv: { ...process.env, AWS_ENDPOINT_URL: '', ...options.env },
    cleanAfterCancel: true,
    killGraceSeconds: options.killGraceSeconds ?? 2,
    signal: options.signal,
    benchmark: options.benchmark,
    budget: options.budget,
    schedule: options.schedule,
    tuneJobs: options.tuneJobs,
    admission: options.admission,
    retry: options.retry,
  });
  return { ...run, store, workspace };
}

/** The argv of every do/ call the example project received, in order (its call log). */
export const doCalls = (run: ConfigRun): string[][] =>
  readFileSync(join(run.result.projectDir, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { argv: string[] }).argv);

export const statuses = (run: ConfigRun): Record<string, string> =>
  Object.fromEntries(run.result.stages.map((s) => [s.name, s.status]));
