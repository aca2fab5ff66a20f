import { describe, expect, it } from '@jest/globals';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runner.js';
import { entryOf, historyOf, recordOf, shippedCatalog, writeLocalStore } from '../helpers/report-fixtures.js';

describe('report, status and dashboard survive bad records (the built CLI)', () => {
  it('a store with one corrupt record and one corrupt history line still reports, naming both', async () => {
    const catalog = shippedCatalog();
    const good = entryOf(catalog, 'rt-qwen3-4b');
    const bad = entryOf(catalog, 'rt-llama32-1b');
    const dir = mkdtempSync(join(tmpdir(), 'mcc-bad-'));
    writeLocalStore(
      dir,
      [
        recordOf(good, 'pass'),
        recordOf(bad, 'pass', { extra: { estimatedCostUsd: 'about a dollar' as never } }),
      ],
      historyOf(good, ['pass', 'pass']),
    );
    appendFileSync(join(dir, 'history', `${good.configId}.jsonl`), '{"configId": "half a line\n');

    for (const args of [['report'], ['report', '--json'], ['status']]) {
      const run = await runCli([...args, '--save-local', dir]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        `warning: ${join(dir, 'records', `${bad.configId}.json`)}: field "estimatedCostUsd" is string "about a dollar", not a number — skipped`,
      );
      expect(run.stderr).not.toContain('unexpected error');
    }
    const report = await runCli(['report', '--save-local', dir]);
    expect(report.stderr).toContain(
      `warning: ${join(dir, 'history', `${good.configId}.jsonl`)}:3: not valid JSON`,
    );
    expect(report.stdout).toMatch(/^ci\s+rt-qwen3-4b\s+pass/m);
  });
});
