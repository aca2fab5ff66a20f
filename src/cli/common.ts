import type { Command } from 'commander';
import { debugStack, describeError } from '../errors.js';
import { loadCatalog, resolveCatalogPath } from '../catalog/load.js';
import type { Catalog } from '../catalog/types.js';

export interface GlobalOptions {
  catalog: string;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function loadCatalogFromOptions(options: GlobalOptions): { catalog: Catalog; file: string } {
  const { file } = resolveCatalogPath(options.catalog);
  return { catalog: loadCatalog(file), file };
}

/** Run a command body: user errors print one clear message and exit 1, never a stack. */
export function action<A extends unknown[]>(body: (...args: A) => Promise<number | void> | number | void) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await body(...args);
      process.exitCode = code ?? 0;
    } catch (error) {
      const stack = debugStack(error);
      if (stack) console.error(stack);
      console.error(`mcc-e2e: ${describeError(error)}`);
      process.exitCode = 1;
    }
  };
}
