import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, parseCommandLine, resolveGenerator } from '../../src/lifecycle/generator.js';

describe('the generator setting', () => {
  it.each([
    ['node gen.mjs --x', ['node', 'gen.mjs', '--x']],
    ['"/opt/my gen/bin/mcc" --flag', ['/opt/my gen/bin/mcc', '--flag']],
    ["'/opt/my gen/mcc' a\\ b", ['/opt/my gen/mcc', 'a b']],
    ['["/opt/my gen/mcc", "--x=1 2"]', ['/opt/my gen/mcc', '--x=1 2']],
    ['node "a \\"quoted\\" b"', ['node', 'a "quoted" b']],
  ])('%s is the argv %j', (text, argv) => {
    expect(parseCommandLine(text, '--generator')).toEqual(argv);
  });

  it.each([
    ['"/opt/unterminated', '--generator has an unterminated " quote'],
    ['[1, 2]', '--generator as a JSON array must list the program and its arguments as non-empty strings'],
    ['["a",', '--generator looks like a JSON array but is not valid JSON'],
  ])('%s is refused clearly', (text, message) => {
    expect(() => parseCommandLine(text, '--generator')).toThrow(message);
  });

  it('looks a bare name up on PATH only, never in the checkout', () => {
    const root = mkdtempSync(join(tmpdir(), 'mcc-gen-'));
    const checkout = join(root, 'repo');
    const bin = join(root, 'bin');
    for (const dir of [checkout, bin]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'ml-container-creator'), '#!/bin/sh\n');
      chmodSync(join(dir, 'ml-container-creator'), 0o755);
    }
    const path = process.env.PATH;
    try {
      process.env.PATH = `.:${checkout.replace(root, '.')}:${bin}`;
      expect(findOnPath('ml-container-creator')).toBe(join(bin, 'ml-container-creator'));
      expect(resolveGenerator('ml-container-creator', checkout)).toEqual([join(bin, 'ml-container-creator')]);
      process.env.PATH = '/nonexistent';
      expect(resolveGenerator('', checkout)).toEqual(['ml-container-creator']);
      // a path is written as one, and anchored where the user is
      expect(resolveGenerator('./ml-container-creator --x', checkout)).toEqual([
        join(checkout, 'ml-container-creator'),
        '--x',
      ]);
    } finally {
      process.env.PATH = path;
    }
  });
});
