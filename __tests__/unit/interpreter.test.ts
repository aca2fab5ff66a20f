import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withInterpreter } from '../../src/lifecycle/interpreter.js';
import { runProcess } from '../../src/lifecycle/process.js';
import { Scrubber } from '../../src/lifecycle/scrub.js';

/** MCC 1.6.0's do/benchmark has no #! line; exec'd as is, /bin/sh (dash) runs it and fails. */
const BASH_ONLY = 'set -euo pipefail\n[[ "$1" == --workload ]] && echo "workload $2 (bash $BASH_VERSION)"\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-shebang-'));
  mkdirSync(join(dir, 'do'));
  writeFileSync(join(dir, 'do', 'benchmark'), `# Copyright\n${BASH_ONLY}`);
  writeFileSync(join(dir, 'do', 'test'), `#!/bin/sh\necho "sh: $0"\n`);
  for (const f of ['benchmark', 'test']) chmodSync(join(dir, 'do', f), 0o755);
  return dir;
}

describe('a do/ script without a #! line', () => {
  it('runs with bash, as an argv; scripts with #!, bare commands and missing files are left alone', () => {
    const dir = project();
    expect(withInterpreter(['./do/benchmark', '--workload', 'a b'], dir)).toEqual([
      'bash',
      './do/benchmark',
      '--workload',
      'a b',
    ]);
    expect(withInterpreter(['./do/test'], dir)).toEqual(['./do/test']);
    expect(withInterpreter(['node', '-e', '0'], dir)).toEqual(['node', '-e', '0']);
    expect(withInterpreter(['./do/missing'], dir)).toEqual(['./do/missing']);
    expect(withInterpreter([process.execPath, '-e', '0'], dir)).toEqual([process.execPath, '-e', '0']);
  });

  it('the stage process runs its bash syntax and passes its arguments untouched', async () => {
    const dir = project();
    const outcome = await runProcess({
      argv: ['./do/benchmark', '--workload', 'sample; echo injected'],
      cwd: dir,
      env: process.env,
      timeoutSeconds: 30,
      killGraceSeconds: 1,
      logFile: join(dir, 'benchmark.log'),
      scrubber: new Scrubber(),
    });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.outputTail).toMatch(/^workload sample; echo injected \(bash \d/);
    expect(outcome.outputTail).not.toContain('Illegal option');
  });
});
