import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runProcess } from '../../src/lifecycle/process.js';
import { Scrubber } from '../../src/lifecycle/scrub.js';
import { exampleEntry, runExample } from '../helpers/example.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // a zombie is gone for every purpose that matters here
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function waitForFile(file: string): Promise<string> {
  for (let i = 0; i < 100 && !existsSync(file); i++) await sleep(50);
  return readFileSync(file, 'utf8');
}

describe('stage processes never outlive their stage', () => {
  it('after a timeout, a grandchild that ignores SIGTERM is killed too', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'mcc-pid-')), 'grandchild.pid');
    const run = await runExample(exampleEntry({}, { timeout: 2 }), {
      env: {
        MCC_EXAMPLE_GRANDCHILD_AT: 'deploy',
        MCC_EXAMPLE_HANG_AT: 'deploy',
        MCC_EXAMPLE_PID_FILE: pidFile,
      },
      killGraceSeconds: 1,
    });
    expect(run.result.status).toBe('fail-deploy');
    const pid = Number(await waitForFile(pidFile));
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
  });

  it('a grandchild left running by a stage that exits normally is killed when the stage ends', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'mcc-pid-')), 'grandchild.pid');
    const run = await runExample(exampleEntry(), {
      env: { MCC_EXAMPLE_GRANDCHILD_AT: 'build', MCC_EXAMPLE_PID_FILE: pidFile },
    });
    expect(run.result.status).toBe('pass');
    const pid = Number(await waitForFile(pidFile));
    expect(alive(pid)).toBe(false);
  });

  it('runs argv without a shell: metacharacters are plain arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-argv-'));
    const logFile = join(dir, 'log');
    const outcome = await runProcess({
      argv: [
        process.execPath,
        '-e',
        'console.log(JSON.stringify(process.argv.slice(1)))',
        '$(touch pwned)',
        ';',
        'rm -rf /',
      ],
      cwd: dir,
      env: process.env,
      timeoutSeconds: 10,
      killGraceSeconds: 1,
      logFile,
      scrubber: new Scrubber(),
    });
    expect(outcome.exitCode).toBe(0);
    expect(readFileSync(logFile, 'utf8').trim()).toBe(JSON.stringify(['$(touch pwned)', ';', 'rm -rf /']));
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('closes stdin and reports a missing command clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-argv-'));
    const stdin = await runProcess({
      argv: [
        process.execPath,
        '-e',
        'process.stdin.on("data", () => {}).on("end", () => console.log("stdin closed"))',
      ],
      cwd: dir,
      env: process.env,
      timeoutSeconds: 10,
      killGraceSeconds: 1,
      logFile: join(dir, 'stdin.log'),
      scrubber: new Scrubber(),
    });
    expect(stdin.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'stdin.log'), 'utf8')).toContain('stdin closed');
    const missing = await runProcess({
      argv: ['./do/nothing'],
      cwd: dir,
      env: process.env,
      timeoutSeconds: 10,
      killGraceSeconds: 1,
      logFile: join(dir, 'm.log'),
      scrubber: new Scrubber(),
    });
    expect(missing.spawnError).toBe('./do/nothing: not found');
  });
});
