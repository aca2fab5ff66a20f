import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describeWithMoto, freePort } from '../helpers/moto.js';
import { runCli } from '../helpers/runner.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';
import {
  generateRealProject,
  realGeneratorEnv,
  runReal,
  type RealProject,
} from '../helpers/real-generator.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { mccConfigId } from '../../src/results/join.js';

/**
 * One table for both tools (issue 12): our CLI's records read by MCC 1.6.0's own `do/ci`, and
 * MCC's own `do/register --ci` items read by our report, status and plan. The MCC scripts run
 * from a real generated project with the aws CLI pointed at moto.
 */
const catalog = loadCatalog('catalog/e2e-catalog.json');
const entry = (id: string) => catalog.entries.find((e) => e.id === id)!;
const QWEN = entry('rt-qwen3-06b');
const MCC_QWEN_ID = mccConfigId(QWEN.params, 1, 0);
const EXAMPLE = 'node examples/generator/bin/ml-container-creator.mjs';

describeWithMoto('MCC’s do/register --ci and do/ci on the table our runs write (real MCC 1.6.0)', (moto) => {
  let work: string;
  let project: RealProject;
  const mccEnv = () => realGeneratorEnv({ ...moto().env, CI_TABLE_NAME: TABLE });
  const cliEnv = () => ({ ...moto().env, AWS_ENDPOINT_URL: moto().url });
  const tableArgs = ['--table', TABLE, '--history-table', HISTORY_TABLE];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'mcc-shared-'));
    // the project MCC's user has for this model: generated from the entry's own args
    project = await generateRealProject(QWEN, work, { projectName: 'qwen-project' });
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
  });

  /** our CLI's run of one entry (example generator: it writes exactly what a real run writes) */
  async function ourRun(id: string, env: Record<string, string> = {}) {
    const run = await runCli(
      [
        'run',
        '--config',
        id,
        '--generator',
        EXAMPLE,
        ...tableArgs,
        '--save-local',
        join(work, `local-${id}`),
      ],
      {
        env: { ...cliEnv(), MCC_EXAMPLE_DELAY_MS: '700', ...env },
      },
    );
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // never a stack
    return run;
  }
  const mcc = (...argv: string[]) => runReal(argv, project.dir, mccEnv(), 240_000);
  const ourJson = async (...args: string[]) => {
    const run = await runCli([...args, ...tableArgs, '--json'], { env: cliEnv() });
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  };

  async function expectOneRowWith(status: string) {
    const report = await ourJson('report');
    const rows = report.configs.filter((c: { id: string }) => c.id === 'rt-qwen3-06b');
    expect(rows).toEqual([
      expect.objectContaining({ configId: QWEN.configId, status, otherConfigIds: [MCC_QWEN_ID] }),
    ]);
    expect(report.notInCatalog).toEqual([]);
    const text = await runCli(['report', ...tableArgs], { env: cliEnv() });
    expect(text.stdout).toMatch(new RegExp(`^ {2}rt-qwen3-06b\\s+${MCC_QWEN_ID}$`, 'm'));
    const status_ = await ourJson('status');
    expect(status_).toMatchObject({
      total: catalog.entries.length,
      passing: status === 'pass' ? 1 : 0,
      untested: catalog.entries.length - (status === 'pass' ? 1 : 0),
    });
    const plan = await ourJson('plan', '--select', 'untested');
    return { report, plan };
  }

  it('MCC registers Qwen3-0.6B, then our run passes it: one row, pass, not selected as untested, counted once', async () => {
    const registered = await mcc('./do/register', '--ci');
    expect(registered.code).toBe(0);
    expect(registered.stdout).toContain(`configId: ${MCC_QWEN_ID}`);
    const before = await ourJson('plan', '--select', 'untested');
    expect(before.ids).toContain('rt-qwen3-06b');
    const before_ = await ourJson('report');
    expect(before_.configs.find((c: { id: string }) => c.id === 'rt-qwen3-06b')).toMatchObject({
      status: 'untested',
      lastTest: null,
      otherConfigIds: [MCC_QWEN_ID],
    });

    expect((await ourRun('rt-qwen3-06b')).code).toBe(0);
    const { plan } = await expectOneRowWith('pass');
    expect(plan.ids).not.toContain('rt-qwen3-06b');
  }, 300_000);

  it('our run passes it first, then MCC registers it: still one row with our pass; MCC’s item and ours both kept', async () => {
    expect((await ourRun('rt-qwen3-06b')).code).toBe(0);
    expect((await mcc('./do/register', '--ci')).code).toBe(0);
    const { plan } = await expectOneRowWith('pass');
    expect(plan.ids).not.toContain('rt-qwen3-06b');
    const { Items } = await documentClient(moto()).send(new ScanCommand({ TableName: TABLE }));
    expect(Object.fromEntries((Items ?? []).map((i) => [i.configId, i.testStatus]))).toEqual({
      [QWEN.configId]: 'pass',
      [MCC_QWEN_ID]: 'untested',
    });
  }, 300_000);

  it('MCC’s do/ci report, report --json, status and dashboard read our pass, fail-deploy and regression records', async () => {
    expect((await ourRun('rt-qwen3-06b')).code).toBe(0);
    expect((await ourRun('rt-qwen3-17b', { MCC_EXAMPLE_FAIL_AT: 'deploy' })).code).not.toBe(0);
    expect((await ourRun('rt-llama32-1b')).code).toBe(0);
    expect((await ourRun('rt-llama32-1b', { MCC_EXAMPLE_FAIL_AT: 'test' })).code).not.toBe(0);
    const { Items = [] } = await documentClient(moto()).send(new ScanCommand({ TableName: TABLE }));
    const byId = Object.fromEntries(Items.map((i) => [i.e2eCatalogId as string, i]));
    expect(byId['rt-llama32-1b']).toMatchObject({ testStatus: 'fail-test', regression: true });
    const latest = byId['rt-llama32-1b']!;

    // MCC groups by deploymentConfig and shows the newest record: our regression
    const report = await mcc('./do/ci', 'report', '--json');
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout.slice(report.stdout.indexOf('{')));
    expect(json.configurations['transformers-vllm']).toEqual({
      status: 'fail-test',
      project: latest.projectName,
      lastTest: latest.lastTestTimestamp,
      duration: latest.lastTestDuration,
      recordCount: 3,
    });
    expect(latest.projectName).toMatch(/^rt-llama32-1b-/);
    expect(latest.lastTestDuration).toBeGreaterThan(0);
    expect(json.regressions).toEqual(['transformers-vllm']);
    expect(json.summary).toMatchObject({ tested: 1, passing: 0, failing: 1 });

    const text = await mcc('./do/ci', 'report');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(
        `transformers-vllm\\s+fail-test ⚠️ REGRESSION\\s+${latest.projectName}\\s+${latest.lastTestTimestamp}\\s+${latest.lastTestDuration}s`,
      ),
    );

    const status = await mcc('./do/ci', 'status');
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(
      /Total records:\s+3\n\s+Running:\s+0\n\s+Passing:\s+1\n\s+Failing:\s+2\n\s+Untested:\s+0/,
    );
    expect(status.stdout).toContain(`Last completed:    ${latest.lastTestTimestamp}`);

    const items = await mccDashboardData();
    expect(items).toHaveLength(3);
    for (const item of items) {
      const ours = Items.find((i) => i.configId === item.configId)!;
      expect(item).toMatchObject({
        projectName: ours.projectName,
        testStatus: ours.testStatus,
        lastTestDuration: ours.lastTestDuration,
      });
      expect(item.projectName).not.toBe('');
      // every stage that ran shows its whole seconds
      for (const [name, stage] of Object.entries(ours.stageResults as Record<string, { status: string }>)) {
        if (stage.status === 'skip') continue;
        const seconds = item.stageResults[name]?.durationSeconds ?? 0;
        expect([name, seconds > 0]).toEqual([name, true]);
      }
    }
  }, 420_000);

  /** `./do/ci dashboard --port N`, its /api/data, then the dashboard's process group stopped. */
  async function mccDashboardData(): Promise<
    {
      configId: string;
      projectName: string;
      testStatus: string;
      lastTestDuration: number;
      stageResults: Record<string, { durationSeconds: number }>;
    }[]
  > {
    const port = await freePort();
    const child = spawn('./do/ci', ['dashboard', '--port', String(port)], {
      cwd: project.dir,
      env: mccEnv(),
      detached: true,
      stdio: 'ignore',
    });
    try {
      for (let i = 0; i < 240; i++) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/data`);
          if (response.ok) return (await response.json()) as Awaited<ReturnType<typeof mccDashboardData>>;
        } catch {
          await sleep(250);
        }
      }
      throw new Error('MCC’s dashboard did not answer');
    } finally {
      process.kill(-(child.pid as number), 'SIGTERM');
    }
  }
});
