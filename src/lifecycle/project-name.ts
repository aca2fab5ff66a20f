import { createHash, randomBytes } from 'node:crypto';

const MAX_PROJECT_NAME = 63;
/** The toolkit's own marker in every project name: what `sweep` recognises as its own. */
export const PROJECT_MARKER = '-e2e';
const HASH_LENGTH = 6;

/** Unique per run attempt: the GitHub run id + attempt, or a time-and-random token locally. */
export function makeRunToken(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return `${now.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
}

/**
 * The id part of a project name: the id itself when it fits, else its start and a short hash of
 * the whole id — two ids sharing their first 60 characters still get different names.
 */
export function projectStem(id: string, runToken: string): string {
  const room = MAX_PROJECT_NAME - PROJECT_MARKER.length - runToken.length;
  if (id.length <= room) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, HASH_LENGTH);
  return `${id.slice(0, room - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash}`;
}

/** `<id>-e2e<runToken>`, at most 63 characters (SageMaker's name limit), recognisable and unique. */
export const makeProjectName = (id: string, runToken: string): string =>
  `${projectStem(id, runToken)}${PROJECT_MARKER}${runToken}`;
