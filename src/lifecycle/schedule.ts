import type { HistoryItem } from '../results/store.js';
import { formatDuration } from '../report/duration.js';

/**
 * Schedules: the order in which a leg runs its stages, as data. `overlap-tune` submits each tune
 * job (`do/tune … --no-wait`) before deploy and waits for it (`do/tune …` again, which resumes
 * the job recorded in do/config) where the lifecycle lists the tune, so the endpoint is not up
 * and idle for the whole fine-tuning job. No two scripts ever run at once.
 */
export const SCHEDULES = ['sequential', 'overlap-tune'] as const;
export type Schedule = (typeof SCHEDULES)[number];
export const DEFAULT_SCHEDULE: Schedule = 'sequential';

/** A tune stage run in two steps: the submit, then the wait. */
export type StagePhase = 'submit' | 'wait';

interface ScheduleRow {
  /** every tune stage listed after this stage is submitted just before it */
  submitTunesBefore?: string;
}

const SCHEDULE_TABLE: Record<Schedule, ScheduleRow> = {
  sequential: {},
  'overlap-tune': { submitTunesBefore: 'deploy' },
};

export const isSchedule = (value: unknown): value is Schedule =>
  (SCHEDULES as readonly unknown[]).includes(value);

/** One step of a leg: the stage at `position` of the lifecycle, whole or one phase of it. */
export interface ScheduledStep {
  position: number;
  phase?: StagePhase;
}

/** The run order of a lifecycle's stages under a schedule. */
export function scheduleSteps(
  names: readonly string[],
  schedule: Schedule,
  isTune: (name: string) => boolean,
): ScheduledStep[] {
  const anchor = SCHEDULE_TABLE[schedule].submitTunesBefore;
  const anchorAt = anchor === undefined ? -1 : names.indexOf(anchor);
  const split = names.map((name, i) => anchorAt >= 0 && i > anchorAt && isTune(name));
  return names.flatMap((_, position): ScheduledStep[] => [
    ...(position === anchorAt
      ? split.flatMap((s, tune) => (s ? [{ position: tune, phase: 'submit' as const }] : []))
      : []),
    split[position] ? { position, phase: 'wait' } : { position },
  ]);
}

/** The tune stages a schedule submits ahead of their wait. */
export const submittedTunes = (
  names: readonly string[],
  schedule: Schedule,
  isTune: (name: string) => boolean,
): string[] =>
  scheduleSteps(names, schedule, isTune).flatMap((s) =>
    s.phase === 'submit' ? [names[s.position] as string] : [],
  );

/** How many recent passing runs of a configuration the deploy hold learns from. */
export const HISTORY_RUNS = 5;

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export interface DeployHold {
  seconds: number;
  /** what the summary says about it */
  reason: string;
  /** what the leg typically needs after the hold before clean (deploy, tests, adapter) */
  afterSeconds?: number;
}

/** Stages that follow the hold and precede clean, whose medians a job budget must leave room for. */
const AFTER_HOLD = ['deploy', 'test', 'adapter-add', 'test-adapter', 'benchmark'];

/**
 * What a run's tune job took: its own time, or (items written before `tuneSeconds`) the row of
 * a sequential run. An overlapped row spans the hold too, so it is no measure of the tune.
 */
const tuneSecondsOf = (h: HistoryItem, tuneStage: string): number | undefined =>
  h.tuneSeconds
    ? h.tuneSeconds[tuneStage]
    : h.schedule === 'overlap-tune'
      ? undefined
      : h.stageDurations?.[tuneStage];

export interface DeployHoldInput {
  history: readonly HistoryItem[];
  tuneStage: string;
  /** the tune's timeout: the endpoint must be up (and tested) before the tune would time out */
  tuneTimeoutSeconds: number;
}

/**
 * How long to hold deploy so that the endpoint is InService, and tested, about when the tune job
 * finishes: median tune − median deploy − median test over the last passing runs of the
 * configuration. No history: no hold.
 */
export function planDeployHold({ history, tuneStage, tuneTimeoutSeconds }: DeployHoldInput): DeployHold {
  const recent = history
    .filter((h) => h.status === 'pass' && tuneSecondsOf(h, tuneStage) !== undefined)
    .sort((a, b) => b.runTimestamp.localeCompare(a.runTimestamp))
    .slice(0, HISTORY_RUNS);
  const of = (stage: string) => median(recent.flatMap((h) => h.stageDurations?.[stage] ?? []));
  const tune = median(recent.flatMap((h) => tuneSecondsOf(h, tuneStage) ?? []));
  const deploy = of('deploy');
  if (tune === undefined || deploy === undefined)
    return { seconds: 0, reason: 'no passing run in the history: deploy at once' };
  const test = of('test') ?? 0;
  const wanted = tune - deploy - test;
  const latest = tuneTimeoutSeconds - deploy - test;
  const seconds = Math.max(0, Math.round(Math.min(wanted, latest)));
  const basis = `median of ${recent.length} run${recent.length === 1 ? '' : 's'}: ${tuneStage} ${formatDuration(tune)}, deploy ${formatDuration(deploy)}, test ${formatDuration(test)}`;
  const afterSeconds = Math.round(AFTER_HOLD.reduce((sum, stage) => sum + (of(stage) ?? 0), 0));
  return { seconds, reason: basis, afterSeconds };
}

/** The hold cut so that what follows it still fits in the time the job budget leaves. */
export function holdWithin(hold: DeployHold, secondsLeft: number | undefined): DeployHold {
  if (secondsLeft === undefined) return hold;
  const fits = Math.max(0, Math.floor(secondsLeft - (hold.afterSeconds ?? 0)));
  return fits >= hold.seconds
    ? hold
    : {
        ...hold,
        seconds: fits,
        reason: `${hold.reason}; cut from ${formatDuration(hold.seconds)} to fit the job budget`,
      };
}
