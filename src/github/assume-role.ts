import * as core from '@actions/core';
import { OIDC_AUDIENCE, startOidcSession, type OidcSession } from '../aws/oidc.js';
import { UserError } from '../errors.js';
import type { Scrubber } from '../lifecycle/scrub.js';
import { jobLogFence } from './command-fence.js';

/** The `role-to-assume` input of every action: GitHub's OIDC token → the role, refreshed, masked. */
export async function assumeRoleFromInput(
  roleArn: string,
  region: string,
  sessionName: string,
  /** the run's secret registry: gets the token and every refresh of it */
  secrets?: Scrubber,
): Promise<OidcSession> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      'role-to-assume needs a GitHub OIDC token, but this job cannot request one: add `permissions: id-token: write` to the job (pull requests from forks never get one)',
    );
  }
  const session = await startOidcSession({
    roleArn,
    region,
    sessionName,
    directory: process.env.RUNNER_TEMP ?? process.cwd(),
    // getIDToken masks the token itself: outside the fence of a running stage, or the mask is lost
    fetchToken: () => jobLogFence.outside(() => core.getIDToken(OIDC_AUDIENCE)),
    onSecret: (token) => secrets?.add(token),
    onRefreshError: (message) => core.warning(message),
  });
  core.info(
    `Assumed ${roleArn} through GitHub OIDC (sub ${String(session.claims.sub)}); the token file is refreshed before it expires`,
  );
  return session;
}
