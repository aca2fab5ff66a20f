import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/runner.js';

function npmRunDemo(
  store: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'demo', '--', '--save-local', store], {
      cwd: ROOT,
      env: { ...process.env, AWS_ENDPOINT_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

const resultLines = (stdout: string) => stdout.split('\n').filter((l) => /^ci {4}rt-/.test(l));

describe('npm run demo', () => {
  it('runs the ci tier locally with 6 results, then flags a regression when a stage starts failing', async () => {
    const store = mkdtempSync(join(tmpdir(), 'mcc-demo-'));
    const first = await npmRunDemo(store);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`CI table not configured — results saved locally in ${store}`);
    expect(resultLines(first.stdout)).toHaveLength(6);
    expect(resultLines(first.stdout).every((l) => l.includes('✅ pass'))).toBe(true);
    expect(first.stdout).toContain('6 run | 6 passing | 0 failing');

    const second = await npmRunDemo(store, { MCC_EXAMPLE_FAIL_AT: 'rt-qwen3-4b:test-adapter' });
    expect(second.code).toBe(1);
    const lines = resultLines(second.stdout);
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.includes('rt-qwen3-4b '))).toMatch(/❌ fail-test-adapter {2}⚠️ REGRESSION/);
    expect(lines.filter((l) => l.includes('REGRESSION'))).toHaveLength(1);
    // two whole demos: on a loaded 2-core machine each can take most of a minute
  }, 180_000);
});
