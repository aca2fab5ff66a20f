import type { ConfigCoverage, CoverageModel, CoverageSummary, NotInCatalog } from './coverage.js';
import type { UnusableRegistration } from '../catalog/registered.js';

interface ConfigJson {
  tier: string;
  id: string;
  configId: string;
  status: string;
  /** product | infrastructure | timeout | cancelled; null when passing or never run */
  failureClass: string | null;
  lastTest: string | null;
  duration: number | null;
  regression: boolean;
  flaky: boolean;
  lastStatuses: string[];
  /** other table keys of the configuration (MCC's 7-field id), when there are any */
  otherConfigIds?: string[];
}

/** `report --json` (03-results.md): exactly these fields; missing values are null, never absent. */
export interface CoverageJson {
  summary: CoverageSummary;
  configs: ConfigJson[];
  regressions: string[];
  /** configurations registered outside the catalog, with the same fields as configs */
  registered: {
    summary: CoverageSummary;
    configs: ConfigJson[];
    regressions: string[];
    unusable: UnusableRegistration[];
  };
  notInCatalog: (Omit<NotInCatalog, 'lastTest'> & { lastTest: string | null })[];
}

const configJson = (c: ConfigCoverage): ConfigJson => ({
  tier: c.tier,
  id: c.id,
  configId: c.configId,
  status: c.status,
  failureClass: c.failureClass ?? null,
  lastTest: c.lastTest ?? null,
  duration: c.duration ?? null,
  regression: c.regression,
  flaky: c.flaky,
  lastStatuses: c.lastStatuses,
  ...(c.otherConfigIds ? { otherConfigIds: c.otherConfigIds } : {}),
});

export function coverageJson(model: CoverageModel): CoverageJson {
  return {
    summary: model.summary,
    configs: model.configs.map(configJson),
    regressions: model.regressions,
    registered: { ...model.registered, configs: model.registered.configs.map(configJson) },
    notInCatalog: model.notInCatalog.map((r) => ({ ...r, lastTest: r.lastTest ?? null })),
  };
}

export const renderCoverageJson = (model: CoverageModel): string =>
  JSON.stringify(coverageJson(model), null, 2);
