import { describe, expect, it } from '@jest/globals';
import {
  compareWithHistory,
  parseRegressionThresholds,
  renderComparisonMarkdown,
  type BenchmarkHistoryEntry,
  type BenchmarkLevelSummary,
} from '../../src/benchmark/compare.js';
import type { Workload } from '../../src/catalog/load.js';

const CONFIG = '0123456789abcdef';
const WORKLOAD: Workload = {
  input_tokens_mean: 550,
  output_tokens_mean: 150,
  streaming: true,
  concurrency_levels: [1, 4],
  slo: { ttft_p90_ms: 500, error_rate: 0.01 },
};

function level(concurrency: number, overrides: Partial<BenchmarkLevelSummary> = {}): BenchmarkLevelSummary {
  return {
    concurrency,
    output_token_throughput_tps: 1000,
    ttft_p90_ms: 200,
    itl_p90_ms: 20,
    e2e_latency_p90_ms: 3000,
    error_rate: 0,
    request_count: 100,
    cost_per_1m_tokens: 0.39,
    ...overrides,
  };
}

/** History items, oldest first, one per throughput value (other metrics steady). */
function history(throughputs: number[], extra: Partial<BenchmarkHistoryEntry['benchmark'] & object> = {}) {
  return throughputs.map((tps, i): BenchmarkHistoryEntry => ({
    configId: CONFIG,
    runTimestamp: `2026-06-0${i + 1}T06:00:00Z`,
    benchmark: {
      runId: `bmk-2026060${i + 1}T060000Z`,
      workload: 'multi_turn_chat',
      status: 'completed',
      levels: [
        level(1, { output_token_throughput_tps: tps }),
        level(4, { output_token_throughput_tps: tps * 3 }),
      ],
      ...extra,
    },
  }));
}

const compare = (levels: BenchmarkLevelSummary[], items: BenchmarkHistoryEntry[], thresholds = '') =>
  compareWithHistory({
    configId: CONFIG,
    workloadName: 'multi_turn_chat',
    workload: WORKLOAD,
    levels,
    history: items,
    thresholds: parseRegressionThresholds(thresholds),
  });

const throughputOf = (c: ReturnType<typeof compare>, concurrency: number) =>
  c.levels.find((l) => l.concurrency === concurrency)!.metrics.find((m) => m.metric === 'throughput')!;

