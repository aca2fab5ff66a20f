import { beforeAll, describe, expect, it } from '@jest/globals';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog, CatalogEntry } from '../../src/catalog/types.js';
import { describeWithMoto } from '../helpers/moto.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';
import { runAction } from '../helpers/runner.js';
import { entryOf, historyOf, recordOf, shippedCatalog, writeLocalStore } from '../helpers/report-fixtures.js';

const BUNDLE = 'dist/report/index.js';
const ROLE = 'arn:aws:iam::123456789012:role/mlcc-e2e-github-readonly';

/** The ci tier: 4 pass (one of them flaky), a regression to fail-test, one untested. */
function ciData(catalog: Catalog) {
  const e = (id: string): CatalogEntry => entryOf(catalog, id);
  return {
    records: [
      recordOf(e('rt-qwen3-06b'), 'pass', { previous: 'pass', minute: 1 }),
      recordOf(e('rt-qwen3-17b'), 'fail-test', { previous: 'pass', minute: 2 }),
      recordOf(e('rt-qwen3-4b'), 'pass', { previous: 'fail-test', minute: 3 }),
      recordOf(e('rt-llama32-1b'), 'pass', { minute: 4 }),
      recordOf(e('rt-llama32-3b'), 'pass', { minute: 5 }),
    ],
    history: [
      ...historyOf(e('rt-qwen3-17b'), ['pass', 'pass', 'fail-test']),
      ...historyOf(e('rt-qwen3-4b'), ['pass', 'fail-deploy', 'pass', 'fail-test', 'pass']),
    ],
  };
}

