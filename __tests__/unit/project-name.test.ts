import { describe, expect, it } from '@jest/globals';
import { makeProjectName } from '../../src/lifecycle/project-name.js';
import { parseProjectName } from '../../src/aws/sweep.js';

describe('project names: unique for any valid id, at most 63 characters, recognisable, marked as ours', () => {
  const shared = `rt-${'a'.repeat(57)}`; // 60 characters
  const [one, two] = [`${shared}-one`, `${shared}-two`];

  it('two ids sharing their first 60 characters get different names', () => {
    const names = [makeProjectName(one, '1234567890-1'), makeProjectName(two, '1234567890-1')];
    expect(names[0]).not.toBe(names[1]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name.startsWith('rt-aaaa')).toBe(true);
      expect(name.endsWith('-e2e1234567890-1')).toBe(true);
    }
  });

  it('a short id is kept whole', () => {
    expect(makeProjectName('rt-qwen3-4b', '501-1')).toBe('rt-qwen3-4b-e2e501-1');
  });

  it('the sweep maps a name (and MCC’s -endpoint-/-epc- suffixes) back to its catalog id and run', () => {
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
  });
});
