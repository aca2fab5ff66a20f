// Prints (never asserts) the figures the issues ask for: bundle cold starts and catalog timings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeProcess(args, env = {}) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && !env.ALLOW_FAIL) throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  return median(times);
}

function runnerEnv(inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-bench-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return {
    ...files,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

const rows = [];
const node = timeProcess(['-e', '0']);
rows.push(['node -e 0 (baseline)', node]);
rows.push(['cold start: dist/cli --help', timeProcess(['dist/cli/index.js', '--help'])]);
rows.push([
  'cold start: dist/plan (tier ci)',
  timeProcess(['dist/plan/index.js'], runnerEnv({ tier: 'ci' })),
]);
for (const bundle of ['run', 'cleanup']) {
  if (!existsSync(`dist/${bundle}/index.js`)) continue;
  rows.push([
    `cold start: dist/${bundle} (dry run)`,
    timeProcess([`dist/${bundle}/index.js`], {
      ...runnerEnv({ config: 'rt-qwen3-4b', 'dry-run': 'true' }),
      ALLOW_FAIL: '1',
    }),
  ]);
}
const validate = timeProcess(['dist/cli/index.js', 'validate']);
rows.push(['mcc-e2e validate (28 entries)', validate]);
const plan = timeProcess(['dist/cli/index.js', 'plan', '--json']);
rows.push(['mcc-e2e plan --json (28 entries)', plan]);

// issue 10's target: --help and the plan bundle load no AWS SDK code, ≤ 2× a bare node start
console.log(`median of ${RUNS} runs (ms), and the ratio to node -e 0 (cold-start target ≤ 2×)`);
for (const [name, ms] of rows)
  console.log(`${name.padEnd(40)} ${ms.toFixed(1).padStart(8)}  ${(ms / node).toFixed(2).padStart(6)}×`);

// the in-process benches (engine overhead, AWS calls, benchmark parsing, report): bundle each out of the tree and run it
for (const program of [
  'bench-engine',
  'bench-aws',
  'bench-benchmark',
  'bench-report',
  'bench-schedule',
  'bench-admission',
]) {
  const out = mkdtempSync(join(tmpdir(), `mcc-${program}-`));
  const build = spawnSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', `scripts/${program}.ts`, '-o', out, '-q'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log('');
  spawnSync(process.execPath, [join(out, 'index.js')], {
    stdio: 'inherit',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
}
