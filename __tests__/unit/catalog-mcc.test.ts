import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../helpers/catalog.js';
import { ROOT } from '../helpers/runner.js';
import { SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';
import { mccRejections, type TuneCatalog } from '../../src/catalog/mcc-compat.js';
import { resolveStages } from '../../src/lifecycle/resolve.js';
import { locateProblems } from '../../src/catalog/validate.js';

/**
 * Catalogs both ways, against MCC 1.6.0's own code run for real: its catalog validator
 * (src/lib/e2e-catalog-validator.js) and its E2E recorder's configId derivation.
 */
const MCC = join(ROOT, 'node_modules/@aws/ml-container-creator');
const TUNE_CATALOG_FILE = join(MCC, 'config/tune-catalog.json');
const tuneCatalog = JSON.parse(readFileSync(TUNE_CATALOG_FILE, 'utf8')) as TuneCatalog;

interface MccValidator {
  validateCatalog: (
    catalog: unknown,
    options: { tuneCatalogPath: string },
  ) => { valid: boolean; errors?: { path: string; message: string }[] };
}
interface MccRecorder {
  E2ECIRecorder: { prototype: { deriveConfigId: (entry: unknown) => string } };
}
const mccValidator = (): Promise<MccValidator> =>
  import(join(MCC, 'src/lib/e2e-catalog-validator.js')) as Promise<MccValidator>;
const mccRecorder = (): Promise<MccRecorder> =>
  import(join(MCC, 'src/lib/e2e-ci-recorder.js')) as Promise<MccRecorder>;

const FIXTURES = join(ROOT, '__tests__/fixtures/mcc-catalog');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const SHIPPED = readFileSync(join(SHIPPED_CATALOG_DIR, 'e2e-catalog.json'), 'utf8');

/** Problems per entry index: MCC's paths are /configs/<i>/…, ours $.configs[<i>]…. */
const perEntry = (paths: string[]): Record<string, number> =>
  paths.reduce<Record<string, number>>((counts, path) => {
    const index = /configs(?:\/|\[)(\d+)/.exec(path)?.[1] ?? 'root';
    counts[index] = (counts[index] ?? 0) + 1;
    return counts;
  }, {});

describe('catalogs in MCC’s published format', () => {
  it.each(['published.json', 'generic-steps.json'])(
    '%s is accepted by MCC’s own validator and by ours',
    async (name) => {
      const text = fixture(name);
      const mcc = (await mccValidator()).validateCatalog(JSON.parse(text), {
        tuneCatalogPath: TUNE_CATALOG_FILE,
      });
      expect(mcc).toEqual({ valid: true });
      expect(validate(text).problems).toEqual([]);
      expect(mccRejections(JSON.parse(text), tuneCatalog)).toEqual([]);
    },
  );

  it('an entry without --region gets MCC’s us-west-2, and every configId is the one MCC’s E2E recorder derives', async () => {
    const { E2ECIRecorder } = await mccRecorder();
    for (const name of ['published.json', 'generic-steps.json']) {
      const raw = (JSON.parse(fixture(name)) as { configs: unknown[] }).configs;
      const entries = validate(fixture(name)).catalog?.entries ?? [];
      expect(entries).toHaveLength(raw.length);
      entries.forEach((entry, i) => {
        expect(entry.configId).toBe(E2ECIRecorder.prototype.deriveConfigId.call({}, raw[i]));
      });
    }
    const llama = validate(fixture('published.json')).catalog?.entries.find((e) => e.id === 'rt-llama32-1b');
    expect(llama?.params.region).toBe('us-west-2');
    expect(llama?.argv.some((a) => a.startsWith('--region'))).toBe(false);
  });

  it('MCC’s generic step names run the do/ script MCC’s runner runs (rows of the stage table)', () => {
    const entries = validate(fixture('generic-steps.json')).catalog?.entries ?? [];
    const argvOf = (id: string) =>
      Object.fromEntries(
        resolveStages(entries.find((e) => e.id === id) as (typeof entries)[number], {
          generator: ['mcc'],
          projectName: 'p',
        }).map((s) => [s.name, s.argv]),
      );
    expect(argvOf('rt-qwen3-17b-adapters')).toMatchObject({
      'adapter-add': ['./do/adapter', 'add', 'tuned-sft', '--from-tune', 'sft'],
      'test-adapter': ['./do/test', '--adapter', 'tuned-sft'],
      'adapter-list': ['./do/adapter', 'list'],
      'adapter-remove': ['./do/adapter', 'remove'],
      clean: ['./do/clean', 'all', '--force'],
    });
    expect(argvOf('rt-qwen3-4b-codebuild')).toMatchObject({
      validate: ['./do/validate'],
      submit: ['./do/submit'],
      status: ['./do/status'],
    });
    const withTestFlag = validate(
      JSON.stringify({
        configs: [
          {
            ...JSON.parse(fixture('generic-steps.json')).configs[1],
            lifecycle: ['deploy', 'test-load', 'clean'],
          },
        ],
      }),
    ).catalog?.entries[0];
    expect(
      withTestFlag && resolveStages(withTestFlag, { generator: ['mcc'], projectName: 'p' })[2]?.argv,
    ).toEqual(['./do/test', '--load']);
  });

  it('a step naming no do/ script MCC generates, or a tune without a technique, is still an error', () => {
    const base = JSON.parse(fixture('generic-steps.json')).configs[1];
    const problems = validate(
      JSON.stringify({ configs: [{ ...base, lifecycle: ['deploy', 'smoke-run', 'tune-foo', 'clean'] }] }),
    ).problems.map((p) => `${p.path} ${p.message.split(' — ')[0]}`);
    expect(problems).toEqual([
      '$.configs[0].lifecycle[1] unknown stage "smoke-run"',
      '$.configs[0].lifecycle[2] unknown stage "tune-foo"',
    ]);
  });
});

describe('validate --mcc lists exactly what MCC’s validator rejects', () => {
  it.each([
    ['the shipped catalog', SHIPPED],
    ['a catalog using our extensions', fixture('rejected-by-mcc.json')],
  ])('%s: the same entries, each with as many problems as MCC reports', async (_name, text) => {
    const data: unknown = JSON.parse(text);
    const mcc = (await mccValidator()).validateCatalog(data, { tuneCatalogPath: TUNE_CATALOG_FILE });
    const ours = mccRejections(data, tuneCatalog);
    expect(perEntry(locateProblems(text, ours).map((p) => p.path))).toEqual(
      perEntry((mcc.errors ?? []).map((e) => e.path)),
    );
  });

  it('on the shipped catalog: the five entries with env and the notes of the two whose model MCC cannot tune; no tune problem', () => {
    const problems = locateProblems(SHIPPED, mccRejections(JSON.parse(SHIPPED), tuneCatalog));
    const ids = (JSON.parse(SHIPPED) as { configs: { id: string }[] }).configs.map((c) => c.id);
    expect(
      problems.map(
        (p) => `${ids[Number(/\d+/.exec(p.path)?.[0])]} ${p.path.replace(/^\$\.configs\[\d+\]/, '')}`,
      ),
    ).toEqual([
      'rt-qwen3-4b .env',
      'rt-qwen3-14b .env',
      'rt-qwen25-14b .env',
      'rt-dsr1-qwen-14b .env',
      'rt-nemotron3-nano-30b .notes',
      'rt-nemotron3-nano-30b-tp4 .notes',
      'rt-nemotron3-nano-30b-tp4 .env',
    ]);
    expect(problems[0]?.message).toContain(`MCC's validator rejects the field "env"`);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('names each reason: missing tuneId, array args, our fields, an unknown tuneId and an unsupported technique', () => {
    const text = fixture('rejected-by-mcc.json');
    expect(locateProblems(text, mccRejections(JSON.parse(text), tuneCatalog)).map((p) => p.path)).toEqual([
      '$.configs[0].env',
      '$.configs[0].tuneConfig.tuneId',
      '$.configs[0].tuneConfig',
      '$.configs[1].benchmark',
      '$.configs[1].notes',
      '$.configs[1].args',
      '$.configs[2].schedule',
      '$.configs[2].tuneConfig.technique',
      '$.configs[3].tuneConfig.tuneId',
    ]);
  });
});

describe('the shipped catalog’s tuneIds', () => {
  it('an entry has a tuneId exactly when MCC’s generator finds its model in the tune catalog, and it is that model’s', async () => {
    const { isTuneSupported, lookupModel } = (await import(
      join(MCC, 'src/lib/tune-catalog-validator.js')
    )) as {
      isTuneSupported: (model: string, catalog: TuneCatalog) => boolean;
      lookupModel: (model: string, catalog: TuneCatalog) => unknown;
    };
    const entries = validate(SHIPPED).catalog?.entries ?? [];
    expect(entries).toHaveLength(28);
    const mccTuneId = (model: string): string | undefined => {
      if (!isTuneSupported(model, tuneCatalog)) return undefined;
      const found = lookupModel(model, tuneCatalog);
      return Object.entries(tuneCatalog.models).find(([, m]) => m === found)?.[0];
    };
    expect(entries.map((e) => [e.id, e.tuneConfig?.tuneId])).toEqual(
      entries.map((e) => [e.id, mccTuneId(e.params.modelName)]),
    );
    // MCC 1.6.0 does not find the Nemotron model for tuning (TUNE_SUPPORTED=false, do/tune refuses
    // even with --model): those two entries have no tune or adapter step at all, and say why
    const untuned = entries.filter((e) => !e.lifecycle.some((s) => s.startsWith('tune-')));
    expect(untuned.map((e) => [e.id, mccTuneId(e.params.modelName)])).toEqual([
      ['rt-nemotron3-nano-30b', undefined],
      ['rt-nemotron3-nano-30b-tp4', undefined],
    ]);
    for (const e of untuned) {
      expect(e.lifecycle).toEqual(['build', 'push', 'deploy', 'test', 'clean']);
      expect([e.tuneConfig, e.notes]).toEqual([undefined, expect.stringContaining('TUNE_SUPPORTED=false')]);
    }
    expect(entries.filter((e) => e.tuneConfig?.tuneId === undefined)).toEqual(untuned);
    for (const e of entries.filter((x) => x.tuneConfig?.tuneId)) {
      const techniques = tuneCatalog.models[e.tuneConfig?.tuneId as string]?.techniques;
      expect(techniques?.[e.tuneConfig?.technique as string]?.trainingTypes).toContain(
        e.tuneConfig?.trainingType,
      );
    }
  });
});
