// Report and dashboard build time for 10,000 configs with 20 history items each (targets: the
// report under 1 s, the page under 2 s). Built on the fly by scripts/bench.mjs; prints only.
import type { CatalogEntry } from '../src/catalog/types.js';
import type { CiRecord } from '../src/results/record.js';
import type { HistoryItem } from '../src/results/store.js';
import { buildCoverage } from '../src/report/coverage.js';
import { renderCoverageText } from '../src/report/text.js';
import { coverageJson } from '../src/report/json.js';
import { renderDashboardHtml } from '../src/report/html.js';

const CONFIGS = 10_000;
const HISTORY = 20;
const STATUSES = ['pass', 'pass', 'pass', 'fail-deploy', 'fail-tune-sft', 'pass', 'untested', 'running'];
const TIERS = ['ci', 'nightly', 'weekly'] as const;

const entries: CatalogEntry[] = [];
const records: CiRecord[] = [];
const history = new Map<string, HistoryItem[]>();
const start = Date.parse('2026-11-01T00:00:00Z');
for (let i = 0; i < CONFIGS; i++) {
  const configId = i.toString(16).padStart(16, '0');
  const id = `rt-bench-${i}`;
  const tier = TIERS[i % 3] as (typeof TIERS)[number];
  const params = {
    deploymentConfig: 'transformers-vllm',
    modelName: `org/model-${i}`,
    instanceType: 'ml.g5.xlarge',
    region: 'us-west-2',
    deploymentTarget: 'realtime-inference',
  };
  entries.push({
    id,
    tier,
    track: 'realtime',
    args: [],
    argv: [],
    lifecycle: ['build', 'deploy', 'test', 'clean'],
    timeout: 1800,
    params,
    configId,
  });
  const status = STATUSES[i % STATUSES.length] as string;
  const stageResults = Object.fromEntries(
    ['generate', 'build', 'deploy', 'test', 'clean'].map((s) => [
      s,
      { status: 'pass', duration: 12.3, error: '' },
    ]),
  );
  records.push({
    configId,
    schemaVersion: 2,
    configJson: '{}',
    testStatus: status,
    previousTestStatus: 'pass',
    regression: status.startsWith('fail-'),
    lastTestTimestamp: new Date(start).toISOString(),
    lastTestDuration: 1234,
    e2eCatalogId: id,
    tier,
    ...params,
    stageResults,
    errorMessage: '',
    cleanFailed: false,
    runId: `r${i}`,
  } as CiRecord);
  history.set(
    configId,
    Array.from({ length: HISTORY }, (_, h) => ({
      configId,
      runTimestamp: new Date(start + h * 86_400_000).toISOString(),
      runId: `r${i}-${h}`,
      status: h % 7 === 3 ? 'fail-test' : 'pass',
      durationSeconds: 1000 + h,
      e2eCatalogId: id,
      tier,
    })),
  );
}

const time = <T>(f: () => T): [T, number] => {
  const t = process.hrtime.bigint();
  const value = f();
  return [value, Number(process.hrtime.bigint() - t) / 1e6];
};
const [model, modelMs] = time(() =>
  buildCoverage({
    entries,
    records,
    history,
    source: 'bench',
    allCatalogConfigIds: new Set(entries.map((e) => e.configId)),
  }),
);
const [text, textMs] = time(() => renderCoverageText(model));
const [json, jsonMs] = time(() => JSON.stringify(coverageJson(model)));
const [html, htmlMs] = time(() => renderDashboardHtml(model, { live: false }));
console.log(`report: ${CONFIGS} configs × ${HISTORY} history items`);
console.log(`${'coverage model'.padEnd(48)} ${modelMs.toFixed(0).padStart(8)} ms`);
console.log(
  `${'report (model + text), target < 1000 ms'.padEnd(48)} ${(modelMs + textMs).toFixed(0).padStart(8)} ms  (${(text.length / 1e6).toFixed(1)} MB)`,
);
console.log(
  `${'report --json (model + JSON)'.padEnd(48)} ${(modelMs + jsonMs).toFixed(0).padStart(8)} ms  (${(json.length / 1e6).toFixed(1)} MB)`,
);
console.log(
  `${'dashboard page (model + HTML), target < 2000 ms'.padEnd(48)} ${(modelMs + htmlMs).toFixed(0).padStart(8)} ms  (${(html.length / 1e6).toFixed(1)} MB)`,
);
