import { UserError } from '../errors.js';
import type { JobBudget } from './engine.js';

/**
 * The job budget (09-v1-field-lessons.md: hosted jobs stop at 360 min, and a job killed by its
 * `timeout-minutes` is killed mid-clean). The run starts no stage once the time left would not
 * cover clean plus what must still run after this step (the post steps), stops a running one
 * then, and cleans inside the job.
 */

/** The action's post step finishes within this, whatever it finds (enforced there). */
export const POST_STEP_BUDGET_SECONDS = 200;
/** What the action keeps after its own clean: its post step and a little for the job's other post steps (artifact upload). */
export const ACTION_POST_MARGIN_SECONDS = POST_STEP_BUDGET_SECONDS + 40;

export interface BudgetSettings {
  /** where the budget was given, for messages: `input job-budget-minutes`, `--job-budget-minutes` */
  source: string;
  minutes: number;
  /** when the budget started counting (the step's or the command's start) */
  startedAt: Date;
  cleanTimeoutSeconds: number;
  /** what must still fit after clean (the post steps); 0 for the CLI */
  afterCleanSeconds: number;
}

/** A number of minutes > 0, or undefined for '' (no budget). */
export function parseBudgetMinutes(text: string | undefined, source: string): number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  const minutes = Number(trimmed);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new UserError(
      `${source} must be a number of minutes > 0 (e.g. the job's timeout-minutes, 350), not "${trimmed}"`,
    );
  return minutes;
}

export function jobBudget(settings: BudgetSettings): JobBudget {
  const reserveSeconds = settings.cleanTimeoutSeconds + settings.afterCleanSeconds;
  const stopAt = new Date(settings.startedAt.getTime() + (settings.minutes * 60 - reserveSeconds) * 1000);
  if (stopAt <= settings.startedAt) {
    throw new UserError(
      `${settings.source} ${settings.minutes} leaves no time for any stage: clean needs up to ${settings.cleanTimeoutSeconds}s${settings.afterCleanSeconds > 0 ? ` and the post steps ${settings.afterCleanSeconds}s` : ''} — raise it (the job's timeout-minutes, less the steps before this one)`,
    );
  }
  return { stopAt, description: `the job budget of ${settings.minutes} min` };
}
