import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_GENERATOR } from './resolve.js';

/**
 * The `generator` input / `--generator` flag: an argv as a JSON array (`["node", "gen.mjs"]`)
 * or a command line whose quotes are honoured ("/opt/my gen/bin/mcc" --flag) — never a shell.
 */
export function parseCommandLine(text: string, where: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new UserError(
        `${where} looks like a JSON array but is not valid JSON (${(error as Error).message})`,
      );
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((t) => typeof t === 'string' && t)) {
      throw new UserError(
        `${where} as a JSON array must list the program and its arguments as non-empty strings`,
      );
    }
    return parsed as string[];
  }
  const argv: string[] = [];
  let token: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i] as string;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else token += c;
    } else if (
      c === '\\' &&
      i + 1 < trimmed.length &&
      (quote !== '"' || /["\\]/.test(trimmed[i + 1] as string))
    ) {
      token = (token ?? '') + trimmed[++i];
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else token += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      token ??= '';
    } else if (/\s/.test(c)) {
      if (token !== undefined) argv.push(token);
      token = undefined;
    } else {
      token = (token ?? '') + c;
    }
  }
  if (quote) throw new UserError(`${where} has an unterminated ${quote} quote: ${text}`);
  if (token !== undefined) argv.push(token);
  return argv;
}

const isExecutableFile = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** A bare command name, looked up on PATH only (absolute entries: never the checkout or the cwd). */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  return path
    .split(delimiter)
    .filter((dir) => isAbsolute(dir))
    .map((dir) => join(dir, name))
    .find(isExecutableFile);
}

/**
 * The generator's argv. A bare program name comes from PATH only — a file of that name in the
 * repository is never run by default; a path must be written as one (`./gen`, `tools/gen`,
 * absolute) and is anchored where the user is, since generate runs in the workspace. Arguments
 * that name existing files by relative path (`node examples/…/gen.mjs`) are anchored too.
 */
export function resolveGenerator(
  command: string | string[],
  cwd = process.cwd(),
  where = 'generator',
): string[] {
  const argv = Array.isArray(command) ? command : parseCommandLine(command || DEFAULT_GENERATOR, where);
  if (argv.length === 0) return resolveGenerator(DEFAULT_GENERATOR, cwd, where);
  const [program, ...args] = argv as [string, ...string[]];
  const resolvedProgram = program.includes('/') ? resolve(cwd, program) : (findOnPath(program) ?? program);
  const anchored = args.map((arg) => {
    if (isAbsolute(arg) || arg.startsWith('-')) return arg;
    const candidate = resolve(cwd, arg);
    return /^\.\.?\//.test(arg) || existsSync(candidate) ? candidate : arg;
  });
  return [resolvedProgram, ...anchored];
}
