import { describe, expect, it } from '@jest/globals';
import { loadCatalog, loadPricing, SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';
import { buildPlan } from '../../src/catalog/plan.js';
import { planSlots } from '../../src/catalog/plan-slots.js';
import { renderPlanMarkdown, renderPlanText } from '../../src/catalog/plan-render.js';
import { parseQuotaList, resolveLimit } from '../../src/lifecycle/admission/quotas.js';

const catalog = loadCatalog(`${SHIPPED_CATALOG_DIR}/e2e-catalog.json`);
const pricing = loadPricing(`${SHIPPED_CATALOG_DIR}/e2e-catalog.json`);

describe('the plan per instance type', () => {
  it('lists the legs, the slots and the expected waves; "quota unknown" where nothing is known', async () => {
    const entries = catalog.entries.filter((e) => e.tier === 'nightly');
    const override = parseQuotaList('ml.g5.12xlarge=4', 'input quotas');
    const slots = await planSlots(entries, (key) => resolveLimit(key, { override }));
    const markdown = renderPlanMarkdown(buildPlan(entries, pricing), 'E2E plan — tier nightly', slots);
    expect(markdown).toContain('#### Endpoint slots per instance type');
    expect(markdown).toContain(
      '| ml.g5.12xlarge | us-west-2 | 15 | 4 | 4 | ml.g5.12xlarge: 4 at once (quotas input) |',
    );
    expect(markdown).toMatch(
      /\| ml\.g5\.(x|2x)large \| us-west-2 \| \d+ \| quota unknown \| 1 \(not held back\) \| ml\.g5\.(x|2x)large: quota unknown \(no override, no AWS account to ask\) \|/,
    );
    expect(renderPlanText(buildPlan(entries, pricing), slots)).toMatch(
      /ml\.g5\.12xlarge\s+us-west-2\s+15\s+4\s+4/,
    );
  });

  it('a quota of 0 shows that no leg of the type can run', async () => {
    const entries = catalog.entries.filter((e) => e.tier === 'ci');
    const slots = await planSlots(entries, (key) => resolveLimit(key, { catalog: { 'ml.g5.xlarge': 0 } }));
    expect(slots).toEqual([
      {
        instance: 'ml.g5.xlarge',
        region: 'us-west-2',
        legs: 6,
        quota: 0,
        quotaDetail: 'ml.g5.xlarge: 0 at once (catalog quotas)',
      },
    ]);
    expect(renderPlanMarkdown(buildPlan(entries, pricing), 'plan', slots)).toContain('| 0 | none: no slot |');
  });
});