describeWithMoto('the report action over the DynamoDB tables (moto)', (moto) => {
  let workspace: string;

  beforeAll(async () => {
    await moto().reset();
    await createTables(moto());
    const client = documentClient(moto());
    const { records, history } = ciData(shippedCatalog());
    for (const Item of records) await client.send(new PutCommand({ TableName: TABLE, Item }));
    for (const Item of history) await client.send(new PutCommand({ TableName: HISTORY_TABLE, Item }));
    client.destroy();
    workspace = mkdtempSync(join(tmpdir(), 'mcc-report-ws-'));
  });

  const run = (inputs: Record<string, string>) =>
    runAction(BUNDLE, {
      cwd: workspace,
      env: moto().env,
      inputs: {
        table: TABLE,
        'history-table': HISTORY_TABLE,
        'aws-region': 'us-west-2',
        tier: 'ci',
        ...inputs,
      },
    });

  it('sets the outputs, writes one job summary and the dashboard file', async () => {
    const result = await run({ dashboard: 'site/index.html' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      total: '6',
      passing: '4',
      failing: '1',
      untested: '1',
      coverage: '67',
      regressions: 'rt-qwen3-17b',
      gate: '',
    });
    expect(result.stdout).toContain(`Reading DynamoDB table ${TABLE} (history: ${HISTORY_TABLE})`);
    expect(result.summary).toContain('## 📊 E2E coverage — tier ci');
    expect(result.summary).toContain(
      '**Summary: 6 total | 4 passing | 1 failing | 1 untested | 67% coverage**',
    );
    expect(result.summary).toContain('> **1 regression** (passed before, failing now):');
    expect(result.summary).toMatch(
      /\| ci \| ✅ rt-qwen3-4b \| Qwen\/Qwen3-4B \| ml\.g5\.xlarge \| \[pass {2}~ FLAKY\]\(https:\/\/github\.com\/mcc\/e2e-action\/actions\/runs\/1003\) \| ✅❌✅❌✅ \|/,
    );
    expect(result.summary.match(/## 📊 E2E coverage/g)).toHaveLength(1);
    const html = readFileSync(join(workspace, 'site/index.html'), 'utf8');
    expect(html).toContain('<script type="application/json" id="report-data">');
    expect(html).toContain('"regressions":["rt-qwen3-17b"]');
  });

  it('fails the step with the gate sentence when the tier falls short', async () => {
    const result = await run({ gate: 'ci>=5/6' });
    expect(result.code).toBe(1);
    expect(result.outputs.gate).toBe('fail');
    expect(result.stdout).toContain(
      // the runner's command encoding turns % into %25
      '::error::Gate ci>=5/6 failed: 4 of 6 ci configs pass (67%25); at least 5 must pass.',
    );
    expect(result.summary).toContain(
      '❌ Gate ci&gt;=5/6 failed: 4 of 6 ci configs pass (67%); at least 5 must pass.',
    );
  });

  it('passes a gate the tier meets', async () => {
    const result = await run({ gate: 'ci>=4/6' });
    expect(result.code).toBe(0);
    expect(result.outputs.gate).toBe('pass');
  });

  it('reads the tables as the role it assumes through GitHub OIDC', async () => {
    const tokens = createServer((_req, res) => {
      const claims = { sub: 'repo:mcc/e2e-action:ref:refs/heads/main', aud: 'sts.amazonaws.com' };
      const token = ['{"alg":"RS256"}', JSON.stringify(claims), 'sig']
        .map((part) => Buffer.from(part).toString('base64url'))
        .join('.');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: token }));
    });
    await new Promise<void>((r) => tokens.listen(0, '127.0.0.1', r));
    try {
      const { port } = tokens.address() as { port: number };
      const result = await runAction(BUNDLE, {
        cwd: workspace,
        // no static credentials: every read must use the assumed role
        env: {
          AWS_ENDPOINT_URL: moto().url,
          AWS_REGION: 'us-west-2',
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
        },
        inputs: { table: TABLE, 'history-table': HISTORY_TABLE, tier: 'ci', 'role-to-assume': ROLE },
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        `Assumed ${ROLE} through GitHub OIDC (sub repo:mcc/e2e-action:ref:refs/heads/main)`,
      );
      expect(result.outputs).toMatchObject({ total: '6', passing: '4', regressions: 'rt-qwen3-17b' });
    } finally {
      await new Promise((r) => tokens.close(r));
    }
  });

  it('says what is missing when role-to-assume cannot get an OIDC token', async () => {
    const result = await run({ 'role-to-assume': ROLE });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::role-to-assume needs a GitHub OIDC token');
  });

  it('fails clearly on a malformed gate, before reading anything', async () => {
    const result = await run({ gate: 'ci=5/6' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::gate "ci=5/6" is not valid');
    expect(result.outputs.total).toBeUndefined();
  });
});

describe('the report action over a results-dir of several leg stores', () => {
  it('merges the legs (newest run wins per config) and reports them', async () => {
    const catalog = shippedCatalog();
    const e = (id: string): CatalogEntry => entryOf(catalog, id);
    const workspace = mkdtempSync(join(tmpdir(), 'mcc-report-legs-'));
    const results = join(workspace, 'mcc-e2e-results');
    // one leg per entry, as actions/download-artifact writes them without merge-multiple
    writeLocalStore(join(results, 'mcc-e2e-leg-rt-qwen3-06b'), [
      recordOf(e('rt-qwen3-06b'), 'pass', { minute: 1 }),
    ]);
    writeLocalStore(
      join(results, 'mcc-e2e-leg-rt-qwen3-17b'),
      [recordOf(e('rt-qwen3-17b'), 'fail-push', { previous: 'pass', minute: 2 })],
      historyOf(e('rt-qwen3-17b'), ['fail-push']),
    );
    // a rerun leg of the same config: its newer result wins, and its history joins
    writeLocalStore(
      join(results, 'mcc-e2e-leg-rt-qwen3-17b-rerun'),
      [recordOf(e('rt-qwen3-17b'), 'pass', { previous: 'fail-push', minute: 9 })],
      [
        {
          ...(historyOf(e('rt-qwen3-17b'), ['pass'])[0] as ReturnType<typeof historyOf>[number]),
          runTimestamp: '2026-05-22T06:09:00Z',
          runId: 'rerun',
        },
      ],
    );
    writeLocalStore(join(results, 'mcc-e2e-leg-rt-qwen3-4b'), [
      recordOf(e('rt-qwen3-4b'), 'fail-tune-sft', { previous: 'pass', minute: 3 }),
    ]);
    const result = await runAction(BUNDLE, {
      cwd: workspace,
      inputs: { tier: 'ci', 'results-dir': 'mcc-e2e-results' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      total: '6',
      passing: '2',
      failing: '1',
      untested: '3',
      coverage: '33',
      regressions: 'rt-qwen3-4b',
    });
    expect(result.stdout).toContain(`Reading 4 local stores under ${results}`);
    expect(result.summary).toContain(
      '**Summary: 6 total | 2 passing | 1 failing | 3 untested | 33% coverage**',
    );
    expect(result.summary).toMatch(/\| ci \| ✅ rt-qwen3-17b \| .* \| ❌✅ \|/);
  });

  it('reads a merged results directory (download-artifact with merge-multiple) the same way', async () => {
    const catalog = shippedCatalog();
    const workspace = mkdtempSync(join(tmpdir(), 'mcc-report-merged-'));
    writeLocalStore(join(workspace, 'mcc-e2e-results'), [
      recordOf(entryOf(catalog, 'rt-qwen3-06b'), 'pass', { minute: 1 }),
      recordOf(entryOf(catalog, 'rt-llama32-1b'), 'fail-build', { minute: 2 }),
    ]);
    const result = await runAction(BUNDLE, {
      cwd: workspace,
      inputs: { tier: 'ci', 'results-dir': 'mcc-e2e-results', gate: 'ci>=1/6' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      total: '6',
      passing: '1',
      failing: '1',
      untested: '4',
      gate: 'pass',
    });
  });
});
