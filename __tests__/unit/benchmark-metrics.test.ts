import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBenchmarkResults } from '../../src/benchmark/aiperf.js';
import { METRIC_COLUMNS, type LevelMetrics } from '../../src/benchmark/metrics.js';
import { BENCHMARK_COLUMNS } from '../../src/benchmark/columns.js';

const MS = 1_000_000; // ns per ms
const STAGE_START = new Date(Date.now() - 60_000);

/** A project directory with the given files under benchmarks/ (JSON values become one line each). */
function project(files: Record<string, (object | string)[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-bmk-'));
  mkdirSync(join(dir, 'benchmarks'), { recursive: true });
  for (const [name, lines] of Object.entries(files)) {
    const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
    writeFileSync(join(dir, 'benchmarks', name), `${text}\n`);
  }
  return dir;
}

async function levels(dir: string, configured: number[], price?: number): Promise<LevelMetrics[]> {
  const read = await readBenchmarkResults(dir, STAGE_START, configured);
  if (!read.ok) throw new Error(read.error);
  return read.value.map((s) => s.compute(price));
}

async function readError(dir: string, configured: number[]): Promise<string> {
  const read = await readBenchmarkResults(dir, STAGE_START, configured);
  if (read.ok) throw new Error('expected a parse error');
  return read.error;
}

const value = (v: number, unit = 'ms') => ({ value: v, unit });

interface Req {
  start: number; // ms
  end: number; // ms
  ttft?: [number, string];
  itl?: number;
  e2e?: number;
  out?: number;
  inp?: number;
  extra?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/** An AIPerf record; times in ms from an arbitrary origin. */
function record(r: Req): object {
  return {
    metadata: { request_start_ns: 1e12 + r.start * MS, request_end_ns: 1e12 + r.end * MS, ...r.metadata },
    metrics: {
      ...(r.ttft ? { time_to_first_token: value(...r.ttft) } : {}),
      ...(r.itl !== undefined ? { inter_token_latency: value(r.itl) } : {}),
      ...(r.e2e !== undefined ? { request_latency: value(r.e2e) } : {}),
      ...(r.out !== undefined ? { output_token_count: value(r.out, 'tokens') } : {}),
      ...(r.inp !== undefined ? { input_sequence_length: value(r.inp, 'tokens') } : {}),
    },
    ...r.extra,
  };
}

describe('AIPerf JSONL to per-level metrics', () => {
  it('single file: percentiles, throughputs, error rate and cost as computed by hand', async () => {
    // TTFT 100..500 ms in mixed units; one failed request whose huge values must not count
    const dir = project({
      'profile_export.jsonl': [
        record({
          start: 0,
          end: 50,
          ttft: [9999, 'ms'],
          e2e: 9999,
          out: 1000,
          inp: 1000,
          extra: { error: { code: 500, type: 'X', message: 'boom' } },
        }),
        record({ start: 100, end: 1100, ttft: [100, 'ms'], itl: 10, e2e: 1000, out: 10, inp: 100 }),
        record({
          start: 200,
          end: 1400,
          ttft: [200_000_000, 'ns'],
          itl: 20,
          e2e: 1200,
          out: 20,
          inp: 100,
          extra: { error: null },
        }),
        record({ start: 300, end: 1700, ttft: [0.3, 's'], itl: 30, e2e: 1400, out: 30, inp: 100 }),
        record({ start: 400, end: 1900, ttft: [400_000, 'us'], itl: 40, e2e: 1500, out: 40, inp: 100 }),
        record({ start: 500, end: 2000, ttft: [500, 'ms'], itl: 50, e2e: 1500, out: 50, inp: 100 }),
      ],
    });
    const [level] = await levels(dir, [2], 1.408);
    const c = level!.columns;
    expect(level!.concurrency).toBe(2);
    expect(level!.requests).toBe(6);
    expect(level!.errors).toBe(1);
    // duration: first start 0 ms (the failed request), last end 2000 ms → 2 s
    expect(c.benchmark_duration_sec).toBeCloseTo(2, 9);
    expect(c.duration_seconds).toBe(2);
    expect(c.request_count).toBe(6);
    expect(c.request_throughput_rps).toBeCloseTo(5 / 2, 9);
    expect(c.output_token_throughput_tps).toBeCloseTo(150 / 2, 9);
    expect(c.total_token_throughput_tps).toBeCloseTo((150 + 500) / 2, 9);
    expect(c.error_rate).toBeCloseTo(1 / 6, 12);
    // TTFT sorted 100,200,300,400,500: p90 at index 3.6 → 460, p99 at 3.96 → 496
    expect(c.ttft_avg_ms).toBeCloseTo(300, 9);
    expect(c.ttft_p50_ms).toBeCloseTo(300, 9);
    expect(c.ttft_p90_ms).toBeCloseTo(460, 9);
    expect(c.ttft_p99_ms).toBeCloseTo(496, 9);
    expect(c.itl_p90_ms).toBeCloseTo(46, 9);
    // e2e sorted 1000,1200,1400,1500,1500: p50 1400, p90 at 3.6 → 1500
    expect(c.e2e_latency_p50_ms).toBeCloseTo(1400, 9);
    expect(c.e2e_latency_p90_ms).toBeCloseTo(1500, 9);
    expect(c.e2e_latency_avg_ms).toBeCloseTo(6600 / 5, 9);
    expect(c.output_sequence_length_avg).toBeCloseTo(30, 9);
    expect(c.input_sequence_length_avg).toBeCloseTo(100, 9);
    // 1.408 $/h over 75 tok/s = 270,000 tok/h → 5.2148… $ per 1M tokens
    expect(c.cost_per_1m_tokens).toBeCloseTo(5.214814814, 6);
    // not in the records: null, not zero
    expect(c.ttst_p50_ms).toBeNull();
    expect(c.prefill_tps_avg).toBeNull();
  });

  it('a non-2xx status in metadata is an error; no price means no cost', async () => {
    const dir = project({
      'profile_export.jsonl': [
        record({ start: 0, end: 500, e2e: 500, out: 5, metadata: { status_code: 200 } }),
        record({ start: 0, end: 700, e2e: 9000, out: 5, metadata: { status_code: 503 } }),
        record({ start: 0, end: 1000, e2e: 1000, out: 5 }),
      ],
    });
    const [level] = await levels(dir, [1]);
    expect(level!.errors).toBe(1);
    expect(level!.columns.error_rate).toBeCloseTo(1 / 3, 12);
    expect(level!.columns.e2e_latency_p99_ms).toBeCloseTo(500 + 500 * 0.99, 9);
    expect(level!.columns.cost_per_1m_tokens).toBeNull();
    expect(level!.columns.ttft_p50_ms).toBeNull();
  });

  it('duration is at least 1 ms', async () => {
    const dir = project({ 'profile_export.jsonl': [record({ start: 5, end: 5, e2e: 0, out: 3 })] });
    const [level] = await levels(dir, [1]);
    expect(level!.columns.benchmark_duration_sec).toBe(0.001);
    expect(level!.columns.output_token_throughput_tps).toBeCloseTo(3000, 9);
  });

  it('multi-level files: each level matches a separate reference implementation', async () => {
    // a small independent reference: sort, interpolate at p/100 × (n−1)
    const ref = (xs: number[], p: number) => {
      const s = [...xs].sort((a, b) => a - b);
      const i = (p / 100) * (s.length - 1);
      const f = Math.floor(i);
      return f === i ? s[f]! : s[f]! * (Math.ceil(i) - i) + s[Math.ceil(i)]! * (i - f);
    };
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const files: Record<string, object[]> = {};
    const expected: Record<
      number,
      {
        ttft: number[];
        e2e: number[];
        out: number;
        minStart: number;
        maxEnd: number;
        errors: number;
        n: number;
      }
    > = {};
    for (const level of [1, 4, 8]) {
      const e = {
        ttft: [] as number[],
        e2e: [] as number[],
        out: 0,
        minStart: Infinity,
        maxEnd: -Infinity,
        errors: 0,
        n: 37,
      };
      files[`profile-concurrency-${level}.jsonl`] = Array.from({ length: e.n }, (_, i) => {
        const start = Math.round(rnd() * 1000);
        const e2e = Math.round(100 + rnd() * 900 * level);
        const ttft = Math.round(10 + rnd() * 90 * level);
        const out = 1 + Math.round(rnd() * 200);
        const failed = i % 9 === 4;
        e.minStart = Math.min(e.minStart, start);
        e.maxEnd = Math.max(e.maxEnd, start + e2e);
        if (failed) e.errors += 1;
        else {
          e.ttft.push(ttft);
          e.e2e.push(e2e);
          e.out += out;
        }
        return record({
          start,
          end: start + e2e,
          ttft: [ttft, 'ms'],
          e2e,
          out,
          extra: failed ? { error: { code: 429 } } : {},
        });
      });
      expected[level] = e;
    }
    const result = await levels(project(files), [1, 4, 8], 7.09);
    expect(result.map((l) => l.concurrency)).toEqual([1, 4, 8]);
    for (const level of result) {
      const e = expected[level.concurrency]!;
      const seconds = (e.maxEnd - e.minStart) / 1000;
      expect(level.requests).toBe(e.n);
      expect(level.errors).toBe(e.errors);
      expect(level.columns.error_rate).toBeCloseTo(e.errors / e.n, 12);
      for (const p of [50, 90, 99]) {
        expect(level.columns[`ttft_p${p}_ms` as 'ttft_p50_ms']).toBeCloseTo(ref(e.ttft, p), 9);
        expect(level.columns[`e2e_latency_p${p}_ms` as 'e2e_latency_p50_ms']).toBeCloseTo(ref(e.e2e, p), 9);
      }
      expect(level.columns.request_throughput_rps).toBeCloseTo((e.n - e.errors) / seconds, 9);
      expect(level.columns.output_token_throughput_tps).toBeCloseTo(e.out / seconds, 9);
      expect(level.columns.cost_per_1m_tokens).toBeCloseTo((7.09 / ((e.out / seconds) * 3600)) * 1e6, 9);
    }
  });

  it('real epoch nanoseconds keep millisecond precision', async () => {
    const epoch = 1_781_000_000_000_000_000;
    const line = (start: number, end: number) => ({
      metadata: { request_start_ns: epoch + start, request_end_ns: epoch + end },
      metrics: { output_token_count: value(100, 'tokens') },
    });
    const dir = project({
      'profile_export.jsonl': [line(0, 1_500_000_000), line(250_000_000, 2_000_000_000)],
    });
    const [level] = await levels(dir, [2]);
    expect(level!.columns.benchmark_duration_sec).toBeCloseTo(2, 6);
    expect(level!.columns.output_token_throughput_tps).toBeCloseTo(100, 4);
  });

  it('only files written during the stage count', async () => {
    const dir = project({
      'profile-concurrency-1.jsonl': [record({ start: 0, end: 100, e2e: 100, out: 1 })],
      'profile-concurrency-2.jsonl': [record({ start: 0, end: 100, e2e: 100, out: 1 })],
    });
    const old = new Date(STAGE_START.getTime() - 3600_000);
    utimesSync(join(dir, 'benchmarks', 'profile-concurrency-2.jsonl'), old, old);
    expect((await levels(dir, [1, 2])).map((l) => l.concurrency)).toEqual([1]);
    utimesSync(join(dir, 'benchmarks', 'profile-concurrency-1.jsonl'), old, old);
    expect(await readError(dir, [1, 2])).toMatch(/left no AIPerf JSONL under .*benchmarks during this stage/);
  });

  it('a single file cannot stand for several configured levels', async () => {
    const dir = project({ 'profile_export.jsonl': [record({ start: 0, end: 100, e2e: 100 })] });
    expect(await readError(dir, [1, 4])).toMatch(
      /benchmarks\/profile_export\.jsonl holds one level but the workload has 2 \(1, 4\)/,
    );
  });

  it.each([
    ['{"metadata": {"request_start_ns": 1', /^benchmarks\/profile-concurrency-4\.jsonl:3: not valid JSON \(/],
    ['[1, 2]', /^benchmarks\/profile-concurrency-4\.jsonl:3: not a JSON object$/],
    ['{"metrics": {}}', /:3: no "metadata" object$/],
    [
      '{"metadata": {"request_start_ns": "soon", "request_end_ns": 2}}',
      /:3: metadata\.request_start_ns is missing or not a number$/,
    ],
    [
      '{"metadata": {"request_start_ns": 5, "request_end_ns": 2}}',
      /:3: metadata\.request_end_ns is before request_start_ns$/,
    ],
    [
      '{"metadata": {"request_start_ns": 1, "request_end_ns": 2}, "metrics": {"time_to_first_token": 12}}',
      /:3: metrics\.time_to_first_token must be \{ "value": <number>, "unit": "<unit>" \}$/,
    ],
    [
      '{"metadata": {"request_start_ns": 1, "request_end_ns": 2}, "metrics": {"request_latency": {"value": 1, "unit": "fortnights"}}}',
      /:3: metrics\.request_latency has unit "fortnights"/,
    ],
  ])('malformed line %s → the file, the line and what is wrong', async (bad, message) => {
    const good = record({ start: 0, end: 100, e2e: 100 });
    const dir = project({
      'profile-concurrency-1.jsonl': [good],
      'profile-concurrency-4.jsonl': [good, '', bad, good],
    });
    const error = await readError(dir, [1, 4]);
    expect(error).toMatch(message);
    expect(error).not.toMatch(/\n\s+at /);
  });

  it('every metric column of the table is produced, and exists in columns.ts', async () => {
    const names = BENCHMARK_COLUMNS.map((c) => c.name);
    for (const column of METRIC_COLUMNS) expect(names).toContain(column);
    const [level] = await levels(
      project({ 'profile_export.jsonl': [record({ start: 0, end: 1, e2e: 1 })] }),
      [1],
    );
    expect(Object.keys(level!.columns).sort()).toEqual([...METRIC_COLUMNS].sort());
  });
});
