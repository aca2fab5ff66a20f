import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { configurationOf, joinRecords, mccConfigId } from '../../src/results/join.js';
import { NEVER_TESTED, type CiRecord } from '../../src/results/record.js';
import { selectByStatus } from '../../src/catalog/select-by-status.js';
import { buildCoverage } from '../../src/report/coverage.js';
import { renderCoverageText } from '../../src/report/text.js';
import { renderCoverageMarkdown } from '../../src/report/markdown.js';
import { at, entryOf, recordOf, shippedCatalog } from '../helpers/report-fixtures.js';

const catalog = shippedCatalog();
const qwen = entryOf(catalog, 'rt-qwen3-06b');

/** MCC 1.6.0's `do/register --ci` item for the project it generates from this entry's args. */
const MCC_ID = createHash('sha256')
  .update('transformers-vllm:Qwen/Qwen3-0.6B:ml.g5.xlarge:us-west-2:realtime-inference:ic1:adapt0')
  .digest('hex')
  .slice(0, 16);
const mccRegistered: CiRecord = {
  configId: MCC_ID,
  schemaVersion: 1,
  configJson: JSON.stringify({
    projectName: 'qwen-project',
    deploymentConfig: 'transformers-vllm',
    architecture: 'transformers',
    backend: 'vllm',
    modelName: 'Qwen/Qwen3-0.6B',
    instanceType: 'ml.g5.xlarge',
    awsRegion: 'us-west-2',
    deploymentTarget: 'realtime-inference',
    icList: [{ name: 'default' }],
  }),
  testStatus: 'untested',
  lastTestTimestamp: NEVER_TESTED,
  deploymentConfig: 'transformers-vllm',
  projectName: 'qwen-project',
  createdAt: at(50),
} as CiRecord;

describe('joining MCC’s own records with the catalog entry they describe', () => {
  it('computes MCC’s 7-field id and reads the configuration from either configJson', () => {
    expect(mccConfigId(qwen.params)).toBe(MCC_ID);
    expect(configurationOf(mccRegistered)).toEqual(qwen.params);
    expect(configurationOf(recordOf(qwen, 'pass'))).toEqual(qwen.params);
    expect(configurationOf({ configJson: 'not json' })).toBeUndefined();
  });

  it('MCC registered after our pass: one row under the catalog id, our pass, MCC’s id named', () => {
    const joined = joinRecords([recordOf(qwen, 'pass', { minute: 10 }), mccRegistered], catalog.entries);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({
      configId: qwen.configId,
      testStatus: 'pass',
      otherConfigIds: [MCC_ID],
    });
  });

  it('the newest result wins, whichever tool wrote it', () => {
    const mccPassLater = { ...mccRegistered, testStatus: 'pass', lastTestTimestamp: at(20) };
    const [row] = joinRecords([recordOf(qwen, 'fail-deploy', { minute: 10 }), mccPassLater], catalog.entries);
    expect(row).toMatchObject({ configId: qwen.configId, testStatus: 'pass', lastTestTimestamp: at(20) });
    const [running] = joinRecords(
      [{ ...recordOf(qwen, 'running', { minute: 30 }), previousTestStatus: 'fail-deploy' }, mccPassLater],
      catalog.entries,
    );
    expect(running?.testStatus).toBe('running');
  });

  it('MCC’s 4-attribute benchmark-status item joins by its 7-field id and brings its benchmark fields', () => {
    const phantom = {
      configId: MCC_ID,
      lastBenchmarkRunId: 'bmk-1',
      lastBenchmarkTimestamp: at(60),
      lastBenchmarkStatus: 'completed',
    } as CiRecord;
    const joined = joinRecords([recordOf(qwen, 'pass', { minute: 10 }), phantom], catalog.entries);
    expect(joined).toEqual([
      expect.objectContaining({
        configId: qwen.configId,
        testStatus: 'pass',
        lastBenchmarkStatus: 'completed',
        lastBenchmarkRunId: 'bmk-1',
        otherConfigIds: [MCC_ID],
      }),
    ]);
  });

  it('a record of no catalog entry keeps its own key', () => {
    const other = { ...mccRegistered, configJson: mccRegistered.configJson.replace('0.6B', '99B') };
    expect(joinRecords([other], catalog.entries)).toEqual([other]);
  });

  it('plan --select untested: MCC’s untested item alone selects the entry, our pass after it does not', () => {
    const ids = (records: CiRecord[]) => selectByStatus([qwen], records, 'untested').map((e) => e.id);
    expect(ids([mccRegistered])).toEqual(['rt-qwen3-06b']);
    expect(ids([mccRegistered, recordOf(qwen, 'pass', { minute: 10 })])).toEqual([]);
    expect(ids([recordOf(qwen, 'pass', { minute: 10 }), mccRegistered])).toEqual([]);
  });

  it('report: one row, counted once, no "not in catalog", MCC’s id shown, never-tested epoch hidden', () => {
    const model = buildCoverage({
      entries: [qwen],
      records: joinRecords([mccRegistered], catalog.entries),
      history: new Map(),
      source: 'test',
    });
    expect(model.configs).toHaveLength(1);
    expect(model.configs[0]).toMatchObject({ status: 'untested', otherConfigIds: [MCC_ID] });
    expect(model.configs[0]?.lastTest).toBeUndefined();
    expect(model.notInCatalog).toEqual([]);
    expect(model.summary).toMatchObject({ total: 1, untested: 1 });
    const text = renderCoverageText(model);
    expect(text).toMatch(new RegExp(`^ {2}rt-qwen3-06b\\s+${MCC_ID}$`, 'm'));
    expect(text).not.toContain('1970');
    expect(renderCoverageMarkdown(model, { fullReportAt: 'x', maxBytes: 60_000 })).toContain(
      `| rt-qwen3-06b | ${MCC_ID} |`,
    );
  });
});
