import { randomBytes } from 'node:crypto';

const MAX_PROJECT_NAME = 63;

/** Unique per run attempt: the GitHub run id + attempt, or a time-and-random token locally. */
export function makeRunToken(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return `${now.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
}

/** `<id>-<runToken>`, at most 63 characters (SageMaker's name limit): the id is shortened, never the token. */
export function makeProjectName(id: string, runToken: string): string {
  const room = MAX_PROJECT_NAME - runToken.length - 1;
  return `${id.slice(0, room).replace(/-+$/, '')}-${runToken}`;
}
