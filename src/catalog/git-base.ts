import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { UserError } from '../errors.js';

/**
 * The catalog as it is at a git ref (for `select: changed`), read with `git show` (argv, no
 * shell). A catalog absent at the base means every entry is new.
 */
export function baseCatalogEntries(
  catalogFile: string,
  baseRef: string,
  repoDir: string,
): unknown[] | undefined {
  if (!/^[\w./@^~-]+$/.test(baseRef)) throw new UserError(`base-ref "${baseRef}" is not a git ref`);
  const path = relative(repoDir, catalogFile);
  const shown = spawnSync('git', ['show', `${baseRef}:${path}`], { cwd: repoDir, encoding: 'utf8' });
  if (shown.error) throw new UserError(`git is needed for select: changed (${shown.error.message})`);
  if (shown.status !== 0) {
    if (/does not exist|exists on disk, but not in/.test(shown.stderr)) return [];
    throw new UserError(
      `cannot read ${path} at ${baseRef}: ${shown.stderr.trim()} — fetch the base (actions/checkout with fetch-depth: 0)`,
    );
  }
  try {
    const parsed = JSON.parse(shown.stdout) as { configs?: unknown[] };
    return Array.isArray(parsed.configs) ? parsed.configs : [];
  } catch {
    // an unreadable base catalog: treat every entry as changed
    return undefined;
  }
}
