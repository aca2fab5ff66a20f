import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

/** Parse a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delim\nvalue\ndelim` or `name=value`). */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i] as string);
      values[name as string] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  dir: string;
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** called once the process started, e.g. to send it a signal later */
  onStart?: (child: import('node:child_process').ChildProcess, dir: string) => void;
  /** reuse the files of an earlier step (the post step reads main's state) */
  dir?: string;
}

const ACTION_METADATA: Record<string, string> = {
  'dist/run/index.js': 'action.yml',
  'dist/cleanup/index.js': 'action.yml',
  'dist/plan/index.js': 'plan/action.yml',
  'dist/report/index.js': 'report/action.yml',
};

/** The runner passes every input: the given value, else the action.yml default. */
function inputsWithDefaults(bundle: string, given: Record<string, string>): Record<string, string> {
  const metadata = parse(readFileSync(join(ROOT, ACTION_METADATA[bundle] ?? 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
  };
  const defaults = Object.fromEntries(
    Object.entries(metadata.inputs ?? {})
      .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
      .map(([name, spec]) => [name, String(spec.default)]),
  );
  return { ...defaults, ...given };
}

/** Run a built bundle the way a GitHub runner does: INPUT_* env (with action.yml defaults) and the command files. */
export function runAction(bundle: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'mcc-runner-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
  };
  if (!options.dir) for (const f of Object.values(files)) writeFileSync(f, '');
  const inputs = Object.fromEntries(
    Object.entries(inputsWithDefaults(bundle, options.inputs ?? {})).map(([k, v]) => [
      `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
      v,
    ]),
  );
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    // the runner gives every JavaScript action (main and post) this job token; stages never see it
    ACTIONS_RUNTIME_TOKEN: 'runner-runtime-token',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...files,
    ...inputs,
    ...options.env,
  };
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, bundle)], {
      cwd: options.cwd ?? ROOT,
      env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    options.onStart?.(child, dir);
    child.on('close', (code, signal) => {
      resolvePromise({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        dir,
      });
    });
  });
}

/**
 * An onStart that signals the step once its output shows `pattern` (a stage's own line, streamed
 * through the step's log), so a test cancels at a known point instead of after a guessed wait.
 * The scrubber holds back a line's tail while it could still start a secret (moto's key is
 * `testing`), so match the start of a line, not its last word.
 */
export function signalWhenOutput(
  pattern: RegExp,
  signal: NodeJS.Signals = 'SIGTERM',
): NonNullable<RunActionOptions['onStart']> {
  return (child) => {
    let seen = '';
    const watch = (d: Buffer) => {
      seen = (seen + d.toString()).slice(-4096);
      if (!pattern.test(seen)) return;
      child.stdout?.off('data', watch);
      child.kill(signal);
    };
    child.stdout?.on('data', watch);
  };
}

/** The env the runner gives a post step: STATE_<name> for each value main saved. */
export function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, GITHUB_ACTIONS: '', ...options.env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

export interface WorkflowCommands {
  /** save-state / set-output commands the runner would have honoured */
  state: Record<string, string>;
  outputs: Record<string, string>;
  masks: string[];
  annotations: string[];
  /** set-env / add-path: disabled on GitHub unless ACTIONS_ALLOW_UNSECURE_COMMANDS */
  unsecure: string[];
  /** the log as shown: every line but the add-mask commands the runner consumed */
  visible: string;
}

/**
 * The workflow commands a GitHub runner would act on in a step's stdout: `::name props::data`
 * lines (leading whitespace allowed), except between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
export function workflowCommands(stdout: string): WorkflowCommands {
  const found: WorkflowCommands = {
    state: {},
    outputs: {},
    masks: [],
    annotations: [],
    unsecure: [],
    visible: '',
  };
  const visible: string[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined || !line.startsWith('::add-mask::')) visible.push(raw);
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const command = line.match(/^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/);
    if (!command) continue;
    const [, name, props = '', data = ''] = command;
    const property = (key: string): string | undefined =>
      props
        .split(',')
        .find((p) => p.trim().startsWith(`${key}=`))
        ?.split('=')[1];
    if (name === 'stop-commands') stopToken = data;
    else if (name === 'add-mask') found.masks.push(data);
    else if (name === 'save-state') found.state[property('name') ?? ''] = data;
    else if (name === 'set-output') found.outputs[property('name') ?? ''] = data;
    else if (['error', 'warning', 'notice'].includes(name as string))
      found.annotations.push(`${name}: ${data}`);
    else if (name === 'set-env' || name === 'add-path') found.unsecure.push(line);
  }
  return { ...found, visible: visible.join('\n') };
}
