import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogError, validateCatalogText } from './validate.js';
import type { Catalog } from './types.js';

/** The catalog/ folder shipped with the action (two levels above both src/<area>/ and dist/<entry>/). */
export const SHIPPED_CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'catalog');
export const DEFAULT_CATALOG = 'catalog/e2e-catalog.json';

export interface Workload {
  input_tokens_mean: number;
  output_tokens_mean: number;
  streaming: boolean;
  concurrency_levels: number[];
  request_count?: number;
  description?: string;
  slo?: Partial<Record<'ttft_p90_ms' | 'itl_p90_ms' | 'e2e_latency_p90_ms' | 'error_rate', number>>;
}

export interface Pricing {
  instances: Record<string, number>;
}

/** Where a catalog's companions live: beside it, or else the shipped ones. */
function companionFile(catalogFile: string, name: string): string {
  const beside = join(dirname(catalogFile), name);
  return existsSync(beside) ? beside : join(SHIPPED_CATALOG_DIR, name);
}

/** A catalog file's text; a directory or an unreadable file is the reader's mistake, said so. */
function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const message =
      err.code === 'EISDIR'
        ? `is a directory, not the ${what} — pass the JSON file itself (e.g. ${join(displayPath(file), 'e2e-catalog.json')})`
        : `cannot read the ${what} (${err.code ?? err.message}) — check the path and its permissions`;
    throw new CatalogError(displayPath(file), [{ path: '$', message }]);
  }
}

function readJson<T>(file: string, what: string): T {
  const text = readText(file, what);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new CatalogError(file, [
      { path: '$', message: `the ${what} is not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

export function loadWorkloads(catalogFile: string): { file: string; workloads: Record<string, Workload> } {
  const file = companionFile(catalogFile, 'workloads.json');
  const data = readJson<{ workloads?: Record<string, Workload> } | null>(file, 'workload profiles');
  if (!data?.workloads || typeof data.workloads !== 'object') {
    throw new CatalogError(file, [
      { path: '$.workloads', message: 'is missing — add an object of workload profiles' },
    ]);
  }
  return { file, workloads: data.workloads };
}

export function loadPricing(catalogFile: string): Pricing {
  const file = companionFile(catalogFile, 'pricing.json');
  const data = readJson<Pricing | null>(file, 'price list');
  return { instances: data?.instances ?? {} };
}

export interface ResolvedCatalogPath {
  file: string;
  /** set when the default path did not exist and the shipped catalog is used instead */
  usedShipped: boolean;
}

/** The default catalog path falls back to the shipped catalog; an explicit path never does. */
export function resolveCatalogPath(requested: string | undefined, cwd = process.cwd()): ResolvedCatalogPath {
  const path = requested && requested.trim() !== '' ? requested : DEFAULT_CATALOG;
  const file = resolve(cwd, path);
  if (!existsSync(file) && path === DEFAULT_CATALOG) {
    return { file: join(SHIPPED_CATALOG_DIR, 'e2e-catalog.json'), usedShipped: true };
  }
  return { file, usedShipped: false };
}

export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}

export function loadCatalog(file: string): Catalog {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    throw new CatalogError(shown, [
      {
        path: '$',
        message:
          'the catalog file does not exist — pass --catalog FILE (or the action input `catalog`) with the right path',
      },
    ]);
  }
  const { file: workloadsFile, workloads } = loadWorkloads(file);
  const result = validateCatalogText(readText(file, 'catalog'), {
    file: shown,
    workloadNames: new Set(Object.keys(workloads)),
    workloadsFile: displayPath(workloadsFile),
  });
  if (!result.catalog) throw new CatalogError(shown, result.problems);
  return result.catalog;
}
