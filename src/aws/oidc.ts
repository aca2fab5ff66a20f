import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts';
import { chmodSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { stsClient } from './clients.js';

/**
 * GitHub OIDC inside the action: the ID token goes to a private file that the AWS SDK, boto3
 * and the AWS CLI all read through AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE, and is rewritten
 * before it expires, so a run of many hours never meets an expired token.
 */
export const OIDC_AUDIENCE = 'sts.amazonaws.com';
const STATIC_CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
];
const SHOWN_CLAIMS = ['sub', 'aud', 'ref', 'environment', 'repository', 'job_workflow_ref'] as const;

export interface OidcOptions {
  roleArn: string;
  region: string;
  sessionName: string;
  directory: string;
  fetchToken: () => Promise<string>;
  onRefreshError?: (message: string) => void;
  onSecret?: (value: string) => void;
}

export interface OidcSession {
  tokenFile: string;
  claims: Record<string, unknown>;
  refreshes: () => number;
  stop(): void;
}

export function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Refresh a third of the token's lifetime before it ends (at most a minute before), never sooner than 1 s. */
export function refreshDelayMs(claims: Record<string, unknown>, now = Date.now()): number {
  const exp = Number(claims.exp) * 1000;
  const iat = Number(claims.iat) * 1000 || now;
  if (!Number.isFinite(exp)) return 4 * 60_000;
  const margin = Math.min(60_000, (exp - iat) / 3);
  return Math.max(1000, exp - margin - now);
}

function writePrivate(file: string, token: string): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, token, { mode: 0o600 });
  renameSync(tmp, file);
}

function accessDeniedMessage(roleArn: string, claims: Record<string, unknown>, error: Error): string {
  const shown = SHOWN_CLAIMS.filter((k) => claims[k] !== undefined)
    .map((k) => `${k}=${JSON.stringify(claims[k])}`)
    .join(', ');
  return [
    `AWS refused to let this job assume ${roleArn} (${error.name}: ${error.message}).`,
    `The job's OIDC token says: ${shown || '(no readable claims)'}.`,
    'Usual causes: the job lacks `permissions: id-token: write`; a pull request from a fork (it gets no usable token);',
    "the role's trust policy `sub` does not match the claim above (branch, environment, pull_request);",
    'or the repository uses the newer `repo:OWNER@ID/REPO@ID:` subject format that the trust policy must then match.',
  ].join(' ');
}

export async function startOidcSession(options: OidcOptions): Promise<OidcSession> {
  const token = await options.fetchToken();
  options.onSecret?.(token);
  const claims = decodeClaims(token);
  const dir = mkdtempSync(join(options.directory, 'mcc-e2e-oidc-'));
  chmodSync(dir, 0o700);
  const tokenFile = join(dir, 'token');
  writePrivate(tokenFile, token);

  // fail fast with the reasons, instead of the SDK's silent retries at the first AWS call
  const sts = stsClient({ region: options.region, maxAttempts: 1 });
  try {
    await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: options.roleArn,
        RoleSessionName: options.sessionName,
        WebIdentityToken: token,
      }),
    );
  } catch (error) {
    const err = error as Error;
    if (/AccessDenied|InvalidIdentityToken|ExpiredToken|IDPRejectedClaim/.test(err.name)) {
      throw new UserError(accessDeniedMessage(options.roleArn, claims, err));
    }
    throw error;
  } finally {
    sts.destroy();
  }

  for (const name of STATIC_CREDENTIAL_VARIABLES) delete process.env[name];
  process.env.AWS_ROLE_ARN = options.roleArn;
  process.env.AWS_WEB_IDENTITY_TOKEN_FILE = tokenFile;
  process.env.AWS_ROLE_SESSION_NAME = options.sessionName;

  let refreshes = 0;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (delay: number): void => {
    timer = setTimeout(() => void refresh(), delay);
    timer.unref();
  };
  const refresh = async (): Promise<void> => {
    try {
      const fresh = await options.fetchToken();
      options.onSecret?.(fresh);
      writePrivate(tokenFile, fresh);
      refreshes++;
      schedule(refreshDelayMs(decodeClaims(fresh)));
    } catch (error) {
      options.onRefreshError?.(
        `could not refresh the OIDC token (${(error as Error).message}); retrying in 10 s`,
      );
      schedule(10_000);
    }
  };
  schedule(refreshDelayMs(claims));
  return { tokenFile, claims, refreshes: () => refreshes, stop: () => clearTimeout(timer) };
}

/** Role session names: [\w+=,.@-], at most 64 characters. */
export const roleSessionName = (runId: string, catalogId: string): string =>
  `mcc-e2e-${catalogId}-${runId}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
