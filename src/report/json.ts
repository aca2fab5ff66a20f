import type { CoverageModel, CoverageSummary, NotInCatalog } from './coverage.js';

/** `report --json` (03-results.md): exactly these fields; missing values are null, never absent. */
export interface CoverageJson {
  summary: CoverageSummary;
  configs: {
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
  }[];
  regressions: string[];
  notInCatalog: (Omit<NotInCatalog, 'lastTest'> & { lastTest: string | null })[];
}

export function coverageJson(model: CoverageModel): CoverageJson {
  return {
    summary: model.summary,
    configs: model.configs.map((c) => ({
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
    })),
    regressions: model.regressions,
    notInCatalog: model.notInCatalog.map((r) => ({ ...r, lastTest: r.lastTest ?? null })),
  };
}

export const renderCoverageJson = (model: CoverageModel): string =>
  JSON.stringify(coverageJson(model), null, 2);
