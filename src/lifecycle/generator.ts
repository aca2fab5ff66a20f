import { isAbsolute, resolve } from 'node:path';
import { splitArgs } from '../catalog/args.js';
import { DEFAULT_GENERATOR } from './resolve.js';

/** A generator given as a relative path runs from the workspace, so anchor it to where the user is. */
export function resolveGenerator(command: string, cwd = process.cwd()): string[] {
  const [program, ...rest] = splitArgs(command || DEFAULT_GENERATOR);
  const anchored = program && program.includes('/') && !isAbsolute(program) ? resolve(cwd, program) : program;
  return [anchored as string, ...rest.map((a) => (/^\.\.?\//.test(a) ? resolve(cwd, a) : a))];
}
