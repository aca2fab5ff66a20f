// Engine overhead on no-op stages (every do/ script is /bin/true), against the raw cost of
// spawning the same processes. Built on the fly by scripts/bench.mjs; prints, never asserts.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_STAGES, benchEntry } from './bench-fixtures.js';
import { runConfig } from '../src/lifecycle/orchestrate.js';
import { LocalStore } from '../src/results/local-store.js';
import { loadCatalog, loadPricing } from '../src/catalog/load.js';
import { buildPlan } from '../src/catalog/plan.js';

const CONFIGS = 20;
const TRUE = '/bin/true';

const entry = benchEntry();
const STAGES = BENCH_STAGES;

async function rawSpawns(n: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    await new Promise((r) =>
      spawn(TRUE, [], { stdio: ['ignore', 'pipe', 'pipe'], detached: true }).once('close', r),
    );
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function engineRuns(n: number): Promise<number> {
  const workspace = mkdtempSync(join(tmpdir(), 'mcc-bench-ws-'));
  const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mcc-bench-store-')));
  const tokens = Array.from({ length: n }, (_, i) => `r${i}`);
  for (const token of tokens) {
    const project = join(workspace, `bench-${token}`);
    mkdirSync(join(project, 'do'), { recursive: true });
    for (const script of ['build', 'push', 'deploy', 'test', 'tune', 'adapter', 'clean'])
      symlinkSync(TRUE, join(project, 'do', script));
  }
  const start = process.hrtime.bigint();
  for (const token of tokens) {
    const run = await runConfig(entry, {
      runId: `bench-${token}`,
      runToken: token,
      workspace,
      generator: [TRUE],
      store,
      artifacts: store,
      pricing: { instances: {} },
      baseEnv: process.env,
      cleanAfterCancel: true,
    });
    if (run.result.status !== 'pass')
      throw new Error(`bench run failed: ${run.result.status} ${run.result.errorMessage}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function catalogTimings(): { validate: number; plan: number } {
  const file = join(process.cwd(), 'catalog/e2e-catalog.json');
  const v: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < 21; i++) {
    let t = process.hrtime.bigint();
    const catalog = loadCatalog(file);
    v.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    buildPlan(catalog.entries, loadPricing(file));
    p.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { validate: median(v), plan: median(p) };
}

const catalog = catalogTimings();
console.log(
  `${'validate the shipped catalog, in process'.padEnd(48)} ${catalog.validate.toFixed(2).padStart(8)} ms`,
);
console.log(`${'plan all 28 entries, in process'.padEnd(48)} ${catalog.plan.toFixed(2).padStart(8)} ms\n`);
await rawSpawns(20);
await engineRuns(2);
const raw = await rawSpawns(CONFIGS * STAGES);
const engine = await engineRuns(CONFIGS);
const rawPerStage = raw / (CONFIGS * STAGES);
const perConfig = engine / CONFIGS;
const overheadPerConfig = perConfig - rawPerStage * STAGES;
console.log(`engine: ${CONFIGS} configs × ${STAGES} no-op stages (do/ scripts are ${TRUE})`);
console.log(
  `${'raw spawn of the same process, per stage'.padEnd(48)} ${rawPerStage.toFixed(1).padStart(8)} ms`,
);
console.log(
  `${'engine, per config (incl. store and artifacts)'.padEnd(48)} ${perConfig.toFixed(1).padStart(8)} ms`,
);
console.log(
  `${'engine overhead per config (target < 150)'.padEnd(48)} ${overheadPerConfig.toFixed(1).padStart(8)} ms`,
);
console.log(
  `${'engine overhead per stage (target < 25)'.padEnd(48)} ${(overheadPerConfig / STAGES).toFixed(1).padStart(8)} ms`,
);
