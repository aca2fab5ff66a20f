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
  const document = baseCatalogDocument(catalogFile, baseRef, repoDir);
  if (document === undefined) return undefined;
  return Array.isArray(document.configs) ? document.configs : [];
}

/** The whole base catalog (root keys such as stageCommands included); {} when absent, undefined when unreadable. */
export function baseCatalogDocument(
  catalogFile: string,
  baseRef: string,
  repoDir: string,
): Record<string, unknown> | undefined {
  if (!/^[\w./@^~-]+$/.test(baseRef)) throw new UserError(`base-ref "${baseRef}" is not a git ref`);
  const path = relative(repoDir, catalogFile);
  const shown = spawnSync('git', ['show', `${baseRef}:${path}`], { cwd: repoDir, encoding: 'utf8' });
  if (shown.error) throw new UserError(`git is needed for select: changed (${shown.error.message})`);
  if (shown.status !== 0) {
    if (/does not exist|exists on disk, but not in/.test(shown.stderr)) return {};
    throw new UserError(
      `cannot read ${path} at ${baseRef}: ${shown.stderr.trim()} — fetch the base (actions/checkout with fetch-depth: 0)`,
    );
  }
  try {
    const parsed: unknown = JSON.parse(shown.stdout);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    // an unreadable base catalog: treat every entry as changed
    return undefined;
  }
}
