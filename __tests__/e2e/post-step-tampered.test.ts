import { beforeEach, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { loadCatalog } from '../../src/catalog/load.js';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { ROOT, runAction, runCli, stateEnv, type ActionRun } from '../helpers/runner.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';

/**
 * A stage that finds the step's GITHUB_STATE file (through main's /proc environ), blanks or
 * forges every value and SIGKILLs main (the example's MCC_EXAMPLE_TAMPER_AT): the post step,
 * given the state the runner would give it, derives the teardown target from its own inputs and
 * the runner's GITHUB_RUN_ID — no endpoint is left, no record stays `running`.
 */
const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';
const CONFIG_ID = '9586bf351b64c95f';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Live processes whose environment carries this run's marker. */
function marked(runId: string): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number)
    .filter((pid) => {
      try {
        return (
          alive(pid) &&
          readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`MCC_E2E_RUN_ID=${runId}`)
        );
      } catch {
        return false;
      }
    });
}

/** What the runner would show as annotations: `::warning::` / `::error::` lines of a step's log. */
const annotations = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter((l) => /^::(warning|error)/.test(l));

describeWithMoto('a stage that tampers with the post-step state and kills main (bundles, moto)', (moto) => {
  let sagemaker: SageMakerClient;
  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
    sagemaker = new SageMakerClient(moto().clientConfig);
  });

  async function resourcesNamed(prefix: string) {
    const [endpoints, configs, models] = await Promise.all([
      sagemaker.send(new ListEndpointsCommand({ NameContains: prefix })),
      sagemaker.send(new ListEndpointConfigsCommand({ NameContains: prefix })),
      sagemaker.send(new ListModelsCommand({ NameContains: prefix })),
    ]);
    return [
      ...(endpoints.Endpoints ?? []).map((e) => e.EndpointName),
      ...(configs.EndpointConfigs ?? []).map((e) => e.EndpointConfigName),
      ...(models.Models ?? []).map((m) => m.ModelName),
    ];
  }

  function leg(
    runId: string,
    env: Record<string, string> = {},
    dir = mkdtempSync(join(tmpdir(), 'mcc-tamper-')),
  ) {
    return {
      store: join(dir, 'store'),
      inputs: {
        config: 'rt-qwen3-4b',
        generator: GENERATOR,
        workspace: join(dir, 'ws'),
        'save-local': join(dir, 'store'),
        table: TABLE,
        'history-table': HISTORY_TABLE,
        'hf-token-secret-id': '',
      },
      env: {
        ...moto().env,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_REPOSITORY: 'mcc/e2e-action',
        ...env,
      },
    };
  }

  const record = async () =>
    (await documentClient(moto()).send(new GetCommand({ TableName: TABLE, Key: { configId: CONFIG_ID } })))
      .Item as Record<string, unknown>;

  it('blanked state, main SIGKILLed after deploy: the post step deletes the endpoint, stops the stage, writes a final cancelled record and says why', async () => {
    const first = leg('5101');
    expect((await runAction('dist/run/index.js', first)).outputs.status).toBe('pass');

    const runId = '5102-1';
    const project = 'rt-qwen3-4b-e2e5102-1';
    const l = leg('5102', { MCC_EXAMPLE_TAMPER_AT: 'test', MCC_EXAMPLE_HANG_AT: 'test' });
    l.inputs['save-local'] = first.store;
    const main = await runAction('dist/run/index.js', l);
    expect(main.signal).toBe('SIGKILL');
    // what the runner gives the post step: the last value of each name, all blank
    expect(main.state['project-name']).toBe('');
    expect(main.state['project-name-mac']).toBe('');
    expect(main.state['run-id']).toBe('');
    expect(await resourcesNamed(project)).toHaveLength(3);
    expect(await record()).toMatchObject({ testStatus: 'running', runId });
    expect(marked(runId).length).toBeGreaterThan(0);

    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      inputs: l.inputs,
      env: { ...l.env, ...stateEnv(main.state) },
    });
    expect(post.code).toBe(0);
    expect(await resourcesNamed(project)).toEqual([]);
    expect(marked(runId)).toEqual([]);
    const warning = `::warning::the main step's teardown state is missing (blanked by a stage, or never written), and main ended without finishing: the post step tore down ${project} as its own inputs give it (config rt-qwen3-4b, run ${runId}) and finalised the record`;
    expect(annotations(post)).toEqual([warning]);
    expect(post.summary).toContain('> [!WARNING]');
    expect(post.summary).toContain(
      '🧹 deleted leftovers through the SageMaker API: endpoint rt-qwen3-4b-e2e5102-1, endpoint config rt-qwen3-4b-e2e5102-1, model rt-qwen3-4b-e2e5102-1',
    );
    expect(post.summary).toMatch(/🛑 stopped \d+ process\(es\) carrying this run(&#39;|')s MCC_E2E_RUN_ID/);
    expect(post.summary).toContain('📝 final result written: cancelled');
    const item = await record();
    expect(item).toMatchObject({
      testStatus: 'cancelled',
      failureClass: 'cancelled',
      previousTestStatus: 'pass',
      regression: false,
      runId,
    });
    expect(item.errorMessage).toBe(
      "Killed: the main step ended while the run was in progress and the main step's teardown state is missing (blanked by a stage, or never written); the post step tore the project down from its own inputs (the stages' records are lost)",
    );
    const result = JSON.parse(
      readFileSync(join(first.store, 'runs', 'ci', runId, 'rt-qwen3-4b', 'result.json'), 'utf8'),
    ) as { status: string; projectName: string };
    expect(result).toMatchObject({ status: 'cancelled', projectName: project });
  }, 240_000);

  it('forged state (every value another, every signature wrong): the post step ignores it, tears down the derived project and finalises the record', async () => {
    const runId = '5201-1';
    const project = 'rt-qwen3-4b-e2e5201-1';
    const l = leg('5201', {
      MCC_EXAMPLE_TAMPER_AT: 'test',
      MCC_EXAMPLE_TAMPER: 'forge',
      MCC_EXAMPLE_HANG_AT: 'test',
    });
    const main = await runAction('dist/run/index.js', l);
    expect(main.signal).toBe('SIGKILL');
    expect(main.state['project-name']).toBe('forged-project-name');
    expect(main.state['project-dir']).toBe('forged-project-dir');
    expect(await resourcesNamed(project)).toHaveLength(3);

    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      inputs: l.inputs,
      env: { ...l.env, ...stateEnv(main.state) },
    });
    expect(post.code).toBe(0);
    expect(await resourcesNamed(project)).toEqual([]);
    expect(marked(runId)).toEqual([]);
    const [ignored, tore] = annotations(post);
    expect(ignored).toMatch(
      /^::warning::the post-step state project-name, project-dir, .* was not written by the main step \(a stage wrote GITHUB_STATE\?\): ignored$/,
    );
    expect(tore).toContain(
      `::warning::the main step's teardown state was tampered with (project-name, project-dir,`,
    );
    expect(tore).toContain(`the post step tore down ${project} as its own inputs give it`);
    // the derived project's own do/clean ran, not anything the forged project-dir names
    expect(post.summary).toMatch(/✅ ran `do\/clean all --force`: (it passed|nothing to clean)/);
    expect(await record()).toMatchObject({ testStatus: 'cancelled', failureClass: 'cancelled', runId });
    expect(String((await record()).errorMessage)).toContain('tampered with');
  }, 180_000);

  it('blanked state and the leg’s catalog entry removed from the catalog file (a stage can write it): the post step does not go quiet — it stops the stage and fails, naming the project and how to find what is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-tamper-catalog-'));
    cpSync(join(ROOT, 'catalog'), join(dir, 'catalog'), { recursive: true });
    const catalogFile = join(dir, 'catalog', 'e2e-catalog.json');
    const runId = '5501-1';
    const project = 'rt-qwen3-4b-e2e5501-1';
    const l = leg('5501', { MCC_EXAMPLE_TAMPER_AT: 'test', MCC_EXAMPLE_HANG_AT: 'test' }, dir);
    const inputs = { ...l.inputs, catalog: catalogFile };
    const main = await runAction('dist/run/index.js', { ...l, inputs });
    expect(main.signal).toBe('SIGKILL');
    expect(await resourcesNamed(project)).toHaveLength(3);
    // what the stage would do next: the entry gone, so the post step cannot derive the leg from the catalog
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { configs: { id: string }[] };
    catalog.configs = catalog.configs.filter((c) => c.id !== 'rt-qwen3-4b');
    writeFileSync(catalogFile, JSON.stringify(catalog));

    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      inputs,
      env: { ...l.env, ...stateEnv(main.state) },
    });
    expect(marked(runId)).toEqual([]);
    expect(post.code).toBe(1);
    expect(post.stdout).not.toMatch(/^Nothing to tear down/m);
    expect(annotations(post).at(-1)).toBe(
      `::error::the main step ended without finishing and left no teardown state to trust, and the post step cannot tell where ${project} was deployed: the catalog no longer gives input config rt-qwen3-4b (unknown config id "rt-qwen3-4b" in ${catalogFile}) — was it rewritten since the main step read it? Find and delete what is left with \`mcc-e2e sweep\`, or look with: aws sagemaker list-endpoints --name-contains ${project} (in each region you deploy to); the run's record may still say running`,
    );
    expect(post.stdout).toMatch(/🛑 stopped \d+ process\(es\) carrying this run's MCC_E2E_RUN_ID/);
  }, 240_000);

  it('blanked state on a config-id leg and the catalog file rewritten to map its configId to another entry: the post step deletes nothing of the other leg (same run token) and fails, naming what main ran', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-tamper-configid-'));
    cpSync(join(ROOT, 'catalog'), join(dir, 'catalog'), { recursive: true });
    const catalogFile = join(dir, 'catalog', 'e2e-catalog.json');
    // another leg of the same run (another runner), deployed and under test: its names share the run token
    const otherLeg = 'rt-qwen3-06b-e2e5601-1';
    await sagemaker.send(
      new CreateModelCommand({
        ModelName: otherLeg,
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
        PrimaryContainer: { Image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/x:latest' },
      }),
    );
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: otherLeg,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: otherLeg,
            InstanceType: 'ml.g4dn.xlarge',
            InitialInstanceCount: 1,
          },
        ],
      }),
    );
    await sagemaker.send(new CreateEndpointCommand({ EndpointName: otherLeg, EndpointConfigName: otherLeg }));
    const l = leg('5601', { MCC_EXAMPLE_TAMPER_AT: 'test', MCC_EXAMPLE_HANG_AT: 'test' }, dir);
    const inputs = { ...l.inputs, config: '', 'config-id': CONFIG_ID, catalog: catalogFile };
    const main = await runAction('dist/run/index.js', { ...l, inputs });
    expect(main.signal).toBe('SIGKILL');
    const named = async (prefix: string) =>
      (await resourcesNamed(prefix)).filter((n) => n?.startsWith(prefix));
    expect(await named('rt-qwen3-4b-e2e5601-1')).toHaveLength(3);
    // what the stage would do next: the entry of CONFIG_ID renamed to the other leg's catalog id
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { configs: { id: string }[] };
    catalog.configs = catalog.configs
      .filter((c) => c.id !== 'rt-qwen3-06b')
      .map((c) => (c.id === 'rt-qwen3-4b' ? { ...c, id: 'rt-qwen3-06b' } : c));
    writeFileSync(catalogFile, JSON.stringify(catalog));

    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      inputs,
      env: { ...l.env, ...stateEnv(main.state) },
    });
    for (const pid of marked('5601-1')) process.kill(pid, 'SIGKILL');
    expect(await named(otherLeg)).toHaveLength(3);
    expect(post.code).toBe(1);
    expect(annotations(post).at(-1)).toBe(
      `::error::the main step ended without finishing and left no teardown state to trust, and input config-id ${CONFIG_ID} now gives catalog entry rt-qwen3-06b, not rt-qwen3-4b that the main step ran — was the catalog rewritten since the main step read it? Nothing was deleted by name (${otherLeg} may be another leg's); find what is left with \`mcc-e2e sweep\`, or look with: aws sagemaker list-endpoints --name-contains rt-qwen3-4b-e2e5601-1`,
    );
  }, 240_000);

  it('blanked state and the leg’s entry rewritten to another leg’s configuration (its configId): the other leg’s running record is not finalised by this post step', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-tamper-record-'));
    cpSync(join(ROOT, 'catalog'), join(dir, 'catalog'), { recursive: true });
    const catalogFile = join(dir, 'catalog', 'e2e-catalog.json');
    const l = leg('5701', { MCC_EXAMPLE_TAMPER_AT: 'test', MCC_EXAMPLE_HANG_AT: 'test' }, dir);
    const inputs = { ...l.inputs, catalog: catalogFile };
    const main = await runAction('dist/run/index.js', { ...l, inputs });
    expect(main.signal).toBe('SIGKILL');
    // another leg of the same run, running on another runner: its record says so
    const other = loadCatalog(catalogFile).entries.find((e) => e.id === 'rt-qwen3-06b');
    const otherRecord = {
      configId: other?.configId,
      testStatus: 'running',
      runId: '5701-1',
      e2eCatalogId: 'rt-qwen3-06b',
    };
    await documentClient(moto()).send(new PutCommand({ TableName: TABLE, Item: otherRecord }));
    // what the stage would do next: this leg's entry made the other's configuration (and the other gone)
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { configs: { id: string }[] };
    const otherRaw = catalog.configs.find((c) => c.id === 'rt-qwen3-06b');
    catalog.configs = catalog.configs
      .filter((c) => c.id !== 'rt-qwen3-06b')
      .map((c) => (c.id === 'rt-qwen3-4b' ? { ...otherRaw, id: 'rt-qwen3-4b' } : c));
    writeFileSync(catalogFile, JSON.stringify(catalog));

    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      inputs,
      env: { ...l.env, ...stateEnv(main.state) },
    });
    expect(marked('5701-1')).toEqual([]);
    // this leg's own project (its name comes from input config) is still torn down
    expect(
      (await resourcesNamed('rt-qwen3-4b-e2e5701-1')).filter((n) => n?.startsWith('rt-qwen3-4b-e2e5701-1')),
    ).toEqual([]);
    const item = (
      await documentClient(moto()).send(
        new GetCommand({ TableName: TABLE, Key: { configId: other?.configId } }),
      )
    ).Item;
    expect(item).toEqual(otherRecord);
    expect(post.stdout).not.toContain('📝 final result written');
  }, 240_000);

  it('a run that never started a project: the post step is quiet and asks AWS nothing (dry run, catalog that fails validation)', async () => {
    const proxy = await startFaultProxy(moto().url, []);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'mcc-tamper-quiet-'));
      writeFileSync(join(dir, 'bad.json'), '{"configs": [{"id": 7}]}');
      const variants: Record<string, string>[] = [{ 'dry-run': 'true' }, { catalog: join(dir, 'bad.json') }];
      for (const inputs of variants) {
        const l = leg('5301', { AWS_ENDPOINT_URL: proxy.url });
        const main = await runAction('dist/run/index.js', { ...l, inputs: { ...l.inputs, ...inputs } });
        expect(main.state['project-name']).toBeUndefined();
        const post = await runAction('dist/cleanup/index.js', {
          dir: main.dir,
          inputs: { ...l.inputs, ...inputs },
          env: { ...l.env, ...stateEnv(main.state) },
        });
        expect(post.code).toBe(0);
        expect(annotations(post)).toEqual([]);
        expect(post.stdout).toMatch(/^Nothing to tear down: /m);
        expect(post.summary).toBe(main.summary);
      }
      expect(proxy.calls()).toBe(0);
    } finally {
      await proxy.close();
    }
  }, 120_000);

  it('a missing benchmark bucket stops the run before any stage, naming the input; the post step stays quiet', async () => {
    const l = leg('5401');
    const inputs = { ...l.inputs, 'benchmark-bucket': 'no-such-benchmark-bucket' };
    const main = await runAction('dist/run/index.js', { ...l, inputs });
    expect(main.code).toBe(1);
    expect(annotations(main)).toEqual([
      '::error::input benchmark-bucket no-such-benchmark-bucket (us-west-2): the bucket does not exist — create it (infra/ deploys it with EnableBenchmarkInfra=true: stack output BenchmarkBucket), fix input benchmark-bucket, or leave input benchmark-bucket empty to keep the Parquet results in the local store',
    ]);
    expect(main.state['project-name']).toBeUndefined();
    expect(await record()).toBeUndefined();
    const post = await runAction('dist/cleanup/index.js', {
      dir: main.dir,
      inputs,
      env: { ...l.env, ...stateEnv(main.state) },
    });
    expect(post.code).toBe(0);
    expect(annotations(post)).toEqual([]);
    expect(post.stdout).toMatch(/^Nothing to tear down: the main step started no project/m);
  }, 60_000);

  it('the CLI: a missing --benchmark-bucket stops the run before any stage, naming the flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-bench-bucket-'));
    const run = await runCli(
      [
        'run',
        '--config',
        'rt-qwen3-4b',
        '--benchmark-bucket',
        'no-such-benchmark-bucket',
        '--generator',
        GENERATOR,
        '--workspace',
        join(dir, 'ws'),
        '--save-local',
        join(dir, 'store'),
      ],
      { env: moto().env },
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'mcc-e2e: --benchmark-bucket no-such-benchmark-bucket (us-west-2): the bucket does not exist — create it (infra/ deploys it with EnableBenchmarkInfra=true: stack output BenchmarkBucket), fix --benchmark-bucket, or leave --benchmark-bucket empty to keep the Parquet results in the local store',
    );
    expect(run.stdout).not.toMatch(/generate/);
  }, 60_000);
});
