// Smoke run of the committed bundles on a given Node (CI passes the Node 24 of `runs.using:
// node24`): the CLI demo, then plan → run (main, then post with main's saved state) → report,
// each bundle started the way a GitHub runner starts it (INPUT_* with action.yml defaults and
// the command files). Local store and the example generator: no AWS.
//   node scripts/smoke.mjs [path/to/node]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.argv[2] ?? process.execPath;
const work = mkdtempSync(join(tmpdir(), 'mcc-smoke-'));
const store = join(work, 'store');
const generator = `${node} examples/generator/bin/ml-container-creator.mjs`;

function check(what, result, expectation) {
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status === 0 && expectation(output)) {
    console.log(`ok   ${what}`);
    return;
  }
  console.error(`FAIL ${what} (exit ${result.status ?? result.signal})\n${output.slice(-4000)}`);
  process.exit(1);
}

const commandFile = (file) =>
  Object.fromEntries(
    [...readFileSync(file, 'utf8').matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  );

/** one step as the runner runs it; `files` are shared by main and post */
function step(actionDir, bundle, inputs, files, extraEnv = {}) {
  const metadata = parse(readFileSync(join(root, actionDir, 'action.yml'), 'utf8'));
  const defaults = Object.entries(metadata.inputs ?? {})
    .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
    .map(([name, spec]) => [name, String(spec.default)]);
  const env = {
    PATH: `${dirname(node)}:${process.env.PATH}`,
    HOME: process.env.HOME,
    RUNNER_TEMP: work,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    GITHUB_RUN_ID: '24',
    GITHUB_RUN_ATTEMPT: '1',
    ...files,
    ...Object.fromEntries(
      [...defaults, ...Object.entries(inputs)].map(([k, v]) => [
        `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
        v,
      ]),
    ),
    ...extraEnv,
  };
  return spawnSync(node, [join(root, bundle)], { cwd: root, env, encoding: 'utf8' });
}

function commandFiles(name) {
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE'].map((f) => [f, join(work, `${name}-${f}`)]),
  );
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

const version = spawnSync(node, ['--version'], { encoding: 'utf8' });
check(`node ${version.stdout.trim()}`, version, () => true);

check(
  'demo: mcc-e2e run --tier ci',
  spawnSync(
    node,
    ['dist/cli/index.js', 'run', '--tier', 'ci', '--generator', generator, '--save-local', store],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}`, AWS_ENDPOINT_URL: '' },
    },
  ),
  (out) => out.includes('6 run | 6 passing | 0 failing'),
);

const plan = commandFiles('plan');
check('plan action (tier ci)', step('plan', 'dist/plan/index.js', { tier: 'ci' }, plan), () => {
  const matrix = JSON.parse(commandFile(plan.GITHUB_OUTPUT).matrix ?? '{}');
  return (matrix.include ?? []).length === 6;
});

const leg = commandFiles('leg');
const legInputs = {
  config: 'rt-qwen3-06b',
  tier: 'ci',
  generator,
  'save-local': store,
  workspace: join(work, 'ws'),
};
check(
  'run action, main',
  step('.', 'dist/run/index.js', legInputs, leg),
  () => commandFile(leg.GITHUB_OUTPUT).status === 'pass',
);
const state = Object.fromEntries(
  Object.entries(commandFile(leg.GITHUB_STATE)).map(([k, v]) => [`STATE_${k}`, v]),
);
check('run action, post', step('.', 'dist/cleanup/index.js', legInputs, leg, state), (out) =>
  out.includes('clean already completed'),
);

const report = commandFiles('report');
check(
  'report action',
  step('report', 'dist/report/index.js', { tier: 'ci', 'results-dir': store }, report),
  () => readFileSync(report.GITHUB_STEP_SUMMARY, 'utf8').includes('rt-qwen3-06b'),
);
console.log(`smoke run passed on node ${version.stdout.trim()}`);
