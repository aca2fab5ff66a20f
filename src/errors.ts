import { CatalogError } from './catalog/validate.js';

/**
 * Errors a person can act on carry their own message; anything else is a bug, reported
 * with its message (never a stack trace) and a pointer to where to report it.
 */
export class UserError extends Error {
  override name = 'UserError';
}

const USER_ERROR_NAMES = new Set([
  'UserError',
  'CatalogError',
  'SelectionError',
  'BenchmarkConfigError',
  'ThresholdSyntaxError',
]);

const CREDENTIALS_REMEDY =
  'set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (in a workflow: the role-to-assume input or aws-actions/configure-aws-credentials); without --table/--bucket everything stays in the local store';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * The user's AWS environment, not our bug: missing or rejected credentials, an endpoint that
 * cannot be reached. Matched on the SDK's error names and Node's network codes.
 */
const AWS_PROBLEMS: { matches: (e: AwsLikeError) => boolean; say: (e: AwsLikeError) => string }[] = [
  {
    matches: (e) => e.name === 'CredentialsProviderError' || /Could not load credentials/.test(e.message),
    say: () => `no AWS credentials were found — ${CREDENTIALS_REMEDY}`,
  },
  {
    matches: (e) =>
      [
        'UnrecognizedClientException',
        'InvalidClientTokenId',
        'InvalidSignatureException',
        'SignatureDoesNotMatch',
        'ExpiredToken',
        'ExpiredTokenException',
        'InvalidAccessKeyId',
      ].includes(e.name),
    say: (e) =>
      `AWS rejected the credentials (${e.name}: ${e.message}) — refresh them or ${CREDENTIALS_REMEDY}`,
  },
  {
    matches: (e) => ['AccessDeniedException', 'AccessDenied'].includes(e.name),
    say: (e) =>
      `AWS denied the request (${e.message}) — give the role the permission it names (infra/ has the policies)`,
  },
  {
    matches: (e) => NETWORK_CODES.has(networkCode(e) ?? ''),
    say: (e) =>
      `cannot reach the AWS endpoint ${process.env.AWS_ENDPOINT_URL ?? '(the region’s)'} (${networkCode(e)}: ${e.message}) — check AWS_ENDPOINT_URL, --region and the network`,
  },
];

interface AwsLikeError {
  name: string;
  message: string;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function networkCode(e: AwsLikeError): string | undefined {
  const codes = [e, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])].map(
    (x) => (x as { code?: unknown } | undefined)?.code,
  );
  return codes.find((c): c is string => typeof c === 'string' && NETWORK_CODES.has(c));
}

/** A sentence for an AWS environment problem, or undefined when the error is something else. */
export function describeAwsProblem(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  return AWS_PROBLEMS.find((p) => p.matches(error))?.say(error);
}

export function describeError(error: unknown): string {
  if (error instanceof Error && USER_ERROR_NAMES.has(error.name)) return error.message;
  const aws = describeAwsProblem(error);
  if (aws) return aws;
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message} (please report it at https://github.com/mcc/e2e-action/issues; rerun with MCC_E2E_DEBUG=1 for the stack)`;
}

export function debugStack(error: unknown): string | undefined {
  return process.env.MCC_E2E_DEBUG && error instanceof Error ? error.stack : undefined;
}

export { CatalogError };
