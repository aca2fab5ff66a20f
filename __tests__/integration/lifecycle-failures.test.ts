import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleEntry, runExample, statuses } from '../helpers/example.js';

const STAGES = [
  'generate',
  'build',
  'push',
  'deploy',
  'test',
  'tune-sft',
  'adapter-add',
  'test-adapter',
  'clean',
];
const expectStatuses = (run: Awaited<ReturnType<typeof runExample>>, expected: string[]) =>
  expect(statuses(run)).toEqual(Object.fromEntries(STAGES.map((s, i) => [s, expected[i]])));

describe('the lifecycle of the example project (real processes, local mode)', () => {
  it('passes every stage and records pass', async () => {
    const run = await runExample(exampleEntry());
    expectStatuses(run, ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(run.result.status).toBe('pass');
    expect(run.result.errorMessage).toBe('');
    expect(existsSync(join(run.artifactDir, 'logs', '03-deploy.log'))).toBe(true);
    expect(readFileSync(join(run.artifactDir, 'logs', '03-deploy.log'), 'utf8')).toContain(
      'deployed rt-test-model-',
    );
  });

  // stage failed → expected statuses of all 9 stages (P pass, F fail, S skip)
  const FAILURES: [string, string, string][] = [
    ['generate', 'FSSSSSSSS', 'fail-generate'],
    ['build', 'PFSSSSSSP', 'fail-build'],
    ['push', 'PPFSSSSSP', 'fail-push'],
    ['deploy', 'PPPFSSSSP', 'fail-deploy'],
    ['test', 'PPPPFSSSP', 'fail-test'],
    ['tune-sft', 'PPPPPFSSP', 'fail-tune-sft'],
    ['adapter-add', 'PPPPPPFSP', 'fail-adapter-add'],
    ['test-adapter', 'PPPPPPPFP', 'fail-test-adapter'],
    ['clean', 'PPPPPPPPF', 'fail-clean'],
  ];
  const LETTERS: Record<string, string> = { P: 'pass', F: 'fail', S: 'skip' };

  it.each(FAILURES)('a failure at %s', async (stage, expected, status) => {
    const run = await runExample(exampleEntry(), {
      env: { MCC_EXAMPLE_FAIL_AT: stage, MCC_EXAMPLE_EXIT_CODE: '3' },
    });
    expectStatuses(
      run,
      [...expected].map((c) => LETTERS[c] as string),
    );
    expect(run.result.status).toBe(status);
    expect(run.result.cleanFailed).toBe(false);
    const failed = run.result.stages.find((s) => s.name === stage);
    expect(failed?.exitCode).toBe(3);
    expect(failed?.error).toBe(
      `Exit 3 (contract violation: a precondition failed (e.g. no active deployment)): example: injected failure at ${stage}`,
    );
    // clean ran exactly when something after generate ran
    expect(run.result.stages.find((s) => s.name === 'clean')?.status).toBe(
      stage === 'generate' ? 'skip' : stage === 'clean' ? 'fail' : 'pass',
    );
  });

  it('keeps the first failure and sets cleanFailed when clean also fails', async () => {
    const run = await runExample(exampleEntry(), { env: { MCC_EXAMPLE_FAIL_AT: 'deploy,clean' } });
    expect(run.result.status).toBe('fail-deploy');
    expect(run.result.cleanFailed).toBe(true);
  });

  it('a timeout in deploy fails deploy, skips the rest and still cleans', async () => {
    const run = await runExample(exampleEntry({}, { timeout: 2 }), {
      env: { MCC_EXAMPLE_HANG_AT: 'deploy' },
      killGraceSeconds: 1,
    });
    expectStatuses(run, ['pass', 'pass', 'pass', 'fail', 'skip', 'skip', 'skip', 'skip', 'pass']);
    expect(run.result.status).toBe('fail-deploy');
    const deploy = run.result.stages.find((s) => s.name === 'deploy');
    expect(deploy?.error).toBe('Timeout after 2s');
    expect(deploy?.remedy).toBe(
      'the stage ran past its 2s limit: raise timeout in the catalog entry, or read the stage log for where it hung',
    );
  });

  it('a timeout in tune-sft skips only the adapter stages, with the tune timeout', async () => {
    const run = await runExample(exampleEntry({}, { timeout: 30, tuneTimeout: 2 }), {
      env: { MCC_EXAMPLE_HANG_AT: 'tune-sft' },
      killGraceSeconds: 1,
    });
    expectStatuses(run, ['pass', 'pass', 'pass', 'pass', 'pass', 'fail', 'skip', 'skip', 'pass']);
    expect(run.result.status).toBe('fail-tune-sft');
    expect(run.result.stages.find((s) => s.name === 'tune-sft')?.error).toBe('Timeout after 2s');
  });

  it('a do/tune stopped at its timeout after submitting: its job, which trains on, is stopped too', async () => {
    const stopped: string[] = [];
    const run = await runExample(exampleEntry({}, { timeout: 30, tuneTimeout: 2 }), {
      env: { MCC_EXAMPLE_TUNE_SECONDS: '600' },
      killGraceSeconds: 1,
      tuneJobs: {
        stop: async ({ projectDir, technique }) => {
          const config = readFileSync(join(projectDir, 'do', 'config'), 'utf8');
          const name = new RegExp(`TUNE_JOB_NAME_${technique.toUpperCase()}="([^"]+)"`).exec(config)?.[1];
          stopped.push(name ?? '');
          return name && `tune job ${name} stopped`;
        },
      },
    });
    expect(run.result.status).toBe('fail-tune-sft');
    expect(stopped).toEqual([expect.stringMatching(/-tune-sft-\d+$/)]);
    expect(run.result.stages.find((s) => s.name === 'tune-sft')?.error).toBe(
      `Timeout after 2s; tune job ${stopped[0]} stopped`,
    );
    expect(run.result.stages.find((s) => s.name === 'clean')?.status).toBe('pass');
  });

  it('names the missing do/ script and says what to do', async () => {
    const run = await runExample(exampleEntry(), { env: { MCC_EXAMPLE_OMIT_SCRIPTS: 'test' } });
    expect(run.result.status).toBe('fail-test');
    const test = run.result.stages.find((s) => s.name === 'test');
    expect(test?.error).toBe('Missing script: ./do/test: not found in the generated project');
    expect(test?.remedy).toBe(
      'the generated project has no script for "test": check the generator version, or override the stage command',
    );
  });

  it('shows the quota remedy for ResourceLimitExceeded on deploy', async () => {
    const run = await runExample(exampleEntry(), {
      env: {
        MCC_EXAMPLE_FAIL_AT: 'deploy',
        MCC_EXAMPLE_FAIL_MESSAGE:
          'An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint operation: quota exceeded',
      },
    });
    expect(run.result.stages.find((s) => s.name === 'deploy')?.remedy).toBe(
      'request a quota increase for "ml.g5.xlarge for endpoint usage" in us-west-2 (Service Quotas → Amazon SageMaker), or delete idle endpoints',
    );
  });
});
