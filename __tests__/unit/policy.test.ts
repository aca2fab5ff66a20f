import { describe, expect, it } from '@jest/globals';
import { finalStatus, skipReason, type PolicyOutcome, type StageStatus } from '../../src/lifecycle/policy.js';
import { findStage } from '../../src/lifecycle/stages.js';
import { FULL_LIFECYCLE, WITH_BENCHMARK } from '../helpers/catalog.js';

/** The policy decides from the stage table alone: no processes here. */
function simulate(
  stageNames: string[],
  failing: string[],
): { statuses: Record<string, StageStatus>; final: ReturnType<typeof finalStatus> } {
  const stages = stageNames.map((name) => ({ name, definition: findStage(name)! }));
  const outcomes: PolicyOutcome[] = [];
  stages.forEach((stage, i) => {
    const skipped = skipReason(stages, outcomes, i) !== undefined;
    outcomes.push({
      name: stage.name,
      status: skipped ? 'skip' : failing.includes(stage.name) ? 'fail' : 'pass',
    });
  });
  return {
    statuses: Object.fromEntries(outcomes.map((o) => [o.name, o.status])),
    final: finalStatus(stages, outcomes),
  };
}

const FULL = FULL_LIFECYCLE;

describe('the failure policy', () => {
  it('passes when every stage passes', () => {
    expect(simulate(FULL, []).final).toEqual({ status: 'pass', cleanFailed: false });
  });

  it.each(['build', 'push', 'deploy', 'test'])('a %s failure skips every later stage but clean', (stage) => {
    const { statuses, final } = simulate(FULL, [stage]);
    const at = FULL.indexOf(stage);
    for (const later of FULL.slice(at + 1, -1)) expect(statuses[later]).toBe('skip');
    expect(statuses.clean).toBe('pass');
    expect(final.status).toBe(`fail-${stage}`);
  });

  it('a tune failure skips only the adapter stages; a later non-tune stage still runs', () => {
    const lifecycle = [
      'generate',
      'build',
      'deploy',
      'test',
      'tune-dpo',
      'adapter-add',
      'test-adapter',
      'clean',
    ];
    expect(simulate(lifecycle, ['tune-dpo']).statuses).toEqual({
      generate: 'pass',
      build: 'pass',
      deploy: 'pass',
      test: 'pass',
      'tune-dpo': 'fail',
      'adapter-add': 'skip',
      'test-adapter': 'skip',
      clean: 'pass',
    });
  });

  it('an adapter-add failure skips test-adapter', () => {
    const { statuses, final } = simulate(FULL, ['adapter-add']);
    expect([statuses['test-adapter'], statuses.clean, final.status]).toEqual([
      'skip',
      'pass',
      'fail-adapter-add',
    ]);
  });

  it('a generate failure leaves nothing to clean', () => {
    expect(simulate(FULL, ['generate']).statuses.clean).toBe('skip');
  });

  it('clean failing alone is fail-clean; after another failure it keeps the first and sets cleanFailed', () => {
    expect(simulate(FULL, ['clean']).final).toEqual({
      status: 'fail-clean',
      cleanFailed: false,
      firstFailure: 'clean',
      failureClass: 'product',
    });
    expect(simulate(FULL, ['test', 'clean']).final).toEqual({
      status: 'fail-test',
      cleanFailed: true,
      firstFailure: 'test',
      failureClass: 'product',
    });
  });

  it('a stage stopped by a cancellation makes the run cancelled, not fail-<stage>', () => {
    const stages = FULL.map((name) => ({ name, definition: findStage(name)! }));
    const outcomes: PolicyOutcome[] = FULL.map((name) => ({
      name,
      status:
        name === 'deploy'
          ? 'fail'
          : ['test', 'tune-sft', 'adapter-add', 'test-adapter'].includes(name)
            ? 'skip'
            : 'pass',
      ...(name === 'deploy' ? { failureClass: 'cancelled' as const } : {}),
    }));
    expect(finalStatus(stages, outcomes, true)).toEqual({
      status: 'cancelled',
      cleanFailed: false,
      firstFailure: 'deploy',
      failureClass: 'cancelled',
    });
    // stopped between stages: nothing failed, yet the run did not pass
    expect(
      finalStatus(
        stages,
        outcomes.map((o) => ({ name: o.name, status: 'pass' })),
        true,
      ).status,
    ).toBe('cancelled');
    // a real failure before the cancel keeps its status and class
    const failedFirst = outcomes.map((o) =>
      o.name === 'build' ? { ...o, status: 'fail' as const, failureClass: 'infrastructure' as const } : o,
    );
    expect(finalStatus(stages, failedFirst, true)).toMatchObject({
      status: 'fail-build',
      failureClass: 'infrastructure',
    });
  });

  it('the first failing stage names the status', () => {
    expect(simulate(FULL, ['tune-sft', 'test-adapter']).final.status).toBe('fail-tune-sft');
  });

  it('benchmark runs only after a passing Stage 1 and never changes the status', () => {
    expect(simulate(WITH_BENCHMARK, ['benchmark']).final.status).toBe('pass');
    expect(simulate(WITH_BENCHMARK, ['benchmark']).statuses.clean).toBe('pass');
    expect(simulate(WITH_BENCHMARK, ['tune-sft']).statuses.benchmark).toBe('skip');
  });
});
