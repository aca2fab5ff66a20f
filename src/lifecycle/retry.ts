import type { StageDefinition } from './stages.js';
import type { FailureClass } from './failure-class.js';

/**
 * Retries of transient infrastructure failures (quota, capacity, throttling, AWS 5xx): the product is not
 * at fault, so the stage runs again after a clean of what the failed attempt left, with an
 * exponential, jittered backoff (legs that failed together do not retry together).
 */
export interface RetrySettings {
  retries: number;
  delaySeconds: number;
}

export const DEFAULT_RETRY: RetrySettings = { retries: 2, delaySeconds: 30 };

/** Before retry n (1-based): delay × 2^(n-1) × a factor in [0.5, 1.5). */
export const retryDelayMs = (
  settings: RetrySettings,
  retry: number,
  random: () => number = Math.random,
): number => settings.delaySeconds * 1000 * 2 ** (retry - 1) * (0.5 + random());

/**
 * Only transient infrastructure failures: denied credentials or a runner without Docker fail the
 * same way again. Stage 2 is isolated (its failure never changes the status): it is not retried.
 */
export const isRetryable = (
  failed: { failureClass?: FailureClass; transient?: boolean },
  definition: Pick<StageDefinition, 'isStage2'>,
): boolean =>
  failed.failureClass === 'infrastructure' && failed.transient === true && definition.isStage2 !== true;
