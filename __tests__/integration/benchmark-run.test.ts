import { describe, expect, it } from '@jest/globals';
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchmarkHistoryEntry } from '../../src/benchmark/compare.js';
import {
  benchmarkHistorySummary,
  benchmarkRecordFields,
  runBenchmark,
  type BenchmarkRunResult,
} from '../../src/benchmark/run-benchmark.js';
import { benchmarkEnv } from '../../src/benchmark/workload.js';
import { loadWorkloads, SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';
import { EXAMPLE_GENERATOR, exampleEntry } from '../helpers/example.js';

const { workloads } = loadWorkloads(join(SHIPPED_CATALOG_DIR, 'e2e-catalog.json'));
const WORKLOAD = 'multi_turn_chat';
const entry = exampleEntry();

/** A generated example project with a deployed endpoint, where `do/benchmark` ran with `env`. */
function benchmarkedProject(env: Record<string, string>): { projectDir: string; stageStartedAt: Date } {
  const workspace = mkdtempSync(join(tmpdir(), 'mcc-bmk-run-'));
  const [node, generator] = EXAMPLE_GENERATOR as [string, string];
  const generated = spawnSync(node, [generator, 'proj', ...entry.argv], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, AWS_ENDPOINT_URL: '' },
  });
  expect(generated.status).toBe(0);
  const projectDir = join(workspace, 'proj');
  mkdirSync(join(projectDir, '.state'), { recursive: true });
  writeFileSync(join(projectDir, '.state', 'endpoint'), '{}');
  const stageStartedAt = new Date();
  const run = spawnSync(join(projectDir, 'do', 'benchmark'), ['--workload', WORKLOAD], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...process.env, AWS_ENDPOINT_URL: '', ...benchmarkEnv(workloads[WORKLOAD]!), ...env },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { projectDir, stageStartedAt };
}

async function benchmark(
  env: Record<string, string>,
  options: { history?: BenchmarkHistoryEntry[]; at?: Date; stageStartedAt?: Date } = {},
): Promise<BenchmarkRunResult> {
  const project = benchmarkedProject(env);
  return runBenchmark({
    projectDir: project.projectDir,
    stageStartedAt: options.stageStartedAt ?? project.stageStartedAt,
    entry,
    workloadName: WORKLOAD,
    workload: workloads[WORKLOAD]!,
    pricing: { instances: { 'ml.g5.xlarge': 1.408 } },
    projectName: 'rt-test-model-ab12cd',
    runId: 'local-1',
    at: options.at,
    publish: { localDir: mkdtempSync(join(tmpdir(), 'mcc-bmk-local-')) },
    history: options.history,
  });
}

