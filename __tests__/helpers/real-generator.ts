import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { CatalogEntry } from '../../src/catalog/types.js';
import { findStage } from '../../src/lifecycle/stages.js';
import { ROOT } from './runner.js';

/**
 * The real ML Container Creator (`@aws/ml-container-creator` 1.6.0, a devDependency) and what
 * its generated `do/` scripts need (07-testing.md): Node ≥ 24.11 first on PATH for the generator
 * only, the aws CLI v1 (honours AWS_ENDPOINT_URL, i.e. moto) and python3 inside a virtualenv
 * (every script that uses Python refuses to run outside one: `_require_python_env`).
 */
export const REAL_GENERATOR = join(ROOT, 'node_modules/.bin/ml-container-creator');

const PYENV_BIN = join(homedir(), '.pyenv/versions/3.11.7/bin');
const NODE24_BIN = join(ROOT, '.tools/node24/node_modules/node/bin');
/** A venv over the pyenv Python (boto3 and the aws CLI come from its site-packages). */
const VENV = join(ROOT, '.tools/mcc-venv');

function ensureNode24(): string {
  if (existsSync(join(NODE24_BIN, 'node'))) return NODE24_BIN;
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts/tools.mjs')], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`cannot install Node 24 for the real generator: ${made.stderr}`);
  return made.stdout.trim();
}

function ensureVenv(): string {
  if (existsSync(join(VENV, 'bin/activate'))) return VENV;
  const python = [join(PYENV_BIN, 'python3'), 'python3'].find(
    (p) => p === 'python3' || existsSync(p),
  ) as string;
  // built aside and renamed: helpers running in parallel never see half a venv
  const tmp = `${VENV}.${process.pid}.tmp`;
  mkdirSync(join(ROOT, '.tools'), { recursive: true });
  const made = spawnSync(python, ['-m', 'venv', '--system-site-packages', tmp], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`cannot create a Python venv for MCC's scripts: ${made.stderr}`);
  try {
    renameSync(tmp, VENV);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process made it first
  }
  return VENV;
}

/**
 * The environment of the real generator and its do/ scripts: Node 24, the venv's python3 and the
 * aws CLI first on PATH; `extra` (e.g. moto's env) last. The test process itself keeps its Node.
 */
export function realGeneratorEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const venv = ensureVenv();
  const path = [join(venv, 'bin'), ensureNode24(), PYENV_BIN, process.env.PATH ?? ''].join(delimiter);
  return {
    ...process.env,
    PATH: path,
    VIRTUAL_ENV: venv,
    // the generator's HF lookups fail fast offline; nothing here may reach GitHub's runner files
    GITHUB_ACTIONS: '',
    ...extra,
  } as NodeJS.ProcessEnv;
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  argv: string[];
}

/** Run an argv (never a shell string) in `cwd` with the real generator's environment. */
export function runReal(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = realGeneratorEnv(),
  timeoutMs = 120_000,
): Promise<ScriptRun> {
  return new Promise((resolvePromise, reject) => {
    const [program, ...args] = argv as [string, ...string[]];
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr, argv }));
  });
}

export interface RealProject {
  /** the generated project's directory (`<dir>/<projectName>`) */
  dir: string;
  projectName: string;
  /** the generate argv that made it */
  argv: string[];
  output: string;
}

/**
 * Generate a real MCC project in `dir`. Given a catalog entry, the argv is exactly what our
 * generate stage runs (the stage table's row); given generator flags, `<name> <flags> --skip-prompts`.
 */
export async function generateRealProject(
  entryOrArgs: CatalogEntry | string[],
  dir: string,
  options: { projectName?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RealProject> {
  const projectName =
    options.projectName ?? (Array.isArray(entryOrArgs) ? 'mcc-project' : `${entryOrArgs.id}-t1`);
  const argv = Array.isArray(entryOrArgs)
    ? [REAL_GENERATOR, projectName, ...entryOrArgs, '--skip-prompts']
    : (findStage('generate')?.argv(
        { entry: entryOrArgs, generator: [REAL_GENERATOR], projectName },
        'generate',
      ) ?? []);
  const run = await runReal(argv, dir, options.env ?? realGeneratorEnv());
  const projectDir = join(dir, projectName);
  if (run.code !== 0 || !existsSync(join(projectDir, 'do/config'))) {
    throw new Error(
      `the real generator failed (exit ${run.code}) for ${argv.slice(1).join(' ')}:\n${run.stdout}\n${run.stderr}`,
    );
  }
  return { dir: projectDir, projectName, argv, output: run.stdout + run.stderr };
}