describe('the regression check', () => {
  const fiveRuns = history([1000, 990, 1010, 1000, 1005]); // median 1000

  it('flags a 20 % throughput drop against the median of 5 runs', () => {
    const c = compare([level(1, { output_token_throughput_tps: 800 })], fiveRuns);
    const m = throughputOf(c, 1);
    expect(m.baseline).toBe(1000);
    expect(m.deltaPercent).toBeCloseTo(-20, 9);
    expect(m.regression).toBe(true);
    expect(c.regressions).toEqual([
      { concurrency: 1, metric: 'throughput', deltaPercent: expect.any(Number) },
    ]);
    expect(c.levels[0]!.baselineRuns).toBe(5);
  });

  it('ignores a 3 % drop, and a faster run is no regression', () => {
    expect(
      throughputOf(compare([level(1, { output_token_throughput_tps: 970 })], fiveRuns), 1).regression,
    ).toBe(false);
    expect(
      throughputOf(compare([level(1, { output_token_throughput_tps: 1500 })], fiveRuns), 1).regression,
    ).toBe(false);
    expect(compare([level(1, { output_token_throughput_tps: 970 })], fiveRuns).regressions).toEqual([]);
  });

  it('uses the median, so one outlier run does not decide', () => {
    // the newest run was a fluke at 400 tok/s: against it 800 would look like +100 %
    const withOutlier = history([1000, 990, 1010, 1000, 400]);
    const m = throughputOf(compare([level(1, { output_token_throughput_tps: 800 })], withOutlier), 1);
    expect(m.baseline).toBe(1000);
    expect(m.regression).toBe(true);
    // and an outlier high run does not make a normal one look like a regression
    const highOutlier = history([1000, 990, 1010, 1000, 5000]);
    expect(
      throughputOf(compare([level(1, { output_token_throughput_tps: 980 })], highOutlier), 1).regression,
    ).toBe(false);
  });

  it('takes only the last N completed runs of the same config, workload and level', () => {
    const items = [
      ...history([100, 100, 100]), // old slow runs, pushed out by the five newer ones below
      ...history([1000, 1000, 1000, 1000, 1000]).map((h, i) => ({
        ...h,
        runTimestamp: `2026-07-0${i + 1}T06:00:00Z`,
      })),
      { ...history([10])[0]!, runTimestamp: '2026-08-01T00:00:00Z', configId: 'ffffffffffffffff' },
      ...history([10], { workload: 'rag_document_qa' }).map((h) => ({
        ...h,
        runTimestamp: '2026-08-02T00:00:00Z',
      })),
      ...history([10], { status: 'failed' }).map((h) => ({ ...h, runTimestamp: '2026-08-03T00:00:00Z' })),
    ];
    const m = throughputOf(compare([level(1, { output_token_throughput_tps: 1000 })], items), 1);
    expect(m.baseline).toBe(1000);
    expect(m.deltaPercent).toBe(0);
    // level 4 is compared with level 4 (3× the throughput), not level 1
    expect(throughputOf(compare([level(4, { output_token_throughput_tps: 3000 })], items), 4).baseline).toBe(
      3000,
    );
  });

  it('latency metrics regress upwards; per-metric thresholds apply', () => {
    const slower = level(1, { ttft_p90_ms: 230, itl_p90_ms: 23, e2e_latency_p90_ms: 3150 }); // +15 %, +15 %, +5 %
    const byDefault = compare([slower], fiveRuns);
    expect(byDefault.regressions.map((r) => r.metric)).toEqual(['ttft', 'itl']);
    const tuned = compare([slower], fiveRuns, 'ttft:20, e2e:4');
    expect(tuned.regressions.map((r) => r.metric)).toEqual(['itl', 'e2e']);
  });

  it('without history there is no baseline and nothing is flagged', () => {
    const c = compare([level(1, { output_token_throughput_tps: 1 })], []);
    expect(throughputOf(c, 1)).toMatchObject({ baseline: null, deltaPercent: null, regression: false });
    expect(renderComparisonMarkdown(c)).toContain('No baseline yet');
  });

  it('reports SLO breaches from the workload', () => {
    const c = compare([level(1, { ttft_p90_ms: 650, error_rate: 0.05 }), level(4)], fiveRuns);
    expect(c.sloBreaches).toEqual([
      { concurrency: 1, slo: 'ttft_p90_ms', limit: 500, actual: 650 },
      { concurrency: 1, slo: 'error_rate', limit: 0.01, actual: 0.05 },
    ]);
  });

  it('renders a Markdown table with deltas, regressions flagged and values escaped', () => {
    const c = compareWithHistory({
      configId: CONFIG,
      workloadName: '<img src=x onerror=alert(1)>|chat',
      workload: WORKLOAD,
      levels: [level(1, { output_token_throughput_tps: 800 })],
      history: history([1000, 1000, 1000, 1000, 1000]).map((h) => ({
        ...h,
        benchmark: { ...h.benchmark!, workload: '<img src=x onerror=alert(1)>|chat' },
      })),
    });
    const md = renderComparisonMarkdown(c);
    expect(md).toContain('| Concurrency | Output tok/s | TTFT p90 (ms) | ITL p90 (ms) | E2E p90 (ms) |');
    expect(md).toContain('| 1 | 800.0 (−20.0% ⚠️ regression) | 200.0 (+0.0%) |');
    expect(md).toContain('**⚠️ 1 regression(s):** Output tok/s at concurrency 1 (−20.0%)');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toContain('<img');
  });
});

describe('threshold strings', () => {
  it('parses metric:percent pairs and keeps 10 % for the rest', () => {
    expect(parseRegressionThresholds('throughput:5,ttft:15')).toEqual({
      throughput: 5,
      ttft: 15,
      itl: 10,
      e2e: 10,
    });
    expect(parseRegressionThresholds(' ITL : 2.5% ,')).toEqual({
      throughput: 10,
      ttft: 10,
      itl: 2.5,
      e2e: 10,
    });
    expect(parseRegressionThresholds('')).toEqual({ throughput: 10, ttft: 10, itl: 10, e2e: 10 });
    expect(parseRegressionThresholds(undefined)).toEqual({ throughput: 10, ttft: 10, itl: 10, e2e: 10 });
  });

  it.each([
    [
      'latency:5',
      /names an unknown metric "latency" — write metric:percent pairs .* \(metrics: throughput, ttft, itl, e2e\)/,
    ],
    ['throughput=5', /"throughput=5" is not metric:percent — .*e\.g\. throughput:5,ttft:15/],
    ['ttft:-3', /"ttft:-3" is not metric:percent/],
    ['ttft:fast', /"ttft:fast" is not metric:percent/],
  ])('rejects %s with a clear message', (text, message) => {
    expect(() => parseRegressionThresholds(text)).toThrow(message);
  });
});
