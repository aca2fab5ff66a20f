import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPaths, fsReason, pathProblem } from '../../src/path-checks.js';

const dir = mkdtempSync(join(tmpdir(), 'mcc-path-checks-'));
const file = join(dir, 'a-file');
writeFileSync(file, 'not a directory\n');

describe('a path the user gave, checked before anything runs', () => {
  it.each([
    [
      'a new local store is created, and no probe file is left',
      'local-store',
      join(dir, 'new/store'),
      undefined,
    ],
    [
      'a missing results directory is fine (nothing recorded yet)',
      'results-dir',
      join(dir, 'none'),
      undefined,
    ],
    [
      'a local store below a file',
      'local-store',
      join(file, 'store'),
      `--x ${join(file, 'store')} cannot hold the local store: ${file} is a file, not a directory — pass --x a directory you can write (it is created when missing), or move the file in the way`,
    ],
    [
      'a results directory that is a file',
      'results-dir',
      file,
      `--x ${file} cannot be read as a local store: ${file} is a file, not a directory — pass --x the directory of a local store (or of the downloaded leg artifacts)`,
    ],
    [
      'an output file that is a directory',
      'output-file',
      dir,
      `--x ${dir} cannot be written: ${dir} is a directory, not a file — pass --x a file path in a directory you can write`,
    ],
  ] as const)('%s', (_name, role, path, problem) => {
    expect(pathProblem({ setting: '--x', path, role })).toBe(problem);
  });

  it('leaves a new store directory empty', () => {
    expect(readdirSync(join(dir, 'new/store'))).toEqual([]);
  });

  it('a file where the local store keeps its history is named', () => {
    const store = join(dir, 'store-with-file');
    mkdirSync(store);
    writeFileSync(join(store, 'history'), '');
    expect(pathProblem({ setting: 'input save-local', path: store, role: 'local-store' })).toBe(
      `input save-local ${store} cannot hold the local store: ${join(store, 'history')} is a file, not a directory — set input save-local to a directory you can write (it is created when missing), or move the file in the way`,
    );
  });

  it('every problem at once, each naming its setting', () => {
    expect(() =>
      checkPaths([
        { setting: '--save-local', path: join(file, 'a'), role: 'local-store' },
        { setting: '--workspace', path: join(dir, 'ws'), role: 'workspace' },
        { setting: '--junit', path: join(file, 'b.xml'), role: 'output-file' },
      ]),
    ).toThrow(/^--save-local .*\n--junit .*a file path in a directory you can write$/);
    expect(existsSync(join(dir, 'ws'))).toBe(true);
  });

  // root (as these tests run) writes anywhere: these errors cannot be made here, only described
  it.each([
    ['EACCES', 'permission denied on /data/store'],
    ['EROFS', '/data/store is on a read-only file system'],
    ['ENOSPC', 'no space is left on the device of /data/store'],
  ])('%s from the file system reads as: %s', (code, said) => {
    const error = Object.assign(new Error(`${code}: raw`), { code, path: '/data/store' });
    expect(fsReason(error, '/data/store')).toBe(said);
  });
});
