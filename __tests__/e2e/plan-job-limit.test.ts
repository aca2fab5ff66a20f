/**
 * Hosted-runner limits: GitHub-hosted jobs stop at 360 minutes whatever `timeout-minutes` says.
 * `max-job-minutes` (action input, default 350) / `--max-job-minutes` (CLI) clamps every leg's
 * timeout-minutes and names the legs whose worst case needs more: they need self-hosted runners.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction, runCli } from '../helpers/runner.js';

interface PlanJson {
  ids: string[];
  matrix: { include: { id: string; 'timeout-minutes': number; 'job-budget-minutes': number }[] };
  entries: { id: string; timeoutMinutes: number; worstCaseMinutes: number }[];
  maxJobMinutes?: number;
  overMaxJobMinutes: { id: string; worstCaseMinutes: number }[];
}

async function planJson(...args: string[]): Promise<PlanJson> {
  const run = await runCli(['plan', ...args, '--json']);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as PlanJson;
}

describe('plan --max-job-minutes (CLI bundle)', () => {
  it('plan --tier weekly --max-job-minutes 350 --json: no leg above 350, and the legs that need more by name', async () => {
    const unlimited = await planJson('--tier', 'weekly');
    const needMore = unlimited.matrix.include.filter((l) => l['timeout-minutes'] > 350);
    expect(needMore.length).toBeGreaterThan(0); // the weekly tier's worst case is over 6 hours

    const plan = await planJson('--tier', 'weekly', '--max-job-minutes', '350');
    expect(Math.max(...plan.matrix.include.map((l) => l['timeout-minutes']))).toBeLessThanOrEqual(350);
    expect(plan.maxJobMinutes).toBe(350);
    expect(plan.overMaxJobMinutes).toEqual(
      needMore.map((l) => ({ id: l.id, worstCaseMinutes: l['timeout-minutes'] })),
    );
    for (const e of plan.entries) expect(e.timeoutMinutes).toBe(Math.min(e.worstCaseMinutes, 350));
    // The run step's budget: the job's timeout less the 5 minutes of steps before it.
    for (const l of plan.matrix.include) expect(l['job-budget-minutes']).toBe(l['timeout-minutes'] - 5);
  });

  it('the text plan says which legs need self-hosted runners', async () => {
    const run = await runCli(['plan', '--tier', 'weekly', '--max-job-minutes', '350']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/legs can need more than max-job-minutes \(350 min\)/);
    expect(run.stdout).toContain('self-hosted runners');
    expect(run.stdout).toMatch(/350 min \(needs \d+: self-hosted\)/);
  });

  it('without the flag nothing is clamped and no leg is named', async () => {
    const plan = await planJson('--tier', 'ci');
    expect(plan.overMaxJobMinutes).toEqual([]);
    expect(plan.entries.every((e) => e.timeoutMinutes === e.worstCaseMinutes)).toBe(true);
  });

  it.each(['0', '-5', 'six hours', '3.5', '29'])(
    '--max-job-minutes %s is refused with what to write',
    async (bad) => {
      const run = await runCli(['plan', '--tier', 'ci', '--max-job-minutes', bad]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `mcc-e2e: --max-job-minutes must be a whole number of minutes, at least 30 (setup, clean and the post step need about 25; GitHub-hosted jobs stop at 360, so 350 leaves room), not "${bad}"`,
      );
    },
  );
});

describe('the plan action: max-job-minutes (default 350)', () => {
  it('clamps the weekly matrix to 350, outputs the ids over it, and says so in the summary and a warning', async () => {
    const run = await runAction('dist/plan/index.js', { inputs: { tier: 'weekly' } });
    expect(run.code).toBe(0);
    const matrix = JSON.parse(run.outputs.matrix as string) as PlanJson['matrix'];
    expect(matrix.include.length).toBe(5);
    expect(Math.max(...matrix.include.map((l) => l['timeout-minutes']))).toBeLessThanOrEqual(350);
    const over = (run.outputs['over-max-job-minutes'] as string).split(',').filter(Boolean);
    expect(over.length).toBeGreaterThan(0);
    expect(run.summary).toMatch(/legs can need more than max-job-minutes \(350 min\)/);
    for (const id of over) {
      expect(run.summary).toMatch(new RegExp(`\\| ${id} \\|.*\\| 350 min \\(needs \\d+: self-hosted\\) \\|`));
      expect(run.stdout).toMatch(new RegExp(`::warning::.*${id}.*self-hosted runners`));
    }
  });

  it('an empty max-job-minutes means no limit', async () => {
    const run = await runAction('dist/plan/index.js', { inputs: { tier: 'weekly', 'max-job-minutes': '' } });
    expect(run.code).toBe(0);
    expect(run.outputs['over-max-job-minutes']).toBe('');
    const matrix = JSON.parse(run.outputs.matrix as string) as PlanJson['matrix'];
    expect(Math.max(...matrix.include.map((l) => l['timeout-minutes']))).toBeGreaterThan(360);
  });

  it('a bad max-job-minutes fails the step naming the input', async () => {
    const run = await runAction('dist/plan/index.js', { inputs: { tier: 'ci', 'max-job-minutes': '6h' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('max-job-minutes must be a whole number of minutes');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
