import type { StageDefinition } from './stages.js';
import type { FailureClass } from './failure-class.js';

/**
 * The failure policy of 02-lifecycle.md, pure: which stage runs, which is skipped, and the
 * final status. It reads only the stage table's rows and the results so far. `skipReason` works
 * on the steps in run order (a schedule may split a tune into submit and wait); `finalStatus`
 * on the stage records in lifecycle order, so a schedule never changes what a run's status is.
 */
export type StageStatus = 'pass' | 'fail' | 'skip';

export interface PolicyStage {
  name: string;
  definition: StageDefinition;
}

export interface PolicyOutcome {
  name: string;
  status: StageStatus;
  /** why a failed stage failed; `cancelled` when a cancellation or the job budget stopped it */
  failureClass?: FailureClass;
}

/** `cancelled`: stopped by a cancel or the job budget — never a regression, ignored by gates. */
/** `deferred`: not run — no endpoint slot within the job budget; never a failure, never a regression. */
export type RunStatus = 'pass' | `fail-${string}` | 'cancelled' | 'deferred';

/** Why a stage is skipped, or undefined when it should run. */
export function skipReason(
  stages: readonly PolicyStage[],
  outcomes: readonly PolicyOutcome[],
  index: number,
): string | undefined {
  const stage = stages[index] as PolicyStage;
  const earlier = outcomes.slice(0, index);
  const failed = earlier.filter((o) => o.status === 'fail');
  if (stage.definition.isTeardown) {
    // clean runs whenever the project exists, i.e. generate passed
    return earlier[0]?.status === 'pass' ? undefined : 'nothing to clean: generate did not pass';
  }
  if (stage.definition.isStage2) {
    return failed.length > 0 ? `Stage 1 did not pass (${failed[0]?.name} failed)` : undefined;
  }
  for (const f of failed) {
    const scope = stages.find((s) => s.name === f.name)?.definition.failureSkips ?? 'rest';
    // a failed tune submit also skips its own wait
    if (scope === 'rest' || scope.includes(stage.name) || f.name === stage.name)
      return `skipped: ${f.name} failed`;
  }
  return undefined;
}

export interface FinalStatus {
  status: RunStatus;
  /** clean failed after an earlier failure: resources may remain */
  cleanFailed: boolean;
  firstFailure?: string;
  /** the class of the first failure (absent on pass) */
  failureClass?: FailureClass;
}

/**
 * `stopped`: the run was cancelled or ran out of job budget. A failure that happened before the
 * stop keeps its status; otherwise the run is `cancelled`, whatever clean did after it.
 */
export function finalStatus(
  stages: readonly PolicyStage[],
  outcomes: readonly PolicyOutcome[],
  stopped = false,
): FinalStatus {
  const definitionOf = (name: string) => stages.find((s) => s.name === name)?.definition;
  const stage1Failure = outcomes.find(
    (o) => o.status === 'fail' && !definitionOf(o.name)?.isTeardown && !definitionOf(o.name)?.isStage2,
  );
  const cleanFailure = outcomes.find((o) => o.status === 'fail' && definitionOf(o.name)?.isTeardown);
  const classOf = (o: PolicyOutcome): FailureClass => o.failureClass ?? 'product';
  if (stage1Failure && classOf(stage1Failure) !== 'cancelled') {
    return {
      status: `fail-${stage1Failure.name}`,
      cleanFailed: cleanFailure !== undefined,
      firstFailure: stage1Failure.name,
      failureClass: classOf(stage1Failure),
    };
  }
  if (stage1Failure || stopped) {
    return {
      status: 'cancelled',
      cleanFailed: cleanFailure !== undefined,
      ...(stage1Failure ? { firstFailure: stage1Failure.name } : {}),
      failureClass: 'cancelled',
    };
  }
  if (cleanFailure)
    return {
      status: `fail-${cleanFailure.name}`,
      cleanFailed: false,
      firstFailure: cleanFailure.name,
      failureClass: classOf(cleanFailure),
    };
  return { status: 'pass', cleanFailed: false };
}
