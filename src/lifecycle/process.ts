import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { StreamScrubber, type Scrubber } from './scrub.js';
import { withInterpreter } from './interpreter.js';

/**
 * One stage process: argv without a shell, its own process group, stdin closed. On timeout or
 * abort the whole group gets SIGTERM, then SIGKILL after the grace period; when the stage ends
 * any process it left behind in its group is killed too. Nothing of a stage outlives it.
 */
export interface ProcessSpec {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutSeconds: number;
  killGraceSeconds: number;
  logFile: string;
  scrubber: Scrubber;
  /** live output (already scrubbed), for --verbose and GitHub log groups */
  onOutput?: (text: string) => void;
  /** the child's pid, which is also its process group id (detached) */
  onSpawn?: (pid: number) => void;
  signal?: AbortSignal;
}

export interface ProcessOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  /** the command could not be started (ENOENT, EACCES) */
  spawnError?: string;
  /** scrubbed tail of stderr */
  stderrTail: string;
  /** scrubbed tail of stdout and stderr as they came (MCC prints contract violations on stdout) */
  outputTail: string;
  startedAt: Date;
  endedAt: Date;
}

const TAIL_KEEP = 8192;
/** after a normal exit, leftovers of the group get this long to go after SIGTERM */
const LEFTOVER_GRACE_MS = 2000;
/** a cancelled run must stop fast: GitHub gives the main step ~10 s after SIGINT */
const ABORT_GRACE_MS = 3000;

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* the group is already gone */
  }
}

/** SIGTERM the group, wait up to the grace period for it to go, then SIGKILL what is left. */
export async function terminateGroup(pgid: number, graceMs: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pgid)) await sleep(50);
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, 'SIGKILL');
  const killDeadline = Date.now() + 5000;
  while (Date.now() < killDeadline && groupAlive(pgid)) await sleep(20);
}

export async function runProcess(spec: ProcessSpec): Promise<ProcessOutcome> {
  const startedAt = new Date();
  const log = createWriteStream(spec.logFile, { flags: 'a' });
  let outputTail = '';
  const toLog = new StreamScrubber(spec.scrubber, (text) => {
    log.write(text);
    outputTail = (outputTail + text).slice(-TAIL_KEEP);
    spec.onOutput?.(text);
  });
  let stderrTail = '';
  const stderrLines = new StreamScrubber(spec.scrubber, (text) => {
    stderrTail = (stderrTail + text).slice(-TAIL_KEEP);
  });

  const [command, ...args] = withInterpreter(spec.argv, spec.cwd);
  const child = spawn(command as string, args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid) spec.onSpawn?.(child.pid);
  const closed = new Promise((r) => child.once('close', r));
  let spawnError: string | undefined;
  let timedOut = false;
  let aborted = false;
  let stopping: Promise<void> | undefined;
  const stop = (graceMs: number): Promise<void> =>
    (stopping ??= child.pid ? terminateGroup(child.pid, graceMs) : Promise.resolve());

  child.stdout.setEncoding('utf8').on('data', (d: string) => toLog.write(d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    toLog.write(d);
    stderrLines.write(d);
  });

  const timer = setTimeout(() => {
    timedOut = true;
    void stop(spec.killGraceSeconds * 1000);
  }, spec.timeoutSeconds * 1000);
  const onAbort = (): void => {
    aborted = true;
    void stop(Math.min(ABORT_GRACE_MS, spec.killGraceSeconds * 1000));
  };
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  if (spec.signal?.aborted) onAbort();

  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code === 'ENOENT' ? `${command}: not found` : `${command}: ${error.message}`;
      resolve({ code: null, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  clearTimeout(timer);
  spec.signal?.removeEventListener('abort', onAbort);
  // the stage is over: nothing it started may outlive it
  if (stopping) await stopping;
  else if (child.pid) await terminateGroup(child.pid, LEFTOVER_GRACE_MS);
  // a process that escaped the group may still hold the pipes: do not wait for it forever
  await Promise.race([closed, sleep(1000)]);
  toLog.end();
  stderrLines.end();
  await new Promise((r) => log.end(r));
  return {
    exitCode: exit.code,
    signal: exit.signal,
    timedOut,
    aborted,
    spawnError,
    stderrTail,
    outputTail,
    startedAt,
    endedAt: new Date(),
  };
}
