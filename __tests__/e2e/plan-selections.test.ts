import { beforeEach, expect, it } from '@jest/globals';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { ROOT, runAction } from '../helpers/runner.js';
import { createTables, documentClient, TABLE } from '../helpers/tables.js';
import { loadCatalog } from '../../src/catalog/load.js';

const catalog = loadCatalog('catalog/e2e-catalog.json');
const ci = catalog.entries.filter((e) => e.tier === 'ci');
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describeWithMoto('the plan action’s table and git selections', (moto) => {
  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
  });

  it('select: stale reads the table: untested or older than the window', async () => {
    const db = documentClient(moto());
    await db.send(
      new PutCommand({
        TableName: TABLE,
        Item: { configId: ci[0]!.configId, testStatus: 'pass', lastTestTimestamp: hoursAgo(2) },
      }),
    );
    await db.send(
      new PutCommand({
        TableName: TABLE,
        Item: { configId: ci[1]!.configId, testStatus: 'fail-test', lastTestTimestamp: hoursAgo(30) },
      }),
    );
    await db.send(
      new PutCommand({
        TableName: TABLE,
        Item: { configId: ci[2]!.configId, testStatus: 'pass', lastTestTimestamp: hoursAgo(1) },
      }),
    );
    const run = await runAction('dist/plan/index.js', {
      inputs: { tier: 'ci', select: 'stale', table: TABLE },
      env: moto().env,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.ids).toBe([ci[1], ci[3], ci[4], ci[5]].map((e) => e!.id).join(','));
    const failing = await runAction('dist/plan/index.js', {
      inputs: { select: 'failing', table: TABLE },
      env: moto().env,
    });
    expect(failing.outputs.ids).toBe(ci[1]!.id);
    const untested = await runAction('dist/plan/index.js', {
      inputs: { tier: 'ci', select: 'untested', table: TABLE },
      env: moto().env,
    });
    expect(untested.outputs.ids).toBe([ci[3], ci[4], ci[5]].map((e) => e!.id).join(','));
  });

  it('select: stale without a table says what to set', async () => {
    const run = await runAction('dist/plan/index.js', { inputs: { select: 'stale' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::select: stale reads the results: set table');
  });

  it('select: changed compares the catalog with the base ref in git', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'mcc-git-'));
    const git = (...args: string[]) => {
      const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return r.stdout.trim();
    };
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    mkdirSync(join(repo, 'catalog'));
    const original = JSON.parse(readFileSync(join(ROOT, 'catalog/e2e-catalog.json'), 'utf8')) as {
      configs: Record<string, unknown>[];
    };
    writeFileSync(join(repo, 'catalog/e2e-catalog.json'), JSON.stringify(original, null, 2));
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    original.configs[3]!.timeout = 2400;
    original.configs.push({
      ...original.configs[0]!,
      id: 'rt-new-model',
      args: String(original.configs[0]!.args).replace('Qwen3-0.6B', 'Qwen3-0.6B-Base'),
    });
    writeFileSync(join(repo, 'catalog/e2e-catalog.json'), JSON.stringify(original, null, 2));
    const run = await runAction('dist/plan/index.js', {
      inputs: { select: 'changed', 'base-ref': base },
      cwd: repo,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.ids).toBe(`${ci[3]!.id},rt-new-model`);
  });
});
