/**
 * AIPerf's per-request JSONL (`profile_export.jsonl`, or `profile-concurrency-<L>.jsonl` per
 * level), read line by line from a stream: a file is never held in memory whole.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import {
  AIPERF_METRICS,
  LevelSamples,
  TIME_METRICS,
  type AiperfMetric,
  type RequestSample,
} from './metrics.js';

/** Milliseconds per unit for the duration metrics; other units (tokens, tokens/sec) are kept. */
const TO_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  sec: 1000,
};

/** Where a status code may sit in a record's metadata (AIPerf and hand-made files differ). */
const STATUS_KEYS = ['status_code', 'http_status', 'status'] as const;

/** Coarse filesystem clocks stamp a file a few ms before the wall clock said the stage began. */
const MTIME_SLACK_MS = 1000;

const LEVEL_FILE = /^profile-concurrency-(\d+)\.jsonl$/;

export interface BenchmarkFile {
  path: string;
  concurrency: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * The JSONL files this stage left under `<project>/benchmarks/`: `profile-concurrency-<L>.jsonl`
 * per level, or else one other `.jsonl` file for the only configured level. Files older than the
 * stage (a previous run's) do not count.
 */
export function findBenchmarkFiles(
  projectDir: string,
  since: Date,
  levels: readonly number[],
): Outcome<BenchmarkFile[]> {
  const dir = join(projectDir, 'benchmarks');
  const fresh = existsSync(dir)
    ? [...walk(dir)]
        .filter((f) => f.endsWith('.jsonl'))
        .filter((f) => statSync(f).mtimeMs >= since.getTime() - MTIME_SLACK_MS)
        .sort()
    : [];
  const shown = (f: string) => relative(projectDir, f);
  if (fresh.length === 0) {
    return {
      ok: false,
      error: `do/benchmark left no AIPerf JSONL under ${dir} during this stage (expected profile-concurrency-<L>.jsonl per level, or profile_export.jsonl)`,
    };
  }
  const perLevel = fresh.flatMap((path) => {
    const match = LEVEL_FILE.exec(basename(path));
    return match ? [{ path, concurrency: Number(match[1]) }] : [];
  });
  if (perLevel.length > 0) {
    const seen = new Map<number, string>();
    for (const f of perLevel) {
      const other = seen.get(f.concurrency);
      if (other) {
        return {
          ok: false,
          error: `two files for concurrency ${f.concurrency}: ${shown(other)} and ${shown(f.path)}`,
        };
      }
      seen.set(f.concurrency, f.path);
    }
    return { ok: true, value: perLevel.sort((a, b) => a.concurrency - b.concurrency) };
  }
  if (fresh.length > 1) {
    return {
      ok: false,
      error: `cannot tell the concurrency levels of ${fresh.map(shown).join(', ')} — name them profile-concurrency-<L>.jsonl`,
    };
  }
  if (levels.length !== 1) {
    return {
      ok: false,
      error: `${shown(fresh[0] as string)} holds one level but the workload has ${levels.length} (${levels.join(', ')}) — write profile-concurrency-<L>.jsonl per level`,
    };
  }
  return { ok: true, value: [{ path: fresh[0] as string, concurrency: levels[0] as number }] };
}

const isSuccessStatus = (code: unknown): boolean => {
  const n = typeof code === 'string' ? Number(code) : code;
  return typeof n !== 'number' || !Number.isFinite(n) || (n >= 200 && n < 300);
};

/** AIPerf writes `"error": null` on success; anything else there is an error. */
const hasError = (value: unknown): boolean => value !== undefined && value !== null && value !== false;

/** One line to a sample, or a sentence saying what is wrong with it. */
export function parseRecordLine(line: string): RequestSample | string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (!isObject(record)) return 'not a JSON object';
  const { metadata, metrics } = record;
  if (!isObject(metadata)) return 'no "metadata" object';
  const start = metadata.request_start_ns;
  if (typeof start !== 'number' || !Number.isFinite(start)) {
    return 'metadata.request_start_ns is missing or not a number';
  }
  const failed =
    hasError(record.error) ||
    hasError(metadata.error) ||
    STATUS_KEYS.some((k) => !isSuccessStatus(metadata[k]));
  const end = metadata.request_end_ns;
  // a failed request may have no end: it still occupied the window from its start
  if (end === undefined && failed) return { failed, startNs: start, endNs: start, values: {} };
  if (typeof end !== 'number' || !Number.isFinite(end))
    return 'metadata.request_end_ns is missing or not a number';
  if (end < start) return 'metadata.request_end_ns is before request_start_ns';
  if (metrics !== undefined && metrics !== null && !isObject(metrics)) return '"metrics" is not an object';
  const values: Partial<Record<AiperfMetric, number>> = {};
  if (!failed && isObject(metrics)) {
    for (const name of AIPERF_METRICS) {
      const metric = metrics[name];
      if (metric === undefined || metric === null) continue;
      if (!isObject(metric) || typeof metric.value !== 'number' || !Number.isFinite(metric.value)) {
        return `metrics.${name} must be { "value": <number>, "unit": "<unit>" }`;
      }
      const unit = typeof metric.unit === 'string' ? metric.unit : undefined;
      const factor = TIME_METRICS.has(name) && unit !== undefined ? TO_MS[unit] : 1;
      if (factor === undefined)
        return `metrics.${name} has unit "${unit}" — expected one of ${Object.keys(TO_MS).join(', ')}`;
      values[name] = metric.value * factor;
    }
  }
  return { failed, startNs: start, endNs: end, values };
}

/** Streams one file into `samples`; the first bad line stops it with `<file>:<line>: <what>`. */
export async function readAiperfFile(
  path: string,
  samples: LevelSamples,
  shownAs = path,
): Promise<Outcome<void>> {
  const input = createReadStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      const sample = parseRecordLine(line);
      if (typeof sample === 'string') return { ok: false, error: `${shownAs}:${lineNo}: ${sample}` };
      samples.add(sample);
    }
  } catch (error) {
    return { ok: false, error: `${shownAs}: cannot read (${(error as Error).message})` };
  } finally {
    lines.close();
    // an early return leaves the stream open otherwise
    input.destroy();
  }
  if (samples.requests === 0) return { ok: false, error: `${shownAs}: no request records` };
  return { ok: true, value: undefined };
}

/** Every file of the stage, one LevelSamples per concurrency level (ascending). */
export async function readBenchmarkResults(
  projectDir: string,
  since: Date,
  levels: readonly number[],
): Promise<Outcome<LevelSamples[]>> {
  const files = findBenchmarkFiles(projectDir, since, levels);
  if (!files.ok) return files;
  const result: LevelSamples[] = [];
  for (const file of files.value) {
    const samples = new LevelSamples(file.concurrency);
    const read = await readAiperfFile(file.path, samples, relative(projectDir, file.path));
    if (!read.ok) return read;
    result.push(samples);
  }
  return { ok: true, value: result };
}
