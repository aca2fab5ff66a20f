import type { ProcessOutcome } from './process.js';

/**
 * MCC's do/clean guards on an active deployment: with nothing deployed it exits 3 and prints
 * `❌ Contract violation: deployment-active` (on stdout). That is "nothing to clean", not a
 * failed teardown — provided SageMaker agrees (see LeftoverCheck).
 */
const NOTHING_DEPLOYED = /Contract violation: deployment-active/;

export const saysNothingDeployed = (outcome: Pick<ProcessOutcome, 'exitCode' | 'outputTail'>): boolean =>
  outcome.exitCode === 3 && NOTHING_DEPLOYED.test(outcome.outputTail);

/** What SageMaker holds of a project, checked (and cleared) through the API. */
export type LeftoverCheckResult =
  | { status: 'clear' }
  /** AWS could not be asked (no credentials, unreachable): the reason, for the note */
  | { status: 'unchecked'; why: string }
  | { status: 'found'; found: string; deleted: string[]; failed: string[] };

/** Lists the project's inference components, endpoints, endpoint configs and models and deletes any it finds (ICs first). */
export type LeftoverCheck = (projectName: string) => Promise<LeftoverCheckResult>;

/** The clean stage's verdict when do/clean said nothing was deployed. */
export function judgeNothingDeployed(
  projectName: string,
  check: LeftoverCheckResult,
): { passed: boolean; text: string } {
  if (check.status === 'clear')
    return { passed: true, text: `nothing to clean: no SageMaker resource named ${projectName}* exists` };
  if (check.status === 'unchecked')
    return { passed: true, text: `nothing to clean (do/clean found no active deployment; ${check.why})` };
  const deleted = check.deleted.length > 0 ? `; deleted through the API: ${check.deleted.join(', ')}` : '';
  const failed = check.failed.length > 0 ? `; could not delete: ${check.failed.join('; ')}` : '';
  return {
    passed: false,
    text: `do/clean reported no active deployment (exit 3), but SageMaker had ${check.found}${deleted}${failed}`,
  };
}
