// Endpoint time by schedule: every ci entry of the shipped catalog run with the example project
// on the scaled ci-tier profile (deploy 10, test 2, tune 40, adapter-add 3, test-adapter 2,
// clean 1 — seconds standing for minutes), sequential and overlap-tune, without and with
// history. Built on the fly by scripts/bench.mjs; prints, never asserts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCatalog, loadPricing } from '../src/catalog/load.js';
import type { CatalogEntry } from '../src/catalog/types.js';
import { runConfig } from '../src/lifecycle/orchestrate.js';
import type { RunResult } from '../src/lifecycle/engine.js';
import type { Schedule } from '../src/lifecycle/schedule.js';
import { LocalStore } from '../src/results/local-store.js';

/** The profile as written by default (~2 min); MCC_BENCH_SCHEDULE_SCALE=0.5 halves it. */
const SCALE = Number(process.env.MCC_BENCH_SCHEDULE_SCALE ?? 1);
/**
 * Legs start this far apart. In CI each leg has a runner of its own; here they share two cores,
 * and identical profiles started together would start their do/ scripts in the same instant,
 * which measures this machine's contention instead of the schedule.
 */
const STAGGER_MS = 400;
const PROFILE = { deploy: 10, test: 2, 'adapter-add': 3, 'test-adapter': 2, clean: 1 };
const TUNE_SECONDS = 40;

const file = join(process.cwd(), 'catalog/e2e-catalog.json');
const pricing = loadPricing(file);
/** MCC_BENCH_SCHEDULE_CONFIGS=n: the first n ci entries (default: all of them) */
const entries = loadCatalog(file)
  .entries.filter((e) => e.tier === 'ci' && e.lifecycle.some((s) => s.startsWith('tune-')))
  .slice(0, Number(process.env.MCC_BENCH_SCHEDULE_CONFIGS ?? Infinity));
const env = {
  ...process.env,
  AWS_ENDPOINT_URL: '',
  MCC_EXAMPLE_STAGE_SECONDS: Object.entries(PROFILE)
    .map(([stage, s]) => `${stage}=${s * SCALE}`)
    .join(','),
  MCC_EXAMPLE_TUNE_SECONDS: String(TUNE_SECONDS * SCALE),
};
const generator = [process.execPath, join(process.cwd(), 'examples/generator/bin/ml-container-creator.mjs')];
const workspace = mkdtempSync(join(tmpdir(), 'mcc-bench-schedule-'));

async function leg(
  entry: CatalogEntry,
  schedule: Schedule,
  store: LocalStore,
  token: string,
  slot: number,
): Promise<RunResult> {
  await sleep(slot * STAGGER_MS);
  const { result } = await runConfig(entry, {
    runId: `bench-${token}`,
    runToken: token,
    workspace,
    generator,
    store,
    artifacts: store,
    pricing,
    baseEnv: env,
    cleanAfterCancel: true,
    schedule,
  });
  if (result.status !== 'pass')
    throw new Error(`${entry.id} ${schedule}: ${result.status} ${result.errorMessage}`);
  return result;
}

const freshStore = () => new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-bench-schedule-store-')));
console.log(
  `schedules: ${entries.length} ci entries, example project, profile ${env.MCC_EXAMPLE_STAGE_SECONDS},tune=${env.MCC_EXAMPLE_TUNE_SECONDS} (s; ci minutes × ${SCALE})`,
);
// the sequential leg also writes the history the third leg learns from
const histories = entries.map(() => freshStore());
const first = await Promise.all(
  entries.flatMap((entry, i) => [
    leg(entry, 'sequential', histories[i] as LocalStore, `s${i}`, 2 * i),
    leg(entry, 'overlap-tune', freshStore(), `o${i}`, 2 * i + 1),
  ]),
);
const withHistory = await Promise.all(
  entries.map((entry, i) => leg(entry, 'overlap-tune', histories[i] as LocalStore, `h${i}`, i)),
);

const cell = (n: number) => n.toFixed(1).padStart(9);
console.log(
  `${'config'.padEnd(18)} ${'schedule'.padEnd(24)} ${'endpoint s'.padStart(10)} ${'idle s'.padStart(9)} ${'held s'.padStart(9)} ${'leg s'.padStart(9)} ${'cost $'.padStart(9)}`,
);
/** what a stage took beyond its profile seconds: node start-up of the do/ script, on a shared machine */
const startUp = (r: RunResult): number => {
  const extra = Object.entries(PROFILE).map(
    ([stage, seconds]) => (r.stages.find((s) => s.name === stage)?.durationSeconds ?? 0) - seconds * SCALE,
  );
  return extra.reduce((a, b) => a + b, 0) / extra.length;
};
const ratios: number[] = [];
const startUps: number[] = [];
const walls: number[] = [];
entries.forEach((entry, i) => {
  const rows: [string, RunResult][] = [
    ['sequential', first[2 * i] as RunResult],
    ['overlap-tune', first[2 * i + 1] as RunResult],
    ['overlap-tune + history', withHistory[i] as RunResult],
  ];
  for (const [name, r] of rows) {
    console.log(
      `${entry.id.padEnd(18)} ${name.padEnd(24)} ${cell(r.endpointSeconds).padStart(10)} ${cell(r.idleEndpointSeconds)} ${cell(r.deployHold?.seconds ?? 0)} ${cell(r.durationSeconds)} ${(r.estimatedCostUsd ?? 0).toFixed(4).padStart(9)}`,
    );
  }
  const [seq, overlap, history] = rows.map(([, r]) => r) as [RunResult, RunResult, RunResult];
  ratios.push(seq.endpointSeconds / history.endpointSeconds);
  startUps.push(startUp(seq), startUp(history));
  walls.push(Math.max(overlap.durationSeconds, history.durationSeconds) / seq.durationSeconds);
  console.log(
    `${''.padEnd(18)} endpoint sequential / overlap: ${(seq.endpointSeconds / overlap.endpointSeconds).toFixed(2)} without history, ${(seq.endpointSeconds / history.endpointSeconds).toFixed(2)} with (target ≥ 3); leg overlap / sequential ${(overlap.durationSeconds / seq.durationSeconds).toFixed(2)}, ${(history.durationSeconds / seq.durationSeconds).toFixed(2)} (target ≤ 1.10)`,
  );
});
const perStage = startUps.reduce((a, b) => a + b, 0) / startUps.length;
// stages on the endpoint: sequential deploy, test, adapter-add, test-adapter, clean (5) + the tune; overlap the 5
const profileRatio =
  (Object.values(PROFILE).reduce((a, b) => a + b, 0) + TUNE_SECONDS) /
  Object.values(PROFILE).reduce((a, b) => a + b, 0);
console.log(
  `start-up per stage beyond the profile (this machine, now): ${perStage.toFixed(2)} s; the profile's own ratio sequential / overlap-with-history: ${profileRatio.toFixed(2)}`,
);
console.log(
  `all configs: endpoint sequential / overlap-with-history min ${Math.min(...ratios).toFixed(2)} (target ≥ 3); leg overlap / sequential max ${Math.max(...walls).toFixed(2)} (target ≤ 1.10)`,
);
