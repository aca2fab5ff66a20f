import type { Catalog, CatalogEntry, Tier } from './types.js';
import { TIERS } from './types.js';

export interface Selection {
  tier?: string;
  /** comma or newline separated ids; searched across all tiers */
  ids?: string;
}

export class SelectionError extends Error {
  override name = 'SelectionError';
}

export function parseIdList(ids: string | undefined): string[] {
  return (ids ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseTier(tier: string | undefined): Tier | undefined {
  const value = tier?.trim();
  if (!value) return undefined;
  if (!(TIERS as readonly string[]).includes(value)) {
    throw new SelectionError(`unknown tier "${value}" — use one of ${TIERS.join(', ')}`);
  }
  return value as Tier;
}

/**
 * Select entries by tier and/or ids. Ids keep catalog order and may span tiers; with a tier as
 * well, an id of another tier is an error (the tier is a cross-check). No filter selects all.
 */
export function selectEntries(catalog: Catalog, selection: Selection): CatalogEntry[] {
  const tier = parseTier(selection.tier);
  const ids = parseIdList(selection.ids);
  const known = new Map(catalog.entries.map((e) => [e.id, e]));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new SelectionError(
      `unknown config id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} in ${catalog.file} — run \`mcc-e2e plan\` to list the ids`,
    );
  }
  if (tier && ids.length > 0) {
    const wrongTier = ids.filter((id) => known.get(id)?.tier !== tier);
    if (wrongTier.length > 0) {
      throw new SelectionError(
        `${wrongTier.map((id) => `"${id}" is in tier ${known.get(id)?.tier}`).join(', ')}, not ${tier} — drop the tier or fix the id`,
      );
    }
  }
  const wanted = new Set(ids);
  return catalog.entries.filter((e) => (ids.length === 0 || wanted.has(e.id)) && (!tier || e.tier === tier));
}
