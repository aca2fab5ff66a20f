// Stage 2 costs on a large run: 100,000 AIPerf records parsed + reduced to metrics, then the
// Parquet write. Targets: < 2 s parse + metrics, < 1 s write. Prints, never asserts. Run with
//   node node_modules/@vercel/ncc/dist/ncc/cli.js build scripts/bench-benchmark.ts -o /tmp/x -q && node /tmp/x/index.js
import { createWriteStream, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { readBenchmarkResults } from '../src/benchmark/aiperf.js';
import { benchmarkParquet, buildBenchmarkRows } from '../src/benchmark/parquet.js';
import { validateCatalogText } from '../src/catalog/validate.js';

const RECORDS = 100_000;
const LEVELS = [1, 2, 4, 8, 16, 32];

const entry = validateCatalogText(
  JSON.stringify({
    configs: [
      {
        id: 'bench',
        tier: 'ci',
        track: 'realtime',
        args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=us-west-2',
        lifecycle: ['build', 'push', 'deploy', 'test', 'clean'],
        timeout: 60,
      },
    ],
  }),
  { file: 'bench', workloadNames: new Set(), workloadsFile: '' },
).catalog!.entries[0]!;

/** AIPerf-shaped records, spread over the levels (one file per level). */
async function writeRecords(projectDir: string): Promise<number> {
  const dir = join(projectDir, 'benchmarks');
  mkdirSync(dir, { recursive: true });
  const epoch = 1_781_000_000_000_000_000;
  let bytes = 0;
  for (const [index, level] of LEVELS.entries()) {
    const file = join(dir, `profile-concurrency-${level}.jsonl`);
    const out = createWriteStream(file);
    const count = Math.floor(RECORDS / LEVELS.length) + (index === 0 ? RECORDS % LEVELS.length : 0);
    for (let i = 0; i < count; i++) {
      const start = epoch + i * 50_000_000;
      const ttft = 100 + (i % 97);
      const itl = 15 + (i % 13) / 10;
      const e2e = ttft + itl * 149;
      const line = JSON.stringify({
        metadata: {
          session_num: i,
          x_request_id: `req-${level}-${i}`,
          request_start_ns: start,
          request_end_ns: start + Math.round(e2e * 1e6),
          worker_id: `worker-${i % level}`,
          benchmark_phase: 'profiling',
        },
        metrics: {
          request_latency: { value: e2e, unit: 'ms' },
          time_to_first_token: { value: ttft, unit: 'ms' },
          time_to_second_token: { value: itl, unit: 'ms' },
          inter_token_latency: { value: itl, unit: 'ms' },
          prefill_throughput_per_user: { value: 550 / (ttft / 1000), unit: 'tokens/sec/user' },
          output_token_throughput_per_user: { value: 1000 / itl, unit: 'tokens/sec/user' },
          input_sequence_length: { value: 550, unit: 'tokens' },
          output_token_count: { value: 150, unit: 'tokens' },
        },
        error: i % 200 === 0 ? { code: 503, type: 'ServiceUnavailable', message: 'overloaded' } : null,
      });
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    bytes += statSync(file).size;
  }
  return bytes;
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

const projectDir = mkdtempSync(join(tmpdir(), 'mcc-bench-bmk-'));
const stageStartedAt = new Date();
const bytes = await writeRecords(projectDir);

const heapBefore = process.memoryUsage().heapUsed;
const parseStart = process.hrtime.bigint();
const read = await readBenchmarkResults(projectDir, stageStartedAt, LEVELS);
if (!read.ok) throw new Error(read.error);
const levels = read.value.map((samples) => samples.compute(1.408));
const parseMs = ms(parseStart);
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

const context = {
  entry,
  projectName: 'bench-ab12cd',
  runId: 'bench',
  benchmarkRunId: 'bmk-20260609T143022Z',
  workloadName: 'production_traffic_mix',
  workload: { input_tokens_mean: 550, output_tokens_mean: 150, streaming: true, concurrency_levels: LEVELS },
  at: new Date(),
};
const writeStart = process.hrtime.bigint();
const file = benchmarkParquet(buildBenchmarkRows(context, levels));
const writeMs = ms(writeStart);

// a fleet-sized file (10,000 rows), for headroom
const manyLevels = Array.from({ length: 10_000 }, (_, i) => ({
  ...levels[i % levels.length]!,
  concurrency: i + 1,
}));
const bigStart = process.hrtime.bigint();
const big = benchmarkParquet(buildBenchmarkRows(context, manyLevels));
const bigMs = ms(bigStart);

const requests = levels.reduce((n, l) => n + l.requests, 0);
console.log(
  `benchmark stage (${requests.toLocaleString('en')} AIPerf records, ${(bytes / 2 ** 20).toFixed(1)} MB JSONL)`,
);
console.log(
  `${'parse + metrics'.padEnd(40)} ${parseMs.toFixed(1).padStart(8)} ms   (target < 2000; heap +${heapMb.toFixed(1)} MB)`,
);
console.log(
  `${`Parquet write (${levels.length} rows)`.padEnd(40)} ${writeMs.toFixed(1).padStart(8)} ms   (target < 1000; ${file.byteLength} bytes)`,
);
console.log(
  `${'Parquet write (10,000 rows)'.padEnd(40)} ${bigMs.toFixed(1).padStart(8)} ms   (${big.byteLength} bytes)`,
);
