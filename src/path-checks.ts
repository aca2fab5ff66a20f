import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from './errors.js';

/**
 * A path the user gave (a flag or an action input) checked before anything runs: a local store
 * that cannot be written would otherwise fail after generate, build and deploy have run.
 */

/** Node's file system error codes in words a user can act on; `blocker` is what stands in the way. */
const REASONS: Record<string, (blocker: string) => string> = {
  ENOTDIR: (blocker) => `${blocker} is a file, not a directory`,
  EEXIST: (blocker) => `${blocker} is a file, not a directory`,
  EISDIR: (blocker) => `${blocker} is a directory, not a file`,
  EACCES: (blocker) => `permission denied on ${blocker}`,
  EPERM: (blocker) => `permission denied on ${blocker}`,
  EROFS: (blocker) => `${blocker} is on a read-only file system`,
  ENOSPC: (blocker) => `no space is left on the device of ${blocker}`,
  EDQUOT: (blocker) => `the disk quota of ${blocker} is used up`,
  ENAMETOOLONG: () => 'the path is too long',
  ELOOP: (blocker) => `${blocker} is a loop of symbolic links`,
};

/** The nearest existing path at or above `path` that is not a directory (the file in the way). */
function fileInTheWay(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    if (existsSync(p)) return statSync(p).isDirectory() ? undefined : p;
    if (dirname(p) === p) return undefined;
  }
}

/** Why a file system operation on `path` failed, in one clause. */
export function fsReason(error: unknown, path: string): string {
  const { code, message, path: failedAt } = error as NodeJS.ErrnoException;
  const blocker = ['ENOTDIR', 'EEXIST'].includes(code ?? '')
    ? (fileInTheWay(failedAt ?? path) ?? failedAt ?? path)
    : (failedAt ?? path);
  const say = code ? REASONS[code] : undefined;
  return say ? say(blocker) : message;
}

/** Create the directory if missing and write (then remove) a probe file in it. */
function probeWritableDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const probe = join(dir, `.mcc-e2e-write-probe-${process.pid}`);
  writeFileSync(probe, '');
  rmSync(probe, { force: true });
}

/** A directory to read: missing is fine (nothing recorded yet), anything else must be a directory. */
function probeReadableDir(dir: string): void {
  const blocker = fileInTheWay(dir);
  if (blocker)
    throw Object.assign(new Error(`${blocker} is not a directory`), { code: 'ENOTDIR', path: blocker });
}

/** A file to write later: its directory writable, the path itself not a directory. */
function probeWritableFile(file: string): void {
  probeWritableDir(dirname(file));
  if (existsSync(file) && statSync(file).isDirectory())
    throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR', path: file });
}

/** The subdirectories a local store writes, each of which a stray file could block. */
const LOCAL_STORE_PARTS = ['records', 'history', 'runs', 'leases', 'benchmarks'];

/** What each kind of path is for, how it is probed, and what the user should do when it fails. */
const ROLES = {
  'local-store': {
    what: 'cannot hold the local store',
    probe: (dir: string) => {
      probeWritableDir(dir);
      for (const part of LOCAL_STORE_PARTS) probeReadableDir(join(dir, part));
    },
    remedy: 'a directory you can write (it is created when missing), or move the file in the way',
  },
  workspace: {
    what: 'cannot hold the generated projects',
    probe: probeWritableDir,
    remedy: 'a directory you can write (it is created when missing), or move the file in the way',
  },
  'results-dir': {
    what: 'cannot be read as a local store',
    probe: probeReadableDir,
    remedy: 'the directory of a local store (or of the downloaded leg artifacts)',
  },
  'output-file': {
    what: 'cannot be written',
    probe: probeWritableFile,
    remedy: 'a file path in a directory you can write',
  },
} satisfies Record<string, { what: string; probe: (path: string) => void; remedy: string }>;

export type PathRole = keyof typeof ROLES;

export interface PathCheck {
  /** the flag or input that gave the path, e.g. `--save-local`, `input save-local` */
  setting: string;
  path: string;
  role: PathRole;
}

/** `pass --flag …` on the command line, `set input x to …` in a workflow. */
export const remedyVerb = (setting: string): string =>
  setting.startsWith('-') ? `pass ${setting}` : `set ${setting} to`;

/** The problem of one path, or undefined when it can be used as its role needs. */
export function pathProblem(check: PathCheck): string | undefined {
  const path = resolve(check.path);
  const role = ROLES[check.role];
  try {
    role.probe(path);
    return undefined;
  } catch (error) {
    return `${check.setting} ${path} ${role.what}: ${fsReason(error, path)} — ${remedyVerb(check.setting)} ${role.remedy}`;
  }
}

/** Check every path up front; one error naming each that cannot be used. */
export function checkPaths(checks: readonly PathCheck[]): void {
  const problems = checks.flatMap((check) => pathProblem(check) ?? []);
  if (problems.length > 0) throw new UserError(problems.join('\n'));
}
