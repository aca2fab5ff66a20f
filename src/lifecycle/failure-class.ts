/**
 * Why a run failed, as a team alerts on it (09-v1-field-lessons.md "Statuses"):
 * - `product`: the generated project or the model misbehaved — what a regression is made of;
 * - `infrastructure`: AWS or the account got in the way (quota, capacity, throttling, 5xx,
 *   credentials, a missing Hugging Face token) — retry or fix the account, not the product;
 * - `timeout`: the stage ran past its limit (counts as a regression: a hang is a product fault
 *   until shown otherwise);
 * - `cancelled`: a person, a concurrency group or the job budget stopped the run.
 * The patterns are a table: recognising a new signature is one row. Pure, so the quota
 * admission and retry logic can call it on any stage's outcome.
 */
export const FAILURE_CLASSES = ['product', 'infrastructure', 'timeout', 'cancelled'] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

/** What is known of one failed stage. */
export interface FailureFacts {
  stage: string;
  exitCode: number | null;
  /** stderr tail or the recorded error text */
  text: string;
  timedOut?: boolean;
  /** stopped by a cancellation or the job budget */
  aborted?: boolean;
}

export interface FailurePattern {
  /** what the signature is, for logs and the docs */
  name: string;
  failureClass: FailureClass;
  /** an infrastructure failure that can pass on a second try (a retry cannot install Docker) */
  transient?: true;
  matches: (facts: FailureFacts) => boolean;
}

const says =
  (pattern: RegExp) =>
  (facts: FailureFacts): boolean =>
    pattern.test(facts.text);

export const FAILURE_PATTERNS: readonly FailurePattern[] = [
  { name: 'cancelled', failureClass: 'cancelled', matches: (f) => f.aborted === true },
  { name: 'stage timeout', failureClass: 'timeout', matches: (f) => f.timedOut === true },
  {
    name: 'quota',
    failureClass: 'infrastructure',
    transient: true,
    matches: says(/ResourceLimitExceeded|ServiceQuotaExceeded/),
  },
  {
    name: 'capacity',
    failureClass: 'infrastructure',
    transient: true,
    matches: says(/InsufficientInstanceCapacity|InsufficientCapacity|CapacityError/),
  },
  {
    name: 'throttling',
    failureClass: 'infrastructure',
    transient: true,
    matches: says(
      /Throttling(Exception)?|ThrottledException|TooManyRequestsException|RequestLimitExceeded|Rate exceeded|SlowDown/,
    ),
  },
  {
    name: 'AWS 5xx',
    failureClass: 'infrastructure',
    transient: true,
    matches: says(
      /InternalFailure|InternalServerError|InternalError|ServiceUnavailable(Exception)?|\bstatus code:? 5\d\d\b|\bHTTP\/\S+ 5\d\d\b|\b50[234] (Bad Gateway|Service Unavailable|Gateway Time-?out)/i,
    ),
  },
  {
    name: 'expired or denied credentials',
    failureClass: 'infrastructure',
    matches: says(
      /AWS credentials not configured|ExpiredToken(Exception)?|RequestExpired|InvalidClientTokenId|UnrecognizedClientException|AccessDenied(Exception)?|not authorized to perform|UnauthorizedOperation|Unable to locate credentials|Could not load credentials|CredentialsProviderError|NoCredentialProviders|security token included in the request is (expired|invalid)/,
    ),
  },
  {
    name: 'no Docker on the runner',
    failureClass: 'infrastructure',
    matches: says(/Docker is not installed|Cannot connect to the Docker daemon/),
  },
  {
    name: 'ECR credentials',
    failureClass: 'infrastructure',
    matches: (f) => f.exitCode === 4 && ['push', 'clean'].includes(f.stage),
  },
  {
    name: 'missing Hugging Face token',
    failureClass: 'infrastructure',
    matches: says(
      /(ResourceNotFoundException[^\n]*secret|HF_TOKEN[^\n]*(not set|missing|empty)|gated repo|401[^\n]*huggingface)/i,
    ),
  },
];

/** The signature a failure shows: the first pattern that matches. */
export const failurePattern = (facts: FailureFacts): FailurePattern | undefined =>
  FAILURE_PATTERNS.find((p) => p.matches(facts));

/** The class of the matching pattern; anything unrecognised is the product's. */
export const classifyFailure = (facts: FailureFacts): FailureClass =>
  failurePattern(facts)?.failureClass ?? 'product';

/** A regression is a product (or timeout) failure of a config whose last completed run passed. */
export const isRegressionClass = (failureClass: FailureClass | undefined): boolean =>
  failureClass === 'product' || failureClass === 'timeout';
