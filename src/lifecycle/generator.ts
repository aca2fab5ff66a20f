import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { splitArgs } from '../catalog/args.js';
import { DEFAULT_GENERATOR } from './resolve.js';

/**
 * generate runs in the workspace, so a generator given by relative path (or a script argument
 * naming a file, as in `node examples/…/ml-container-creator.mjs`) is anchored to where the user is.
 */
export function resolveGenerator(command: string, cwd = process.cwd()): string[] {
  const anchor = (token: string, isProgram: boolean): string => {
    if (isAbsolute(token) || token.startsWith('-')) return token;
    const candidate = resolve(cwd, token);
    const looksLikePath = /^\.\.?\//.test(token) || (isProgram && token.includes('/'));
    return looksLikePath || existsSync(candidate) ? candidate : token;
  };
  return splitArgs(command || DEFAULT_GENERATOR).map((token, i) => anchor(token, i === 0));
}
