import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  derivedName,
  makeProjectName,
  makeRunToken,
  MAX_PROJECT_NAME,
  MCC_DERIVED_NAMES,
} from '../../src/lifecycle/project-name.js';
import { parseProjectName } from '../../src/aws/sweep.js';
import { loadCatalog, SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';

const SHIPPED_IDS = loadCatalog(join(SHIPPED_CATALOG_DIR, 'e2e-catalog.json')).entries.map((e) => e.id);
const GITHUB_TOKEN = '19876543210-1';

describe('project names: unique for any valid id, short enough for MCC’s derived names, recognisable, marked as ours', () => {
  const shared = `rt-${'a'.repeat(57)}`; // 60 characters
  const [one, two] = [`${shared}-one`, `${shared}-two`];

  it('two ids sharing their first 60 characters get different names', () => {
    const names = [makeProjectName(one, '1234567890-1'), makeProjectName(two, '1234567890-1')];
    expect(names[0]).not.toBe(names[1]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(MAX_PROJECT_NAME);
      expect(name.startsWith('rt-aaaa')).toBe(true);
      expect(name.endsWith('-e2e1234567890-1')).toBe(true);
    }
  });

  it('a short id is kept whole', () => {
    expect(makeProjectName('rt-qwen3-4b', '501-1')).toBe('rt-qwen3-4b-e2e501-1');
    expect(makeProjectName('rt-qwen3-4b', GITHUB_TOKEN)).toBe('rt-qwen3-4b-e2e19876543210-1');
  });

  it('the cap is what MCC’s longest suffix leaves of 63: its benchmark config `-benchmark-config-<YYYYmmdd-HHMMSS>`', () => {
    expect(MAX_PROJECT_NAME).toBe(30);
    const tightest = MCC_DERIVED_NAMES.filter((d) => d.limit - derivedName(d.template, '').length === 30);
    expect(tightest.map((d) => d.at)).toEqual(['benchmark:1217']);
  });

  it('every shipped id under a GitHub token (and a CLI token): every derived name within its limit, all distinct', () => {
    const cliToken = makeRunToken({}, new Date('2026-12-02T03:00:00Z'));
    for (const token of [GITHUB_TOKEN, '198765432101-10', cliToken]) {
      const names = SHIPPED_IDS.map((id) => makeProjectName(id, token));
      expect(new Set(names).size).toBe(SHIPPED_IDS.length);
      for (const name of names) {
        expect(name.endsWith(`-e2e${token}`)).toBe(true);
        for (const d of MCC_DERIVED_NAMES)
          expect([d.at, derivedName(d.template, name).length <= d.limit]).toEqual([d.at, true]);
      }
    }
  });

  it('an id that does not fit is cut with a hash of the whole id; one that fits is not touched', () => {
    expect(makeProjectName('rt-nemotron3-nano-30b-tp4', GITHUB_TOKEN)).toMatch(
      /^rt-nem-[0-9a-f]{6}-e2e19876543210-1$/,
    );
    expect(makeProjectName('rt-nemotron3-nano-30b', GITHUB_TOKEN)).not.toBe(
      makeProjectName('rt-nemotron3-nano-30b-tp4', GITHUB_TOKEN),
    );
    expect(makeProjectName('rt-qwen25-14b', GITHUB_TOKEN)).toBe('rt-qwen25-14b-e2e19876543210-1');
  });

  it('the same run gets the same project every time (main, post step and sweep compute it apart)', () => {
    for (const id of SHIPPED_IDS)
      expect(
        makeProjectName(id, makeRunToken({ GITHUB_RUN_ID: '19876543210', GITHUB_RUN_ATTEMPT: '1' })),
      ).toBe(makeProjectName(id, GITHUB_TOKEN));
  });

  it('a token that leaves no room for the id is refused in words, not cut into a wrong name', () => {
    expect(() => makeProjectName('rt-nemotron3-nano-30b-tp4', '1234567890123456789-1')).toThrow(
      /run token 1234567890123456789-1 is too long: a project name has 30 characters/,
    );
  });

  it('the sweep maps a name (and MCC’s derived names) back to its catalog id and run', () => {
    const name = makeProjectName(two, '1234567890-1');
    expect(parseProjectName(name, [one, two])).toEqual({ catalogId: two, runToken: '1234567890-1' });
    expect(
      parseProjectName(`${makeProjectName('rt-qwen3-4b', '501-1')}-endpoint-1700000000`, ['rt-qwen3-4b']),
    ).toEqual({
      catalogId: 'rt-qwen3-4b',
      runToken: '501-1',
    });
    for (const handMade of ['rt-qwen3-4b-production', 'rt-qwen3-4b-2024-06', 'rt-qwen3-4b-manualtesting'])
      expect(parseProjectName(handMade, ['rt-qwen3-4b'])).toBeUndefined();
    const cut = makeProjectName('rt-nemotron3-nano-30b-tp4', GITHUB_TOKEN);
    // what sweep lists is SageMaker's (ECR tags are not swept)
    for (const d of MCC_DERIVED_NAMES.filter((row) => row.resource !== 'ECR image tag'))
      expect(parseProjectName(derivedName(d.template, cut), SHIPPED_IDS)).toEqual({
        catalogId: 'rt-nemotron3-nano-30b-tp4',
        runToken: GITHUB_TOKEN,
      });
  });

  it('the sweep still recognises what a v1 run (names cut at 63) left, and no hand-made lookalike', () => {
    expect(
      parseProjectName('rt-nemotron3-nano-30b-tp4-e2e19876543210-1-endpoint-1764640000', SHIPPED_IDS),
    ).toEqual({
      catalogId: 'rt-nemotron3-nano-30b-tp4',
      runToken: GITHUB_TOKEN,
    });
    expect(parseProjectName('rt-nemotron3-nano-30b-tp4-e2e-manual', SHIPPED_IDS)).toBeUndefined();
    expect(
      parseProjectName('x-e2eaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', SHIPPED_IDS),
    ).toBeUndefined();
  });
});