describe('Stage 2 on the example project: do/benchmark, then runBenchmark', () => {
  it('completes: one level per configured concurrency, Parquet rows saved locally, record fields', async () => {
    const result = await benchmark({ MCC_EXAMPLE_BENCH_ERROR_FRACTION: '0.05', MCC_EXAMPLE_BENCH_SEED: '3' });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('completed');
    expect(result.levels.map((l) => [l.concurrency, l.request_count, l.error_rate])).toEqual([
      [1, 100, 0.05],
      [4, 100, 0.05],
      [8, 100, 0.05],
      [16, 100, 0.05],
    ]);
    // more users, more tokens per second overall, and a slower first token
    const tps = result.levels.map((l) => l.output_token_throughput_tps!);
    expect(tps[3]!).toBeGreaterThan(tps[0]! * 4);
    expect(result.levels[3]!.ttft_p90_ms!).toBeGreaterThan(result.levels[0]!.ttft_p90_ms!);
    expect(result.publish?.destination).toBe('local');
    expect(result.markdown).toContain('benchmark bucket not configured — Parquet saved locally in');
    expect(result.markdown).toContain('No baseline yet');

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const rows = (
      await connection.runAndReadAll(
        `SELECT concurrency, request_count, error_rate, benchmark_job_name FROM read_parquet('${result.parquetLocation}') ORDER BY concurrency`,
      )
    ).getRowObjects();
    connection.closeSync();
    db.closeSync();
    expect(rows).toEqual(
      [1, 4, 8, 16].map((c) => ({
        concurrency: c,
        request_count: 100,
        error_rate: 0.05,
        benchmark_job_name: result.benchmarkRunId,
      })),
    );

    const at = new Date('2026-06-09T14:31:00.250Z');
    expect(benchmarkRecordFields(result, at)).toEqual({
      lastBenchmarkRunId: result.benchmarkRunId,
      lastBenchmarkTimestamp: '2026-06-09T14:31:00Z',
      lastBenchmarkStatus: 'completed',
    });
    expect(result.benchmarkRunId).toMatch(/^bmk-\d{8}T\d{6}Z$/);
  });

  it('flags a 20 % throughput drop against five earlier runs, not a 3 % one', async () => {
    const history: BenchmarkHistoryEntry[] = [];
    for (const seed of [11, 12, 13, 14, 15]) {
      const at = new Date(Date.UTC(2026, 5, seed));
      const earlier = await benchmark({ MCC_EXAMPLE_BENCH_SEED: String(seed) }, { at });
      history.push({
        configId: entry.configId,
        runTimestamp: at.toISOString(),
        benchmark: benchmarkHistorySummary(earlier),
      });
    }
    const slower = await benchmark(
      { MCC_EXAMPLE_BENCH_SEED: '21', MCC_EXAMPLE_BENCH_THROUGHPUT_SCALE: '0.8' },
      { history },
    );
    expect(slower.status).toBe('completed');
    const flagged = slower.comparison!.regressions.filter((r) => r.metric === 'throughput');
    expect(flagged.map((r) => r.concurrency)).toEqual([1, 4, 8, 16]);
    // seeds differ from the baseline runs: about −20 %, give or take the jitter
    for (const r of flagged) expect(Math.abs(r.deltaPercent + 20)).toBeLessThan(3);
    expect(slower.markdown).toContain('⚠️ regression');

    const steady = await benchmark(
      { MCC_EXAMPLE_BENCH_SEED: '22', MCC_EXAMPLE_BENCH_THROUGHPUT_SCALE: '0.97' },
      { history },
    );
    expect(steady.comparison!.levels.every((l) => l.baselineRuns === 5)).toBe(true);
    expect(steady.comparison!.regressions.filter((r) => r.metric === 'throughput')).toEqual([]);
  });

  it('malformed output fails the benchmark with the file and line, without throwing', async () => {
    const result = await benchmark({ MCC_EXAMPLE_BENCH_MALFORMED: '1' });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^benchmarks\/profile-concurrency-1\.jsonl:3: not valid JSON \(/);
    expect(result.parquetLocation).toBeUndefined();
    expect(result.markdown).toContain('**Benchmark failed:** benchmarks/profile-concurrency-1.jsonl:3:');
    expect(benchmarkRecordFields(result, new Date()).lastBenchmarkStatus).toBe('failed');
  });

  it('files from before the stage do not count', async () => {
    const result = await benchmark({}, { stageStartedAt: new Date(Date.now() + 10_000) });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^do\/benchmark left no AIPerf JSONL under .*benchmarks during this stage/);
  });

  it('a level where every request failed fails the benchmark, and its rows are still kept', async () => {
    const result = await benchmark({ MCC_EXAMPLE_BENCH_ERROR_FRACTION: '1' });
    expect(result.status).toBe('failed');
    expect(result.error).toBe(
      'every request failed at concurrency 1 (100 of 100), 4 (100 of 100), 8 (100 of 100), 16 (100 of 100)',
    );
    expect(result.levels.every((l) => l.error_rate === 1 && l.ttft_p90_ms === null)).toBe(true);
    expect(existsSync(result.parquetLocation!)).toBe(true);
  });
});
