import * as core from '@actions/core';
import { loadCatalog, resolveCatalogPath } from '../catalog/load.js';
import type { Catalog } from '../catalog/types.js';

/** The `catalog` input of every action, relative to the workspace; the shipped one when the default is absent. */
export function loadCatalogInput(options: { quiet?: boolean } = {}): {
  catalog: Catalog;
  file: string;
  workspaceRoot: string;
} {
  const workspaceRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { file, usedShipped } = resolveCatalogPath(core.getInput('catalog'), workspaceRoot);
  if (usedShipped && !options.quiet)
    core.notice(
      'catalog/e2e-catalog.json not found in the workspace — using the catalog shipped with the action',
    );
  return { catalog: loadCatalog(file), file, workspaceRoot };
}
